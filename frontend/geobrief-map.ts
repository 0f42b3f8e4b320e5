// The events map: an offline OpenLayers map (basemap layers served from the app's classpath, towns from the
// gazetteer sent by the server as the analyst zooms in) with event pins coloured by type. The client holds every
// event and filters them itself (date range and types by value, the other filters as a bit mask from the server), so
// that a filter change repaints without the events crossing the wire again. Up to WEBGL_FROM events are drawn as
// clustered canvas pins; more as WebGL points buffered once per data set, a filter change uploading one byte per point
// (the filter evaluated over typed arrays) and drawing one frame (gl-points.ts). Events known only at
// country or region (admin-1) level are drawn as that area, hatched, not as a pin at its centre: countries' shapes
// from the basemap, regions' shapes sent by the server (addAreas) for the regions that have events. It never calls the server: it
// fires DOM events that the Java side (map.ui.EventMap) turns into PinSelected / MapClicked / ViewChanged.
import { LitElement, html, css, unsafeCSS } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import type Geometry from 'ol/geom/Geometry.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorImageLayer from 'ol/layer/VectorImage.js';
import ViewHint from 'ol/ViewHint.js';
import VectorSource from 'ol/source/Vector.js';
import Cluster from 'ol/source/Cluster.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import TopoJSON from 'ol/format/TopoJSON.js';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj.js';
import { boundingExtent, getWidth, getHeight } from 'ol/extent.js';
import { defaults as defaultControls, ScaleLine } from 'ol/control.js';
import type { FeatureLike } from 'ol/Feature.js';
import olCss from 'ol/ol.css?inline';
import { GlPoints } from './gl-points.js';

/** Colours by event type, in EventType order (the Java side sends the type's index); Okabe-Ito first. */
export const TYPE_COLOURS = [
  '#0072b2', '#e69f00', '#d55e00', '#cc79a7', '#56b4e9', '#009e73', '#f0e442', '#000000',
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
  '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd',
  '#e6550d', '#31a354', '#756bb1', '#636363', '#6baed6', '#fd8d3c', '#74c476', '#9e9ac8',
];
const colour = (type: number) => TYPE_COLOURS[type % TYPE_COLOURS.length];

/** From this many events on, pins are WebGL points (no per-pin canvas drawing, filters as shader variables). */
export const WEBGL_FROM = 5000;

/** One event as the Java side sends it: [id, lon, lat, typeIndex, reports, epochDay or -1, area key: a country's ISO
 * code or "r" + a region's geonameid for an event known only by that area, else ""]. */
type Pin = [string, number, number, number, number, number, string];
/** The filter as the Java side sends it: epoch days (absent: any day), type indices (empty: any), a base64 bit mask. */
type PinFilter = { from?: number; to?: number; types?: number[]; mask?: string };
/** The events as typed arrays, index i the server's i-th pin: EPSG:3857 x and y, type (as float for WebGL and as
 * byte), epoch day (-1: undated), whether known only by country. */
type PinTable = { xy: Float32Array; type: Float32Array; typeIndex: Uint8Array; day: Int32Array; area: Uint8Array;
  areaKey: string[] };
const emptyTable = (): PinTable => ({ xy: new Float32Array(0), type: new Float32Array(0), typeIndex: new Uint8Array(0),
  day: new Int32Array(0), area: new Uint8Array(0), areaKey: [] });

/** Radius of a WebGL point in CSS pixels at a zoom level: 2.5 at the world, 5 at a country, 7 at a city. */
const radiusAt = (zoom: number) => (zoom <= 2 ? 2.5 : zoom <= 8 ? 2.5 + ((zoom - 2) * 2.5) / 6 : Math.min(7, 5 + ((zoom - 8) * 2) / 4));

/** A grid cell of events as the database sums it up: [lon, lat (mean of its events), count, dominant type index]. */
type Cell = [number, number, number, number];

const cellStyles = new Map<string, Style>();
/** A cell: a circle of its dominant type's colour, its area growing with the log of its count, the count inside. */
function cellStyle(f: FeatureLike): Style {
  const n: number = f.get('n');
  const type: number = f.get('type');
  const label = n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);
  const key = `${type}/${label}`;
  let style = cellStyles.get(key);
  if (!style) {
    style = new Style({
      image: new Circle({ radius: Math.min(30, 9 + 3 * Math.log10(n + 1) * 1.6), fill: new Fill({ color: colour(type) + 'b3' }),
        stroke: new Stroke({ color: '#fff', width: 2 }) }),
      text: new Text({ text: label, font: 'bold 11px sans-serif', fill: new Fill({ color: '#fff' }),
        stroke: new Stroke({ color: 'rgba(0,0,0,.55)', width: 2.5 }) }),
    });
    cellStyles.set(key, style);
  }
  return style;
}

/** A town label: [name, lon, lat, population]. */
type Town = [string, number, number, number];

/** Clusters computed once per resolution while the pins stay the same: zooming back to a level costs nothing. */
class CachedCluster extends Cluster<Feature<Point>> {
  private byResolution = new Map<number, Feature[]>();
  private revision = -1;

