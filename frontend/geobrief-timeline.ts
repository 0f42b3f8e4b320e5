// The timeline: a histogram of events over the whole span (day, week or month bars chosen from its length), the
// events the other filters let through drawn inside each bar, a brushed date range (drag across the bars, or the
// two range thumbs by keyboard) and playback with a speed and a step. Fires range-changed with the chosen day
// indices; the Java side (map.ui.TimelineSlider) filters and answers with shownFrom/shownTo, the range the map
// shows: the label says that range, and playback waits for it before the next step, so label and map agree.
import { LitElement, html, css, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

type Unit = 'day' | 'week' | 'month';
/** A bar: its first and last day, as indices into the per-day counts (inclusive). */
type Bin = { first: number; last: number };

const DAY_MS = 86_400_000;

/** Day bars up to three months, week bars up to two years, month bars beyond. */
export function unitFor(days: number): Unit {
  return days <= 92 ? 'day' : days <= 731 ? 'week' : 'month';
}

/** The bars of a span of {@code days} days from {@code start} (ISO date): weeks start on Mondays, months on the 1st. */
export function bins(start: string, days: number, unit: Unit): Bin[] {
  const out: Bin[] = [];
  const t0 = Date.parse(start + 'T00:00:00Z');
  let first = 0;
  for (let i = 1; i <= days; i++) {
    const d = new Date(t0 + i * DAY_MS);
    const boundary =
      i === days || unit === 'day' || (unit === 'week' && d.getUTCDay() === 1) || (unit === 'month' && d.getUTCDate() === 1);
    if (boundary) {
      out.push({ first, last: i - 1 });
      first = i;
    }
  }
  return out;
}

@customElement('geobrief-timeline')
export class GeobriefTimeline extends LitElement {
  static styles = css`
    :host { display: block; font: 12px sans-serif; }
    .row { display: flex; align-items: center; gap: 4px; }
    .track { position: relative; flex: 1; height: 56px; min-width: 120px; }
    .dates { display: flex; justify-content: space-between; color: #555; gap: 6px; }
    .dates b { color: #123; white-space: nowrap; }
    /* at 1024 pixels the span's ends stay whole dates; the bars' unit gives way first */
    .dates span { white-space: nowrap; flex-shrink: 0; }
    .dates span.unit { flex-shrink: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
    svg { position: absolute; left: 0; top: 0; width: 100%; height: 40px; cursor: crosshair; touch-action: none; }
    input[type='range'] { position: absolute; left: 0; bottom: 0; width: 100%; margin: 0; pointer-events: none;
      background: none; -webkit-appearance: none; appearance: none; height: 16px; }
    input[type='range']::-webkit-slider-thumb { pointer-events: auto; -webkit-appearance: none; width: 12px;
      height: 16px; border-radius: 3px; background: #1a5fb4; cursor: pointer; }
    input[type='range']::-moz-range-thumb { pointer-events: auto; width: 12px; height: 16px; background: #1a5fb4; }
    input[type='range']:focus-visible::-webkit-slider-thumb { outline: 2px solid #e66100; }
    button, select { border: 1px solid #aaa; background: #fff; border-radius: 4px; cursor: pointer; font: inherit;
      height: 22px; }
    button { min-width: 26px; }
  `;

  /** Events per day over the whole span (every event), from {@link start} on: the axis. */
  @property({ type: Array }) totals: number[] = [];
  /** Events per day that the other filters let through, drawn inside the bars. */
  @property({ type: Array }) counts: number[] = [];
  /** First and last chosen day, as indices into the per-day counts (inclusive). */
  @property({ type: Number }) from = 0;
  @property({ type: Number }) to = 0;
  /** The range the map shows, as the server confirmed it. */
  @property({ type: Number }) shownFrom = 0;
  @property({ type: Number }) shownTo = 0;
  @property({ type: Boolean }) playing = false;
  /** The day of index 0, ISO yyyy-mm-dd. */
  @property() start = '';
  /** Milliseconds between playback steps. */
  @state() private speed = 800;
  /** How far playback moves the window each step. */
  @state() private step: Unit = 'day';

  private timer?: number;
  private brushAnchor?: number;
  private waitingSince = 0;

  private get days() {
    return Math.max(this.totals.length, this.counts.length, 1);
  }

  render() {
    const n = this.days;
    const unit = unitFor(n);
    const bars = bins(this.start || '1970-01-01', n, unit);
    const sum = (a: number[], b: Bin) => {
      let s = 0;
      for (let i = b.first; i <= b.last; i++) s += a[i] ?? 0;
      return s;
    };
    const totals = bars.map((b) => sum(this.totals.length ? this.totals : this.counts, b));
    const counts = bars.map((b) => sum(this.counts, b));
    const max = Math.max(1, ...totals);
    return html`<div class="row">
        <button title=${this.playing ? 'Pause' : 'Play'} aria-label=${this.playing ? 'Pause' : 'Play'}
          @click=${this.toggle}>${this.playing ? '❚❚' : '▶'}</button>
        <select aria-label="Playback step" title="Playback step" @change=${(e: Event) => (this.step = (e.target as HTMLSelectElement).value as Unit)}>
          ${(['day', 'week', 'month'] as Unit[]).map((u) => html`<option value=${u} ?selected=${u === this.step}>+1 ${u}</option>`)}
        </select>
        <select aria-label="Playback speed" title="Playback speed" @change=${(e: Event) => (this.speed = Number((e.target as HTMLSelectElement).value))}>
          ${[[1600, '½×'], [800, '1×'], [400, '2×'], [200, '4×']].map(([ms, l]) =>
            html`<option value=${ms} ?selected=${ms === this.speed}>${l}</option>`)}
        </select>
        <div class="track">
          <svg viewBox="0 0 ${n} 40" preserveAspectRatio="none" @pointerdown=${this.brushStart}
            @pointermove=${this.brushMove} @pointerup=${this.brushEnd} @dblclick=${this.reset}>
            <rect x=${this.from} y="0" width=${this.to - this.from + 1} height="40" fill="#dbe8f7"></rect>
            ${bars.map((b, i) => {
              const w = b.last - b.first + 1;
              const gap = Math.min(w * 0.15, n / 400);
              // a bar with events is never thinner than 2 px: one event a month beside a busy week stays visible
              const ht = totals[i] ? Math.max(2, (38 * totals[i]) / max) : 0;
              const hc = counts[i] ? Math.max(2, (38 * counts[i]) / max) : 0;
              const inRange = b.last >= this.from && b.first <= this.to;
              return svg`<rect class="total" x=${b.first + gap} y=${40 - ht} width=${w - 2 * gap} height=${ht}
                  fill="#d3d7de"><title>${this.day(b.first)}: ${counts[i]} of ${totals[i]}</title></rect>
                <rect class="bar" x=${b.first + gap} y=${40 - hc} width=${w - 2 * gap} height=${hc}
                  fill=${inRange ? '#1a5fb4' : '#7b8494'} pointer-events="none"></rect>`;
            })}
          </svg>
          <input type="range" min="0" max=${n - 1} .value=${String(this.from)} aria-label="From"
            @input=${(e: Event) => this.move('from', e)} />
          <input type="range" min="0" max=${n - 1} .value=${String(this.to)} aria-label="To"
            @input=${(e: Event) => this.move('to', e)} />
        </div>
      </div>
      <div class="dates"><span>${this.day(0)}</span>
        <b id="shown">${this.day(this.shownFrom)} – ${this.day(this.shownTo)}</b>
        <span class="unit">${{ day: 'daily', week: 'weekly', month: 'monthly' }[unit]} bars</span><span>${this.day(n - 1)}</span></div>`;
  }

  private day(i: number) {
    if (!this.start) return '';
    return new Date(Date.parse(this.start + 'T00:00:00Z') + i * DAY_MS).toISOString().slice(0, 10);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stop();
  }

  private move(which: 'from' | 'to', e: Event) {
    const v = Number((e.target as HTMLInputElement).value);
    if (which === 'from') this.from = Math.min(v, this.to);
    else this.to = Math.max(v, this.from);
    this.changed();
  }

  /** The day under the pointer. */
  private dayAt(e: PointerEvent) {
    const r = (e.currentTarget as SVGElement).getBoundingClientRect();
    const x = Math.max(0, Math.min(r.width - 1e-6, e.clientX - r.left));
    return Math.floor((x / r.width) * this.days);
  }

  /** The bar holding a day. */
  private binOf(day: number): Bin {
    const bs = bins(this.start || '1970-01-01', this.days, unitFor(this.days));
    return bs.find((b) => b.first <= day && day <= b.last) ?? { first: day, last: day };
  }

  private brushStart(e: PointerEvent) {
    (e.currentTarget as SVGElement).setPointerCapture(e.pointerId);
    this.brushAnchor = this.dayAt(e);
    this.brushMove(e);
  }

  private brushMove(e: PointerEvent) {
    if (this.brushAnchor === undefined) return;
    const a = this.binOf(this.brushAnchor);
    const b = this.binOf(this.dayAt(e));
    this.from = Math.min(a.first, b.first);
    this.to = Math.max(a.last, b.last);
  }

  private brushEnd() {
    if (this.brushAnchor === undefined) return;
    this.brushAnchor = undefined;
    this.changed();
  }

  /** Double click: the whole span again. */
  private reset() {
    this.from = 0;
    this.to = this.days - 1;
    this.changed();
  }

  /** Playback: slides the window by the step, waiting for the map to show each step, to the end; then stops. */
  private toggle() {
    if (this.playing) return this.stop();
    const width = this.to - this.from;
    if (this.to >= this.days - 1 || width >= this.days - 1) {
      // a window of one step (at least) from the start, or the same width again from the start
      this.from = 0;
      this.to = width >= this.days - 1 ? this.advance(0, this.step) - 1 : width;
      this.changed();
    }
    this.playing = true;
    this.waitingSince = performance.now();
    this.schedule();
  }

  private schedule() {
    this.timer = window.setTimeout(() => this.tick(), this.speed);
  }

  private tick() {
    if (!this.playing) return;
    const acknowledged = this.shownFrom === this.from && this.shownTo === this.to;
    if (!acknowledged && performance.now() - this.waitingSince < 5000) {
      // the map has not shown this step yet: look again soon
      this.timer = window.setTimeout(() => this.tick(), 50);
      return;
    }
    if (this.to >= this.days - 1) return this.stop();
    const width = this.to - this.from;
    this.from = Math.min(this.advance(this.from, this.step), this.days - 1);
    this.to = Math.min(this.from + width, this.days - 1);
    this.waitingSince = performance.now();
    this.changed();
    this.schedule();
  }

  /** The day index one step after {@code i}: a day, 7 days, or the same day of the next month. */
  private advance(i: number, unit: Unit) {
    if (unit === 'day') return i + 1;
    if (unit === 'week') return i + 7;
    const d = new Date(Date.parse((this.start || '1970-01-01') + 'T00:00:00Z') + i * DAY_MS);
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, Math.min(d.getUTCDate(), 28));
    return i + Math.round((next - d.getTime()) / DAY_MS);
  }

  private stop() {
    window.clearTimeout(this.timer);
    this.playing = false;
  }

  private changed() {
    this.dispatchEvent(new CustomEvent('range-changed', { detail: { from: this.from, to: this.to } }));
  }
}
