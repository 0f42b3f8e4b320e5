// Filter-to-paint of the events map with 1,000, 10,000 and 100,000 synthetic events, in headless Chromium.
// A benchmark, not a test: it prints figures and fails on nothing.
//
//   npm install --prefix /tmp/geobrief-bench puppeteer-core@23
//   java -jar target/geobrief.jar --server.port=8008 --geobrief.data-dir=/tmp/bench-data &
//   NODE_PATH=/tmp/geobrief-bench/node_modules node src/test/bench/map-filter-bench.mjs http://localhost:8008/
//
// For each size it hands the page's <geobrief-map> synthetic events over 15 months and 20 types (as the server's
// setPins does), then times filter changes as the server sends them (setFilter with its JSON), median of 15:
// - date window (the timeline's brush and playback) and types: from the filter's arrival to the end of the frame drawn
//   with it (renderSync; WebGL: the filter evaluated over typed arrays, one byte per point uploaded, one draw call;
//   canvas: re-clustering);
// - a mask of the other filters (place, source, confidence), which the server sends as bits: the same path, timed to
//   the map's next 'rendercomplete' (every layer drawn, the basemap included).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const url = process.argv[2] ?? 'http://localhost:8008/';
const sizes = (process.argv[3] ?? '1000,10000,100000').split(',').map(Number);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 900_000,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  defaultViewport: { width: 1600, height: 1000 },
});
try {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('geobrief-map')?.setFilter, { timeout: 120_000 });
  const gl = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'));
  console.log(`headless Chromium ${await browser.version()}, WebGL ${gl ? 'available (software, SwiftShader)' : 'unavailable'}`);
  console.log('events\tdrawn as\tsetPins ms\tdate window ms\ttypes ms\tmask ms (to rendercomplete)');
  for (const n of sizes) {
    const r = await page.evaluate(async (n) => {
      const el = document.querySelector('geobrief-map');
      const map = el.map;
      let seed = 42;
      const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const day0 = 19358; // 2023-01-01
      const pins = [];
      for (let i = 0; i < n; i++) {
        pins.push([`s${i}`, 20 + rnd() * 100, 5 + rnd() * 55, i % 20, 1 + Math.floor(rnd() * 4), day0 + Math.floor(rnd() * 456), '']);
      }
      const json = JSON.stringify(pins);
      let t = performance.now();
      el.setPins(json);
      map.renderSync();
      const setPinsMs = performance.now() - t;
      await new Promise((r) => { map.once('rendercomplete', r); map.render(); });
      const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
      const painted = async (filter, untilComplete) => {
        const times = [];
        for (let i = 0; i < 15; i++) {
          const f = JSON.stringify(filter(i));
          const s = performance.now();
          el.setFilter(f);
          if (untilComplete) await new Promise((r) => { map.once('rendercomplete', r); map.render(); });
          else map.renderSync();
          times.push(performance.now() - s);
          if (!untilComplete) await new Promise((r) => setTimeout(r, 20));
        }
        return median(times);
      };
      const maskOf = (k) => {
        const bytes = new Uint8Array(Math.ceil(n / 8));
        for (let i = 0; i < n; i++) if ((i + k) % 3 !== 0) bytes[i >> 3] |= 1 << (i & 7);
        let s = '';
        for (const b of bytes) s += String.fromCharCode(b);
        return btoa(s);
      };
      const dateMs = await painted((i) => ({ from: day0 + i * 20, to: day0 + i * 20 + 30 }), false);
      const typeMs = await painted((i) => ({ types: [i % 20, (i + 7) % 20] }), false);
      const maskMs = await painted((i) => ({ mask: maskOf(i) }), true);
      el.setFilter('{}');
      return { n, webgl: el.isWebGl(), setPinsMs, dateMs, typeMs, maskMs };
    }, n);
    console.log(`${r.n}\t${r.webgl ? 'WebGL points' : 'canvas clusters'}\t${r.setPinsMs.toFixed(0)}\t`
      + `${r.dateMs.toFixed(1)}\t${r.typeMs.toFixed(1)}\t${r.maskMs.toFixed(1)}`);
  }
} finally {
  await browser.close();
}