  forget() {
    this.byResolution.clear();
  }

  protected cluster() {
    // Cluster's constructor already clusters, before this class's fields exist
    if (this.resolution === undefined || !this.byResolution) return super.cluster();
    // the pins' revision rises before the source tells this cluster to refresh, so a stale entry is never used
    const revision = this.source?.getRevision() ?? -1;
    if (revision !== this.revision) {
      this.byResolution.clear();
      this.revision = revision;
    }
    const cached = this.byResolution.get(this.resolution);
    // copies both ways: Cluster.clear() empties this.features in place
    if (cached) {
      this.features = cached.slice();
      return;
    }
    super.cluster();
    this.byResolution.set(this.resolution, this.features.slice());
  }
}

/**
 * The smallest map on which the legend starts open: below it (a 1024-pixel screen gives a map of about 650 × 400) the
 * open legend hid a fifth of the map and the pins under it, so it starts folded to its total ("▸ 20 events").
 */
const LEGEND_ROOM = { width: 800, height: 420 };

@customElement('geobrief-map')
export class GeobriefMap extends LitElement {
  static styles = [
    unsafeCSS(olCss),
    css`
      :host { display: block; position: relative; min-height: 240px; }
      #map { position: absolute; inset: 0; background: #cfe3f3; }
      #map:focus-visible { outline: 3px solid #e66100; outline-offset: -3px; }
      :host([picking]) #map { cursor: crosshair; }
      .legend { position: absolute; right: 8px; top: 8px; background: rgba(255,255,255,.92); padding: 4px 8px;
        border-radius: 4px; font: 12px sans-serif; max-height: calc(100% - 40px); overflow: auto; max-width: 45%; }
      .legend summary { cursor: pointer; font-weight: 600; }
      .legend .family { margin-top: 3px; font-weight: 600; color: #333; }
      .legend .row { display: flex; gap: 4px; align-items: center; white-space: nowrap; }
      .legend .row .n { margin-left: auto; padding-left: 8px; font-variant-numeric: tabular-nums; color: #333; }
      .legend span.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; flex: none; }
      .legend span.area { display: inline-block; width: 10px; height: 10px; flex: none; border: 1.5px solid #555;
        background: repeating-linear-gradient(45deg, #555 0 1.5px, transparent 1.5px 4px); }
    `,
  ];

  /** URL of the basemap index: a JSON list of layer file URLs (GeoJSON or TopoJSON). */
  @property({ attribute: 'basemap' }) basemap = '/basemap/index.json';
  /** Labels of the event types, in the order of the pins' typeIndex. */
  @property({ type: Array }) typeLabels: string[] = [];
  /** The family of each event type (same order), to group the legend; empty when types have no families. */
  @property({ type: Array }) typeFamilies: string[] = [];
  /** From this many events on, pins are WebGL points ({@link WEBGL_FROM}; a test lowers it to try that path). */
  @property({ type: Number }) webglFrom = WEBGL_FROM;
  /** When set, a click on the map fires map-clicked instead of selecting pins. */
  @property({ type: Boolean, reflect: true }) picking = false;

  /** Events drawn now, by type index; and how many of them are country areas. */
  @state() private counts: number[] = [];
  @state() private areaCount = 0;
  /** What the areas drawn now are: "country", "region" or "country / region" (the legend's words). */
  @state() private areaKinds = 'country';
  /** Whether the map is large enough for the open legend not to hide much of it (see LEGEND_ROOM). */
  @state() private legendRoom = true;
  /** The reader's own choice (they opened or closed the legend), kept over legendRoom; null until they choose. */
  @state() private legendChoice: boolean | null = null;

  private map?: OlMap;
  /** Every event, in the server's order (the filter mask's bit i is features[i]). */
  private features: Feature<Point>[] = [];
  private filterNow: PinFilter = {};
  private pinSource = new VectorSource<Feature<Point>>();
  private cluster = new CachedCluster({ distance: 36, minDistance: 12, source: this.pinSource });
  private pinLayer = new VectorLayer({ source: this.cluster, style: (f) => this.pinStyle(f), zIndex: 10 });
  private gl?: GlPoints;
  private useGl = false;
  /** The events as typed arrays (index i is features[i]): what a filter change reads, never the features. */
  private table: PinTable = emptyTable();
  /** 1 where event i passes the filter now and is drawn as a point (not a country area). */
  private shown = new Uint8Array(0);
  private areaSource = new VectorSource<Feature>();
  private areaLayer = new VectorLayer({ source: this.areaSource, style: (f, res) => this.areaStyle(f, res), zIndex: 5 });
  private areaLabels = new VectorLayer({ source: this.areaSource, style: (f) => this.areaLabelStyle(f), zIndex: 22,
    declutter: 'labels' });
  /** The database's grid cells, when the view holds too many events to send as pins (see setCells). */
  private cellSource = new VectorSource<Feature<Point>>();
  private cellLayer = new VectorLayer({ source: this.cellSource, style: (f) => cellStyle(f), zIndex: 11 });
  private countryShapes = new Map<string, Geometry>();
  /** Admin-1 regions' shapes by area key ("r" + geonameid), and their precision in words ("in Mangystau region"). */
  private regionShapes = new Map<string, Geometry>();
  private regionWords = new Map<string, string>();
  /** Country names by ISO code, from the same basemap layer as the shapes ("Tajikistan" for TJ). */
  private countryNames = new Map<string, string>();
  private townSource = new VectorSource<Feature<Point>>();
  private selected = new VectorSource<Feature<Point>>();
  private styleCache = new Map<string, Style>();
  private fitPending = false;
  /** A lon/lat extent to fit once the map has a size (the stored events' extent, as the database sums it up). */
  private fitTo: number[] | null = null;

