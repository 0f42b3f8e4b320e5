// The events map: an offline OpenLayers map (basemap layers served from the app's classpath) with event pins
// coloured by ACLED type, clustered when dense. It never calls the server: it fires DOM events that the Java
// side (map.ui.EventMap) turns into PinSelected / MapClicked.
import { LitElement, html, css, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorImageLayer from 'ol/layer/VectorImage.js';
import ViewHint from 'ol/ViewHint.js';
import VectorSource from 'ol/source/Vector.js';
import Cluster from 'ol/source/Cluster.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import TopoJSON from 'ol/format/TopoJSON.js';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';
import { fromLonLat, toLonLat } from 'ol/proj.js';
import { boundingExtent, getWidth, getHeight } from 'ol/extent.js';
import { defaults as defaultControls, ScaleLine } from 'ol/control.js';
import type { FeatureLike } from 'ol/Feature.js';
import olCss from 'ol/ol.css?inline';

/** Colours by ACLED type, in EventType order (the Java side sends the type's index). */
export const TYPE_COLOURS = ['#1f77b4', '#ff7f0e', '#d62728', '#9467bd', '#8c564b', '#2ca02c'];

/** One pin as the Java side sends it: [id, lon, lat, typeIndex, reports]. */
type Pin = [string, number, number, number, number];

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

@customElement('geobrief-map')
export class GeobriefMap extends LitElement {
  static styles = [
    unsafeCSS(olCss),
    css`
      :host { display: block; position: relative; min-height: 300px; }
      #map { position: absolute; inset: 0; background: #cfe3f3; }
      :host([picking]) #map { cursor: crosshair; }
      .legend { position: absolute; right: 8px; top: 8px; background: rgba(255,255,255,.9); padding: 4px 8px;
        border-radius: 4px; font: 12px sans-serif; pointer-events: none; }
      .legend span { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; }
    `,
  ];

  /** URL of the basemap index: a JSON list of layer file URLs (GeoJSON or TopoJSON). */
  @property({ attribute: 'basemap' }) basemap = '/basemap/index.json';
  /** Labels of the event types, in the order of the pins' typeIndex. */
  @property({ type: Array }) typeLabels: string[] = [];
  @property({ type: Array }) typeColours: string[] = TYPE_COLOURS;
  /** When set, a click on the map fires map-clicked instead of selecting pins. */
  @property({ type: Boolean, reflect: true }) picking = false;

  private map?: OlMap;
  private pinSource = new VectorSource<Feature<Point>>();
  private cluster = new CachedCluster({ distance: 36, minDistance: 12, source: this.pinSource });
  private selected = new VectorSource<Feature<Point>>();
  private styleCache = new Map<string, Style>();
  private fitPending = false;

  render() {
    return html`<div id="map"></div>
      <div class="legend">
        ${this.typeLabels.map((l, i) => html`<div><span style="background:${this.typeColours[i]}"></span>${l}</div>`)}
      </div>`;
  }

  firstUpdated() {
    const target = this.renderRoot.querySelector('#map') as HTMLElement;
    const pins = new VectorLayer({ source: this.cluster, style: (f) => this.pinStyle(f), zIndex: 10 });
    const ring = new VectorLayer({
      source: this.selected,
      zIndex: 11,
      style: new Style({ image: new Circle({ radius: 16, stroke: new Stroke({ color: '#000', width: 3 }) }) }),
    });
    this.map = new OlMap({
      target,
      layers: [pins, ring],
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
      const hit = this.map!.forEachFeatureAtPixel(e.pixel, (f) => f, { layerFilter: (l) => l === pins });
      if (hit) this.clickCluster(hit as Feature<Point>);
    });
    new ResizeObserver(() => {
      this.map?.updateSize();
      this.tryFit();
    }).observe(this);
    this.loadBasemap();
  }

  /** Replaces all pins; {@code json} is an array of [id, lon, lat, typeIndex, reports]. */
  setPins(json: string) {
    const pins: Pin[] = JSON.parse(json);
    const features = pins.map(([id, lon, lat, type, reports]) => {
      const f = new Feature(new Point(fromLonLat([lon, lat])));
      f.setId(id);
      f.setProperties({ type, reports });
      return f;
    });
    this.pinSource.clear(true);
    this.pinSource.addFeatures(features);
    this.tryFit();
  }

  /** Rings the pin of an event (or clears the ring when the id is unknown). */
  select(id: string) {
    this.selected.clear();
    const f = this.pinSource.getFeatureById(id);
    if (f) this.selected.addFeature(new Feature(f.getGeometry()!.clone()));
  }

  flyTo(lon: number, lat: number, zoom: number) {
    this.map?.getView().animate({ center: fromLonLat([lon, lat]), zoom, duration: 700 });
  }

  /** Fits the view to all pins, as soon as the map has a size and pins. */
  fitPins() {
    this.fitPending = true;
    this.tryFit();
  }

  private tryFit() {
    const size = this.map?.getSize();
    if (!this.fitPending || !this.map || !size || size[0] === 0 || this.pinSource.getFeatures().length === 0) return;
    this.fitPending = false;
    this.map.getView().fit(this.pinSource.getExtent(), { padding: [60, 60, 60, 60], maxZoom: 7 });
  }

  /** How many events the pins and clusters stand for, in view or not. */
  pinCount(): number {
    return this.cluster.getFeatures().reduce((n, f) => n + (f.get('features')?.length ?? 0), 0);
  }

  /** Screen positions (CSS pixels within the map) of the pins and clusters drawn now, for tests and tools. */
  pinPixels(): number[][] {
    const size = this.map?.getSize();
    if (!this.map || !size) return [];
    return this.cluster
      .getFeatures()
      .map((f) => this.map!.getPixelFromCoordinate((f.getGeometry() as Point).getCoordinates()))
      .filter((p) => p && p[0] >= 0 && p[1] >= 0 && p[0] < size[0] && p[1] < size[1]);
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
    const basemap = map.getLayers().getArray().filter((l) => l.getZIndex()! < 10);
    basemap.forEach((l) => l.setVisible(false));
    const pinsOnlyPanMs = time(pan, frames);
    basemap.forEach((l) => l.setVisible(true));
    const z0 = view.getZoom()!;
    const zoom = (i: number) => view.setZoom(z0 + 1 + (i % 3));
    this.cluster.forget();
    const zoomFirstMs = time(zoom, 3);
    const zoomAgainMs = time(zoom, Math.min(frames, 21));
    view.setZoom(z0 + 2);
    map.renderSync();
    const eventsDrawn = this.pinCount();
    view.setZoom(z0);
    map.renderSync();
    return {
      pins: this.pinSource.getFeatures().length, dragPanMs, codePanMs, pinsOnlyPanMs, zoomFirstMs, zoomAgainMs, eventsDrawn,
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
    const ids = members.sort((a, b) => b.get('reports') - a.get('reports')).map((m) => String(m.getId()));
    this.select(ids[0]);
    this.fire('pin-selected', { ids: JSON.stringify(ids) });
  }

  private pinStyle(cluster: FeatureLike): Style {
    const members: FeatureLike[] = cluster.get('features');
    const counts = new Array(this.typeColours.length).fill(0);
    let reports = 0;
    for (const m of members) {
      counts[m.get('type')]++;
      reports += m.get('reports');
    }
    const type = counts.indexOf(Math.max(...counts));
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
          fill: new Fill({ color: this.typeColours[type] + (n > 1 ? 'cc' : 'ff') }),
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
        const features = format.readFeatures(data, { featureProjection: 'EPSG:3857' }) as Feature[];
        const kind = basemapKind(object ?? url);
        // drawn as an image: while the user drags or zooms, the image moves instead of every line being redrawn
        const layer = new VectorImageLayer({
          imageRatio: 2,
          source: new VectorSource({ features }),
          style: BASEMAP_STYLES[kind],
          zIndex: BASEMAP_Z[kind],
          declutter: kind === 'labels' || kind === 'countries',
          minZoom: kind === 'admin1' || kind === 'labels' ? 4 : undefined,
        });
        this.map!.addLayer(layer);
      }
    }
  }

  private fire(name: string, detail: object) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

type BasemapKind = 'land' | 'countries' | 'admin1' | 'labels';

function basemapKind(name: string): BasemapKind {
  const n = name.toLowerCase();
  if (n.includes('admin')) return 'admin1';
  if (n.includes('countr')) return 'countries';
  if (n.includes('cit') || n.includes('label') || n.includes('place')) return 'labels';
  return 'land';
}

const BASEMAP_Z: Record<BasemapKind, number> = { land: 0, countries: 1, admin1: 2, labels: 3 };

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
  labels: (f, res) => {
    const pop = Number(f.get('population') ?? f.get('pop') ?? f.get('POP_MAX') ?? 0);
    // big cities from afar, smaller ones as the user zooms in
    const capital = f.get('capital') === true;
    if (res > 2500 && pop < 1_000_000 && !capital) return undefined;
    if (res > 600 && pop < 200_000 && !capital) return undefined;
    return new Style({
      image: new Circle({ radius: 2.5, fill: new Fill({ color: '#333' }) }),
      text: new Text({ text: labelText(f), font: '11px sans-serif', offsetY: -9, fill: new Fill({ color: '#222' }),
        stroke: new Stroke({ color: '#fff', width: 3 }) }),
    });
  },
};
