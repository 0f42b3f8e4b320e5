// Many event pins as one WebGL draw call. The points are buffered once per data set (positions and type colours);
// a filter change uploads one byte per point (shown or not: a typed-array mask the map computes) and draws one frame.
// Nothing is re-buffered, re-projected or re-clustered when the analyst moves the timeline or ticks a type.
import Layer from 'ol/layer/Layer.js';
import type { FrameState } from 'ol/Map.js';

const VERTEX = `
attribute vec2 a_pos;
attribute float a_type;
attribute float a_on;
uniform mat2 u_scale;
uniform vec2 u_center;
uniform vec2 u_offset;
uniform vec2 u_size;
uniform mediump float u_diameter;
uniform vec3 u_colours[32];
varying vec3 v_colour;
void main() {
  if (a_on < 0.5) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  vec2 px = u_scale * (a_pos - u_center) + u_offset;
  gl_Position = vec4(px.x / u_size.x * 2.0 - 1.0, 1.0 - px.y / u_size.y * 2.0, 0.0, 1.0);
  gl_PointSize = u_diameter;
  v_colour = u_colours[int(mod(a_type, 32.0))];
}`;

const FRAGMENT = `
precision mediump float;
uniform float u_diameter;
uniform float u_stroke;
varying vec3 v_colour;
void main() {
  float d = length(gl_PointCoord * 2.0 - 1.0) * u_diameter * 0.5;
  float r = u_diameter * 0.5;
  float edge = clamp(r - d, 0.0, 1.0);
  if (edge <= 0.0) discard;
  vec3 c = d > r - u_stroke ? vec3(1.0) : v_colour;
  float a = 0.85 * edge;
  gl_FragColor = vec4(c * a, a);
}`;

/** The points to draw: EPSG:3857 coordinates (x0, y0, x1, y1, …) and a colour index per point. */
export type GlPointData = { xy: Float32Array; type: Float32Array };

/** An OpenLayers layer that draws points with WebGL, each shown or hidden by one byte of {@link setShown}. */
export class GlPoints {
  readonly layer: Layer;
  private readonly canvas = document.createElement('canvas');
  private gl: WebGLRenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private buffers: { pos: WebGLBuffer; type: WebGLBuffer; on: WebGLBuffer } | null = null;
  private count = 0;
  private data: GlPointData | null = null;
  private shown: Uint8Array | null = null;
  private dataDirty = false;
  private shownDirty = false;

  /**
   * @param colours one CSS hex colour per type index (at most 32; more wrap around)
   * @param radiusAt the point radius in CSS pixels at a zoom level
   */
  constructor(private readonly colours: string[], private readonly radiusAt: (zoom: number) => number, zIndex: number) {
    this.canvas.style.position = 'absolute';
    this.canvas.style.left = '0';
    this.canvas.style.top = '0';
    this.canvas.style.width = '100%';
    this.canvas.style.height = '100%';
    this.canvas.style.pointerEvents = 'none';
    this.layer = new Layer({ render: (frameState) => this.render(frameState), zIndex });
  }

  /** Whether this browser can draw WebGL at all. */
  static available(): boolean {
    try {
      return !!document.createElement('canvas').getContext('webgl');
    } catch {
      return false;
    }
  }

  /** Replaces the points (buffered at the next frame); all hidden until {@link setShown}. */
  setData(data: GlPointData) {
    this.data = data;
    this.count = data.type.length;
    this.shown = new Uint8Array(this.count);
    this.dataDirty = true;
    this.shownDirty = true;
    this.layer.changed();
  }

  /** Shows point i when {@code shown[i]} is 1 (the array is kept and uploaded as is at the next frame). */
  setShown(shown: Uint8Array) {
    this.shown = shown;
    this.shownDirty = true;
    this.layer.changed();
  }