  render() {
    return html`<div id="map" tabindex="0" role="application"
        aria-label="Map of events. Arrow keys pan, plus and minus zoom."></div>
      ${this.legend()}`;
  }

  /** Counts of the events drawn, by family and type, the types with none left out. */
  private legend() {
    const total = this.counts.reduce((a, b) => a + b, 0);
    const rows = this.typeLabels
      .map((label, i) => ({ label, i, n: this.counts[i] ?? 0, family: this.typeFamilies[i] ?? '' }))
      .filter((r) => r.n > 0);
    const families = [...new Set(rows.map((r) => r.family))];
    const row = (r: { label: string; i: number; n: number }) =>
      html`<div class="row"><span class="dot" style="background:${colour(r.i)}"></span>${r.label}<span class="n">${r.n}</span></div>`;
    const open = this.legendChoice ?? this.legendRoom;
    // toggle also fires when `open` is set from here: only a state other than the computed one is the reader's choice
    const toggled = (e: Event) => {
      const d = e.target as HTMLDetailsElement;
      if (d.open !== (this.legendChoice ?? this.legendRoom)) this.legendChoice = d.open;
    };
    return html`<details class="legend" ?open=${open} @toggle=${toggled}>
      <summary>${total} ${total === 1 ? 'event' : 'events'}</summary>
      ${families.map((f) => html`${f ? html`<div class="family">${f} (${rows.filter((r) => r.family === f).reduce((a, r) => a + r.n, 0)})</div>` : ''}
        ${rows.filter((r) => r.family === f).map(row)}`)}
      ${this.areaCount ? html`<div class="row"><span class="area"></span>known only by ${this.areaKinds}<span class="n">${this.areaCount}</span></div>` : ''}
    </details>`;
  }

  firstUpdated() {
    const target = this.renderRoot.querySelector('#map') as HTMLElement;
    const ring = new VectorLayer({
      source: this.selected,
      zIndex: 30,
      style: new Style({ image: new Circle({ radius: 16, stroke: new Stroke({ color: '#000', width: 3 }) }) }),
    });
    const towns = new VectorLayer({ source: this.townSource, style: (f) => townStyle(f), zIndex: 21, declutter: 'labels' });
    this.map = new OlMap({
      target,
      layers: [this.areaLayer, this.pinLayer, this.cellLayer, towns, this.areaLabels, ring],
      controls: defaultControls({ attribution: false }).extend([new ScaleLine()]),
      // whole zoom levels, so that each level's clusters are computed once (see CachedCluster)
      view: new View({ center: fromLonLat([66, 45]), zoom: 4, maxZoom: 14, constrainResolution: true }),
    });
    this.map.on('singleclick', (e) => {
      if (this.picking) {
        const [lon, lat] = toLonLat(e.coordinate);
        // ground distance of one screen pixel at the click, so the server can look as far as a fingertip reaches
        const kmPerPixel = ((this.map!.getView().getResolution() ?? 0) * Math.cos((lat * Math.PI) / 180)) / 1000;
        this.fire('map-clicked', { lat, lon, kmPerPixel });
        return;
      }
      if (this.useGl) {
        const hits = this.pointsAt(e.pixel, 3);
        if (hits.length) return this.choose(hits);
      } else {
        const hit = this.map!.forEachFeatureAtPixel(e.pixel, (f) => f, { layerFilter: (l) => l === this.pinLayer });
        if (hit) return this.clickCluster(hit as Feature<Point>);
      }
      const cell = this.map!.forEachFeatureAtPixel(e.pixel, (f) => f, { layerFilter: (l) => l === this.cellLayer });
      if (cell) {
        const view = this.map!.getView();
        view.animate({ center: (cell.getGeometry() as Point).getCoordinates(), zoom: (view.getZoom() ?? 2) + 2, duration: 400 });
        return;
      }
      const area = this.map!.forEachFeatureAtPixel(e.pixel, (f) => f, { layerFilter: (l) => l === this.areaLayer });
      if (area) this.choose(area.get('events'));
    });
    this.map.on('moveend', () => this.viewChanged());
    new ResizeObserver(() => {
      const box = target.getBoundingClientRect();
      this.legendRoom = box.width >= LEGEND_ROOM.width && box.height >= LEGEND_ROOM.height;
      this.map?.updateSize();
      this.tryFit();
    }).observe(this);
    this.loadBasemap();
  }

