// A timeline histogram of events per day with a two-thumb range slider and playback. Fires range-changed with
// the chosen day indices; the Java side (map.ui.TimelineSlider) turns them into dates.
import { LitElement, html, css, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('geobrief-timeline')
export class GeobriefTimeline extends LitElement {
  static styles = css`
    :host { display: block; font: 12px sans-serif; }
    .row { display: flex; align-items: center; gap: 6px; }
    .track { position: relative; flex: 1; height: 56px; }
    .dates { display: flex; justify-content: space-between; color: #666; margin-left: 34px; }
    svg { position: absolute; left: 0; top: 0; width: 100%; height: 40px; }
    input[type='range'] { position: absolute; left: 0; bottom: 0; width: 100%; margin: 0; pointer-events: none;
      background: none; -webkit-appearance: none; appearance: none; height: 16px; }
    input[type='range']::-webkit-slider-thumb { pointer-events: auto; -webkit-appearance: none; width: 12px;
      height: 16px; border-radius: 3px; background: #1a5fb4; cursor: pointer; }
    input[type='range']::-moz-range-thumb { pointer-events: auto; width: 12px; height: 16px; background: #1a5fb4; }
    button { border: 1px solid #aaa; background: #fff; border-radius: 4px; cursor: pointer; min-width: 28px; }
  `;

  /** Events per day, from the first day on. */
  @property({ type: Array }) counts: number[] = [];
  /** First and last chosen day, as indices into counts (inclusive). */
  @property({ type: Number }) from = 0;
  @property({ type: Number }) to = 0;
  @property({ type: Boolean }) playing = false;
  /** The day of counts[0], ISO yyyy-mm-dd. */
  @property() start = '';

  private timer?: number;

  render() {
    const n = Math.max(this.counts.length, 1);
    const max = Math.max(1, ...this.counts);
    const w = 100 / n;
    return html`<div class="row">
      <button title=${this.playing ? 'Pause' : 'Play'} @click=${this.toggle}>${this.playing ? '❚❚' : '▶'}</button>
      <div class="track">
        <svg viewBox="0 0 100 40" preserveAspectRatio="none">
          ${this.counts.map((c, i) => {
            const h = (38 * c) / max;
            const inRange = i >= this.from && i <= this.to;
            return svg`<rect x=${i * w + w * 0.1} y=${40 - h} width=${w * 0.8} height=${h}
              fill=${inRange ? '#1a5fb4' : '#c0c0c0'}></rect>`;
          })}
        </svg>
        <input type="range" min="0" max=${n - 1} .value=${String(this.from)} aria-label="From"
          @input=${(e: Event) => this.move('from', e)} />
        <input type="range" min="0" max=${n - 1} .value=${String(this.to)} aria-label="To"
          @input=${(e: Event) => this.move('to', e)} />
      </div>
    </div>
    <div class="dates"><span>${this.day(0)}</span><b>${this.day(this.from)} – ${this.day(this.to)}</b>
      <span>${this.day(n - 1)}</span></div>`;
  }

  private day(i: number) {
    if (!this.start) return '';
    const d = new Date(this.start + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
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

  /** Playback: slides the chosen window one day at a time to the end, then stops. */
  private toggle() {
    if (this.playing) return this.stop();
    if (this.to >= this.counts.length - 1) {
      this.to -= this.from;
      this.from = 0;
    }
    this.playing = true;
    this.timer = window.setInterval(() => {
      if (this.to >= this.counts.length - 1) return this.stop();
      this.from++;
      this.to++;
      this.changed();
    }, 800);
  }

  private stop() {
    window.clearInterval(this.timer);
    this.playing = false;
  }

  private changed() {
    this.dispatchEvent(new CustomEvent('range-changed', { detail: { from: this.from, to: this.to } }));
  }
}