  private render(frameState: FrameState): HTMLElement {
    const [w, h] = frameState.size;
    const ratio = frameState.pixelRatio;
    if (this.canvas.width !== Math.round(w * ratio) || this.canvas.height !== Math.round(h * ratio)) {
      this.canvas.width = Math.round(w * ratio);
      this.canvas.height = Math.round(h * ratio);
    }
    const gl = this.context();
    if (!gl || !this.program || !this.buffers) return this.canvas;
    if (this.dataDirty && this.data) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.pos);
      gl.bufferData(gl.ARRAY_BUFFER, this.data.xy, gl.STATIC_DRAW);
      gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.type);
      gl.bufferData(gl.ARRAY_BUFFER, this.data.type, gl.STATIC_DRAW);
      gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.on);
      gl.bufferData(gl.ARRAY_BUFFER, this.count, gl.DYNAMIC_DRAW);
      this.dataDirty = false;
    }
    if (this.shownDirty && this.shown) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.on);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, this.shown.subarray(0, this.count));
      this.shownDirty = false;
    }
    gl.viewport(0, 0, this.canvas.width, this.canvas.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (this.count === 0) return this.canvas;
    const p = this.program;
    gl.useProgram(p);
    // map coordinates to CSS pixels: OpenLayers' affine transform, applied relative to the view's centre so that
    // float32 keeps sub-pixel precision at street level
    const t = frameState.coordinateToPixelTransform;
    const [cx, cy] = frameState.viewState.center;
    gl.uniformMatrix2fv(gl.getUniformLocation(p, 'u_scale'), false, [t[0], t[1], t[2], t[3]]);
    gl.uniform2f(gl.getUniformLocation(p, 'u_center'), cx, cy);
    gl.uniform2f(gl.getUniformLocation(p, 'u_offset'), t[0] * cx + t[2] * cy + t[4], t[1] * cx + t[3] * cy + t[5]);
    gl.uniform2f(gl.getUniformLocation(p, 'u_size'), w, h);
    const diameter = 2 * this.radiusAt(frameState.viewState.zoom) * ratio + 2 * 0.8 * ratio;
    gl.uniform1f(gl.getUniformLocation(p, 'u_diameter'), diameter);
    gl.uniform1f(gl.getUniformLocation(p, 'u_stroke'), 0.8 * ratio);
    const attr = (name: string, buffer: WebGLBuffer, size: number, type: number, normalized: boolean) => {
      const loc = gl.getAttribLocation(p, name);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.enableVertexAttribArray(loc);
      gl.vertexAttribPointer(loc, size, type, normalized, 0, 0);
    };
    attr('a_pos', this.buffers.pos, 2, gl.FLOAT, false);
    attr('a_type', this.buffers.type, 1, gl.FLOAT, false);
    attr('a_on', this.buffers.on, 1, gl.UNSIGNED_BYTE, false); // 0 or 1, not normalised to 1/255
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.drawArrays(gl.POINTS, 0, this.count);
    return this.canvas;
  }

  private context(): WebGLRenderingContext | null {
    if (this.gl) return this.gl;
    const gl = this.canvas.getContext('webgl', { premultipliedAlpha: true, antialias: false, preserveDrawingBuffer: true });
    if (!gl) return null;
    const shader = (type: number, src: string) => {
      const s = gl.createShader(type)!;
      gl.shaderSource(s, src);
      gl.compileShader(s);
      if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`shader: ${gl.getShaderInfoLog(s)}`);
      return s;
    };
    const p = gl.createProgram()!;
    gl.attachShader(p, shader(gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(p, shader(gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(p);
    if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error(`program: ${gl.getProgramInfoLog(p)}`);
    gl.useProgram(p);
    const rgb = this.colours.slice(0, 32).flatMap((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16) / 255));
    while (rgb.length < 96) rgb.push(0.33);
    gl.uniform3fv(gl.getUniformLocation(p, 'u_colours'), rgb);
    this.buffers = { pos: gl.createBuffer()!, type: gl.createBuffer()!, on: gl.createBuffer()! };
    this.program = p;
    this.gl = gl;
    return gl;
  }
}