  /** Replaces all events; each is [id, lon, lat, typeIndex, reports, epochDay, areaCountryCode]. */
  setPins(json: string) {
    const pins: Pin[] = JSON.parse(json);
    if (pins.length) this.cellSource.clear(true);
    const n = pins.length;
    const table: PinTable = {
      xy: new Float32Array(2 * n), type: new Float32Array(n), typeIndex: new Uint8Array(n), day: new Int32Array(n),
      area: new Uint8Array(n), areaKey: new Array<string>(n),
    };
    this.features = pins.map(([id, lon, lat, type, reports, day, area], i) => {
      const xy = fromLonLat([lon, lat]);
      const f = new Feature(new Point(xy));
      f.setId(id);
      f.setProperties({ type, reports, day, area: area ?? '', i }, true);
      table.xy[2 * i] = xy[0];
      table.xy[2 * i + 1] = xy[1];
      table.type[i] = type;
      table.typeIndex[i] = type;
      table.day[i] = day;
      if (area) table.area[i] = 1;
      table.areaKey[i] = area ?? '';
      return f;
    });
    this.table = table;
    this.shown = new Uint8Array(n);
    this.useGl = n >= this.webglFrom && this.ensureGl();
    this.pinLayer.setVisible(!this.useGl);
    this.gl?.layer.setVisible(this.useGl);
    if (this.useGl) {
      this.pinSource.clear(true);
      this.gl!.setData({ xy: table.xy, type: table.type });
    } else {
      this.gl?.setData({ xy: new Float32Array(0), type: new Float32Array(0) });
    }
    this.applyFilter();
    this.tryFit();
  }

  /**
   * Replaces the events with the database's summary of them, for a view holding more events than are sent as pins:
   * {cells: [[lon, lat, count, dominantTypeIndex], …], types: [count per type index]}. Each cell is drawn as a circle
   * sized by its count, with the count inside; a click zooms in, where the cells turn into pins.
   */
  setCells(json: string) {
    const { cells, types }: { cells: Cell[]; types: number[] } = JSON.parse(json);
    this.cellSource.clear(true);
    this.setPins('[]');
    this.cellSource.addFeatures(cells.map(([lon, lat, n, type]) => {
      const f = new Feature(new Point(fromLonLat([lon, lat])));
      f.setProperties({ n, type }, true);
      return f;
    }));
    this.counts = types;
  }

  /** Draws the events that pass {@code json}: a {@link PinFilter}. */
  setFilter(json: string) {
    this.filterNow = JSON.parse(json);
    // cells are the database's answer to the filter already
    if (this.cellSource.getFeatures().length) return;
    this.applyFilter();
  }

  /**
   * Evaluates the filter over the typed arrays: which events pass (drawn as points, or grouped into country areas)
   * and the legend's counts. WebGL then uploads the one byte per point; the canvas pins re-cluster (few events).
   */
  private applyFilter() {
    const f = this.filterNow;
    const t = this.table;
    const n = t.day.length;
    const dated = f.from !== undefined || f.to !== undefined;
    const from = f.from ?? -1e7;
    const to = f.to ?? 1e7;
    const anyType = !f.types || f.types.length === 0;
    const typeOk = new Uint8Array(256);
    (f.types ?? []).forEach((x) => (typeOk[x] = 1));
    const mask = f.mask ? Uint8Array.from(atob(f.mask), (c) => c.charCodeAt(0)) : null;
    const counts = new Array(this.typeLabels.length).fill(0);
    const shown = this.shown.length === n ? this.shown : new Uint8Array(n);
    const asAreas: number[] = [];
    for (let i = 0; i < n; i++) {
      const day = t.day[i];
      const type = t.typeIndex[i];
      const pass = (!dated || (day >= 0 && day >= from && day <= to))
        && (anyType || typeOk[type] === 1)
        && (!mask || ((mask[i >> 3] >> (i & 7)) & 1) === 1);
      if (pass) counts[type]++;
      // an area whose shape is not here (the basemap still loading, a country it lacks) stays a pin
      const asArea = pass && t.area[i] === 1 && this.hasShape(t.areaKey[i]);
      if (asArea) asAreas.push(i);
      shown[i] = pass && !asArea ? 1 : 0;
    }
    this.shown = shown;
    this.counts = counts;
    this.areaCount = asAreas.length;
    const areas = new Map<string, Feature<Point>[]>();
    let countries = false;
    let regions = false;
    for (const i of asAreas) {
      const x = this.features[i];
      if (this.regionShapes.has(x.get('area'))) regions = true;
      else countries = true;
      const list = areas.get(x.get('area'));
      if (list) list.push(x);
      else areas.set(x.get('area'), [x]);
    }
    this.areaKinds = countries && regions ? 'country / region' : regions ? 'region' : 'country';
    if (this.useGl) {
      this.gl!.setShown(shown);
    } else {
      const visible: Feature<Point>[] = [];
      for (let i = 0; i < n; i++) if (shown[i]) visible.push(this.features[i]);
      this.pinSource.clear(true);
      this.pinSource.addFeatures(visible);
    }
    this.drawAreas(areas);
  }

  /** The point events drawn now whose pin lies within {@code tolerance} CSS pixels of {@code pixel}, nearest first. */
  private pointsAt(pixel: number[], tolerance: number): Feature<Point>[] {
    const map = this.map!;
    const res = map.getView().getResolution() ?? 1;
    const [x, y] = map.getCoordinateFromPixel(pixel);
    const reach = (this.gl ? radiusAt(map.getView().getZoom() ?? 4) + tolerance : tolerance) * res;
    const hits: [number, Feature<Point>][] = [];
    const xy = this.table.xy;
    for (let i = 0; i < this.shown.length; i++) {
      if (!this.shown[i]) continue;
      const dx = xy[2 * i] - x;
      const dy = xy[2 * i + 1] - y;
      if (Math.abs(dx) <= reach && Math.abs(dy) <= reach && dx * dx + dy * dy <= reach * reach) {
        hits.push([dx * dx + dy * dy, this.features[i]]);
      }
    }
    return hits.sort((a, b) => a[0] - b[0]).map((h) => h[1]);
  }

  /** Creates the WebGL layer once; false when the browser has no WebGL. */
  private ensureGl(): boolean {
    if (this.gl) return true;
    if (!GlPoints.available()) return false;
    this.gl = new GlPoints(TYPE_COLOURS, radiusAt, 10);
    this.map!.addLayer(this.gl.layer);
    return true;
  }

  private hasShape(key: string): boolean {
    return this.countryShapes.has(key) || this.regionShapes.has(key);
  }

  /**
   * Adds the shapes of admin-1 regions, a GeoJSON FeatureCollection in lon/lat whose features carry {key, words}:
   * events with that area key are then drawn as the region's hatched area, labelled "3 events in Mangystau region".
   */
  addAreas(json: string) {
    const features = new GeoJSON().readFeatures(JSON.parse(json)) as Feature[];
    for (const f of features) {
      const g = f.getGeometry();
      if (!g) continue;
      unwrapAntimeridian(g);
      g.transform('EPSG:4326', 'EPSG:3857');
      this.regionShapes.set(f.get('key'), g);
      this.regionWords.set(f.get('key'), f.get('words'));
    }
    if (this.features.length) this.applyFilter();
  }

  /**
   * Country- and region-level events as their area's hatched outline, coloured by their most frequent type; a
   * region over its country.
   */
  private drawAreas(areas: Map<string, Feature<Point>[]>) {
    this.areaSource.clear(true);
    const shapes: Feature[] = [];
    areas.forEach((events, cc) => {
      const region = this.regionShapes.has(cc);
      const g = region ? this.regionShapes.get(cc) : this.countryShapes.get(cc);
      if (!g) return;
      const f = new Feature(g);
      const counts = new Map<number, number>();
      events.forEach((e) => counts.set(e.get('type'), (counts.get(e.get('type')) ?? 0) + 1));
      const type = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      f.setProperties({ events, type, n: events.length, cc, region, label: labelPoint(g) }, true);
      shapes.push(f);
    });
    this.areaSource.addFeatures(shapes);
  }

  private areaStyle(f: FeatureLike, res: number): Style {
    const c = colour(f.get('type'));
    // hatched from afar; zoomed in (closer than about 600 m a pixel) only the outline, so local detail shows
    return new Style({ fill: res > 600 ? new Fill({ color: hatch(c) }) : undefined,
      stroke: new Stroke({ color: c, width: 2, lineDash: [6, 4] }), zIndex: f.get('region') ? 1 : 0 });
  }

  /**
   * One label per area, in the largest part of the country. Its layer is decluttered with the town labels and drawn
   * above them, so a town label that would overlap it is left out rather than drawn across it.
   */
  private areaLabelStyle(f: FeatureLike): Style {
    return new Style({
      geometry: f.get('label'),
      text: new Text({ text: `${f.get('n')} event${f.get('n') === 1 ? '' : 's'} ${this.areaWords(f.get('cc'))}`, font: 'bold 12px sans-serif',
        fill: new Fill({ color: '#222' }), stroke: new Stroke({ color: '#fff', width: 3 }), overflow: true }),
    });
  }

  /** An area's precision in words: "somewhere in Kazakhstan", "in Mangystau region". */
  private areaWords(key: string): string {
    return this.regionWords.get(key) ?? `somewhere in ${this.countryNames.get(key) ?? key}`;
  }

  /** Labels the gazetteer's towns in view: [name, lon, lat, population] each. */
  setTowns(json: string) {
    const towns: Town[] = JSON.parse(json);
    this.townSource.clear(true);
    this.townSource.addFeatures(towns.map(([name, lon, lat, population]) => {
      const f = new Feature(new Point(fromLonLat([lon, lat])));
      f.setProperties({ name, population }, true);
      return f;
    }));
  }

  /** Rings the pin of an event (or clears the ring when the id is unknown). */
  select(id: string) {
    this.selected.clear();
    const f = this.features.find((x) => x.getId() === id);
    if (f && !f.get('area')) this.selected.addFeature(new Feature(f.getGeometry()!.clone()));
  }

  flyTo(lon: number, lat: number, zoom: number) {
    this.map?.getView().animate({ center: fromLonLat([lon, lat]), zoom, duration: 700 });
  }

  /** Fits the view to all pins, as soon as the map has a size and pins. */
  fitPins() {
    this.fitPending = true;
    this.tryFit();
  }

  /** Fits the view to a lon/lat extent, as soon as the map has a size; for stores too large to send every pin. */
  fitExtent(minLon: number, minLat: number, maxLon: number, maxLat: number) {
    this.fitPending = false;
    this.fitTo = [minLon, minLat, maxLon, maxLat];
    this.tryFit();
  }

  private tryFit() {
    const size = this.map?.getSize();
    if (this.fitTo && this.map && size && size[0] > 0) {
      const extent = transformExtent(this.fitTo, 'EPSG:4326', 'EPSG:3857');
      this.fitTo = null;
      this.map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 7 });
      return;
    }
    const shown = this.drawn();
    if (!this.fitPending || !this.map || !size || size[0] === 0 || shown.length === 0) return;
    this.fitPending = false;
    const extent = boundingExtent(shown.map((f) => f.getGeometry()!.getCoordinates()));
    this.map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 7 });
  }

  /** The point events drawn now (not the country areas). */
  private drawn(): Feature<Point>[] {
    return this.useGl ? this.features.filter((_, i) => this.shown[i] === 1) : this.pinSource.getFeatures();
  }

  /** How many events the map draws, as pins, clusters or areas, in view or not. */
  pinCount(): number {
    return this.counts.reduce((a, b) => a + b, 0);
  }

  /** Screen positions (CSS pixels within the map) of the pins and clusters drawn now, for tests and tools. */
  pinPixels(): number[][] {
    const size = this.map?.getSize();
    if (!this.map || !size) return [];
    const points = this.useGl ? this.drawn() : this.cluster.getFeatures();
    return points
      .slice(0, 5000)
      .map((f) => this.map!.getPixelFromCoordinate((f.getGeometry() as Point).getCoordinates()))
      .filter((p) => p && p[0] >= 0 && p[1] >= 0 && p[0] < size[0] && p[1] < size[1]);
  }

  /**
   * The areas drawn now, for tests and tools: each {key (a country's code or "r" + a region's geonameid), n events,
   * region, label: "3 events in Mangystau region", pixel: its label's screen position (CSS pixels within the map)}.
   */
  areaPixels(): { key: string; n: number; region: boolean; label: string; pixel: number[] }[] {
    if (!this.map) return [];
    return this.areaSource.getFeatures().map((f) => ({
      key: f.get('cc'), n: f.get('n'), region: f.get('region'),
      label: `${f.get('n')} event${f.get('n') === 1 ? '' : 's'} ${this.areaWords(f.get('cc'))}`,
      pixel: this.map!.getPixelFromCoordinate((f.get('label') as Point).getCoordinates()),
    }));
  }

  /** Whether the pins are WebGL points now. */
  isWebGl(): boolean {
    return this.useGl;
  }

  /**
   * Render time per frame, median in ms: panning as a drag does (the basemap is drawn as an image while the user
   * interacts), panning by code (everything redrawn), the same with pins only, and a zoom step (which re-clusters).
   * A measurement, not a test: nothing fails on it.
   */
  bench(frames = 60): Record<string, number> {
    const map = this.map!;
    const view = map.getView();
    const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
    const [cx, cy] = view.getCenter()!;
    const time = (step: (i: number) => void, n: number) => {
      const t: number[] = [];
      for (let i = 0; i < n; i++) {
        step(i);
        const t0 = performance.now();
        map.renderSync();
        t.push(performance.now() - t0);
      }
      view.setCenter([cx, cy]);
      map.renderSync();
      return median(t);
    };
    const pan = (i: number) => {
      const r = view.getResolution()!;
      view.setCenter([cx + Math.sin(i / 5) * 40 * r, cy + ((i % 20) - 10) * 4 * r]);
    };
    view.setHint(ViewHint.INTERACTING, 1);
    const dragPanMs = time(pan, frames);
    view.setHint(ViewHint.INTERACTING, -1);
    const codePanMs = time(pan, frames);
    const basemap = map.getLayers().getArray().filter((l) => l.getZIndex()! < 5);
    basemap.forEach((l) => l.setVisible(false));
    const pinsOnlyPanMs = time(pan, frames);
    basemap.forEach((l) => l.setVisible(true));
    const z0 = view.getZoom()!;
    const zoom = (i: number) => view.setZoom(z0 + 1 + (i % 3));
    this.cluster.forget();
    const zoomFirstMs = time(zoom, 3);
    const zoomAgainMs = time(zoom, Math.min(frames, 21));
    view.setZoom(z0);
    map.renderSync();
    return {
      pins: this.features.length, dragPanMs, codePanMs, pinsOnlyPanMs, zoomFirstMs, zoomAgainMs, eventsDrawn: this.pinCount(),
    };
  }

  private clickCluster(cluster: Feature<Point>) {
    const members: Feature<Point>[] = cluster.get('features') ?? [];
    const extent = boundingExtent(members.map((m) => m.getGeometry()!.getCoordinates()));
    const view = this.map!.getView();
    const spread = Math.max(getWidth(extent), getHeight(extent));
    if (members.length > 1 && spread > view.getResolution()! * 8 && view.getZoom()! < view.getMaxZoom()) {
      view.fit(extent, { padding: [80, 80, 80, 80], duration: 400, maxZoom: view.getMaxZoom() });
      return;
    }
    this.choose(members);
  }

  /** Selects these events, the most reported first. */
  private choose(members: Feature[]) {
    const ids = [...members].sort((a, b) => b.get('reports') - a.get('reports')).map((m) => String(m.getId()));
    this.select(ids[0]);
    this.fire('pin-selected', { ids: JSON.stringify(ids) });
  }

  private viewChanged() {
    const view = this.map!.getView();
    const size = this.map!.getSize();
    if (!size) return;
    const [minLon, minLat, maxLon, maxLat] = transformExtent(view.calculateExtent(size), 'EPSG:3857', 'EPSG:4326');
    this.fire('view-changed', { minLon, minLat, maxLon, maxLat, zoom: view.getZoom() ?? 0 });
  }

  private pinStyle(cluster: FeatureLike): Style {
    const members: FeatureLike[] = cluster.get('features');
    const counts = new Map<number, number>();
    let reports = 0;
    for (const m of members) {
      counts.set(m.get('type'), (counts.get(m.get('type')) ?? 0) + 1);
      reports += m.get('reports');
    }
    const type = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const n = members.length;
    const key = `${type}/${n}/${reports}`;
    let style = this.styleCache.get(key);
    if (!style) {
      // one event: size by its reports, badge when several; a cluster: size by how many events, count inside
      const radius = n === 1 ? 6 + 2 * Math.log2(reports) : 10 + 3 * Math.log2(n);
      const label = n > 1 ? String(n) : reports > 1 ? `×${reports}` : '';
      style = new Style({
        image: new Circle({
          radius,
          fill: new Fill({ color: colour(type) + (n > 1 ? 'cc' : 'ff') }),
          stroke: new Stroke({ color: '#fff', width: n > 1 ? 3 : 1.5 }),
        }),
        text: label
          ? new Text({
              text: label,
              font: 'bold 11px sans-serif',
              fill: new Fill({ color: n > 1 ? '#fff' : '#000' }),
              offsetY: n > 1 ? 0 : -radius - 7,
              stroke: n > 1 ? undefined : new Stroke({ color: '#fff', width: 3 }),
            })
          : undefined,
      });
      this.styleCache.set(key, style);
    }
    return style;
  }

  private async loadBasemap() {
    const index: string[] = await (await fetch(this.basemap)).json();
    for (const url of index) {
      const data = await (await fetch(url)).json();
      const layers = data.type === 'Topology' ? Object.keys(data.objects) : [null];
      for (const object of layers) {
        const format = object ? new TopoJSON({ layers: [object] }) : new GeoJSON();
        const features = format.readFeatures(data) as Feature[];
        features.forEach((f) => {
          const g = f.getGeometry();
          if (!g) return;
          unwrapAntimeridian(g);
          g.transform('EPSG:4326', 'EPSG:3857');
        });
        const kind = basemapKind(object ?? url);
        if (kind === 'countries') {
          features.forEach((f) => {
            if (!f.get('iso2')) return;
            this.countryShapes.set(f.get('iso2'), f.getGeometry()!);
            if (labelText(f)) this.countryNames.set(f.get('iso2'), labelText(f));
          });
        }
        // drawn as an image: while the user drags or zooms, the image moves instead of every line being redrawn
        const layer = new VectorImageLayer({
          imageRatio: 2,
          source: new VectorSource({ features }),
          style: BASEMAP_STYLES[kind],
          // city labels above the pins, so that a pin never hides a city's name
          zIndex: BASEMAP_Z[kind],
          declutter: kind === 'labels' || kind === 'countries' || kind === 'water',
          minZoom: kind === 'admin1' || kind === 'labels' ? 4 : undefined,
        });
        this.map!.addLayer(layer);
      }
    }
    // events known only by country wait for the country shapes
    if (this.features.length) this.applyFilter();
  }

  private fire(name: string, detail: object) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

/**
 * Makes a line or ring that jumps across the antimeridian (179.9 → -180) continue past it (180.1) instead, so that it
 * is not drawn as a straight line across the whole world. Coordinates in degrees, changed in place.
 */
function unwrapAntimeridian(g: Geometry) {
  const fix = (line: number[][]) => {
    let shift = 0;
    for (let i = 1; i < line.length; i++) {
      const d = line[i][0] + shift - line[i - 1][0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
      line[i][0] += shift;
    }
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const anyG = g as any;
  if (typeof anyG.getCoordinates !== 'function' || typeof anyG.setCoordinates !== 'function') return;
  const c = anyG.getCoordinates();
  const type = g.getType();
  if (type === 'LineString' || type === 'LinearRing') fix(c);
  else if (type === 'MultiLineString' || type === 'Polygon') c.forEach(fix);
  else if (type === 'MultiPolygon') c.forEach((p: number[][][]) => p.forEach(fix));
  else return;
  anyG.setCoordinates(c);
}

/** A point inside the largest polygon of an area, for its one label. */
function labelPoint(g: Geometry): Point | undefined {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const anyG = g as any;
  if (g.getType() === 'Polygon') return anyG.getInteriorPoint();
  if (g.getType() !== 'MultiPolygon') return undefined;
  const polys = anyG.getPolygons();
  const largest = polys.reduce((a: any, b: any) => (b.getArea() > a.getArea() ? b : a), polys[0]);
  return largest?.getInteriorPoint();
}

/** A diagonal hatch in {@code colour}, as a canvas pattern for an area's fill. */
const hatchCache = new Map<string, CanvasPattern | string>();
function hatch(colour: string): CanvasPattern | string {
  let p = hatchCache.get(colour);
  if (p) return p;
  const c = document.createElement('canvas');
  c.width = c.height = 8;
  const ctx = c.getContext('2d')!;
  ctx.strokeStyle = colour + '99';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  p = ctx.createPattern(c, 'repeat') ?? colour + '33';
  hatchCache.set(colour, p);
  return p;
}

function townStyle(f: FeatureLike): Style | undefined {
  const pop = Number(f.get('population') ?? 0);
  const big = pop >= 100_000;
  return new Style({
    image: new Circle({ radius: big ? 2.5 : 2, fill: new Fill({ color: '#444' }) }),
    text: new Text({ text: String(f.get('name')), font: `${big ? 12 : 11}px sans-serif`, offsetY: -9,
      fill: new Fill({ color: '#222' }), stroke: new Stroke({ color: '#fff', width: 3 }) }),
    zIndex: Math.log10(pop + 1),
  });
}

type BasemapKind = 'land' | 'countries' | 'admin1' | 'labels' | 'water';

function basemapKind(name: string): BasemapKind {
  const n = name.toLowerCase();
  if (n.includes('water') || n.includes('lake') || n.includes('river')) return 'water';
  if (n.includes('admin')) return 'admin1';
  if (n.includes('countr')) return 'countries';
  if (n.includes('cit') || n.includes('label') || n.includes('place')) return 'labels';
  return 'land';
}

const BASEMAP_Z: Record<BasemapKind, number> = { land: 0, countries: 1, water: 2, admin1: 3, labels: 20 };

const labelText = (f: FeatureLike) => String(f.get('name') ?? f.get('NAME') ?? f.get('name_en') ?? '');

const BASEMAP_STYLES: Record<BasemapKind, (f: FeatureLike, res: number) => Style | undefined> = {
  land: () => new Style({ fill: new Fill({ color: '#f4f1e8' }), stroke: new Stroke({ color: '#a9a9a9', width: 0.5 }) }),
  countries: (f) =>
    new Style({
      fill: new Fill({ color: 'rgba(244,241,232,0.6)' }),
      stroke: new Stroke({ color: '#8a8a8a', width: 1 }),
      text: new Text({ text: labelText(f), font: '12px sans-serif', fill: new Fill({ color: '#555' }), overflow: false }),
    }),
  admin1: () => new Style({ stroke: new Stroke({ color: '#b8b0a0', width: 0.7, lineDash: [4, 3] }) }),
  water: (f, res) => {
    const rank = Number(f.get('scalerank') ?? 0);
    // the big lakes and rivers from afar, the rest as the analyst zooms in (resolution in metres per pixel)
    if (res > 5000 && rank > 3) return undefined;
    if (res > 1200 && rank > 6) return undefined;
    const name = res < 1200 ? String(f.get('name') ?? '') : '';
    if (f.get('kind') === 'lake') {
      return new Style({ fill: new Fill({ color: '#cfe3f3' }), stroke: new Stroke({ color: '#8fb8d8', width: 0.7 }),
        text: name ? new Text({ text: name, font: 'italic 11px sans-serif', fill: new Fill({ color: '#2f6690' }) }) : undefined });
    }
    return new Style({ stroke: new Stroke({ color: '#7fb0d8', width: res < 1200 ? 1.6 : 1 }),
      text: name ? new Text({ text: name, font: 'italic 10px sans-serif', placement: 'line', fill: new Fill({ color: '#2f6690' }),
        stroke: new Stroke({ color: '#fff', width: 2 }) }) : undefined });
  },
  labels: (f, res) => {
    const pop = Number(f.get('population') ?? f.get('pop') ?? f.get('POP_MAX') ?? 0);
    // big cities from afar, smaller ones as the user zooms in; closer than zoom 6 the gazetteer's towns take over
    const capital = f.get('capital') === true;
    if (res < 2500) return undefined;
    if (res > 2500 * 4 && pop < 1_000_000 && !capital) return undefined;
    if (res > 2500 && pop < 200_000 && !capital) return undefined;
    return new Style({
      image: new Circle({ radius: 2.5, fill: new Fill({ color: '#333' }) }),
      text: new Text({ text: labelText(f), font: '11px sans-serif', offsetY: -9, fill: new Fill({ color: '#222' }),
        stroke: new Stroke({ color: '#fff', width: 3 }) }),
    });
  },
};
