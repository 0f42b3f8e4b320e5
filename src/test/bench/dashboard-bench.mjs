// The dashboard on a large shared store (issue 20): time to the first map paint, then filter change, pan and zoom to
// the repainted map (median of 10 each), with the server's CPU per change. A benchmark, not a test: it prints figures.
//
//   npm install --prefix /tmp/h7-node puppeteer-core@23
//   java -jar target/geobrief.jar --spring.profiles.active=postgres --server.port=8007 ... &   (docs/storage.md)
//   NODE_PATH=/tmp/h7-node/node_modules node src/test/bench/dashboard-bench.mjs http://localhost:8007/ \
//       JAVA_PID [POSTGRES_BACKEND_PIDS,comma-separated] [screenshot.png]
//
// A change counts from the action (the filter's change event, OpenLayers' setCenter/setZoom) to the map's
// 'rendercomplete' after the server's setPins or setCells: pan and zoom include the map's moveend and, before the
// view was asked at the leading edge of its debounce, 300 ms of it.
// CPU: utime+stime of the JVM (and of the given PostgreSQL backends) from /proc, in seconds per change.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const [url = 'http://localhost:8007/', javaPid, pgPids = '', shot = 'target/dashboard-1m.png'] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 10);

const ticks = (pid) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(f[11]) + Number(f[12]); // utime, stime (fields 14, 15)
  } catch {
    return 0;
  }
};
const cpu = () => ({
  java: javaPid ? ticks(javaPid) / 100 : 0,
  pg: pgPids.split(',').filter(Boolean).reduce((s, p) => s + ticks(p), 0) / 100,
});
const rssMb = () => javaPid ? Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${javaPid}/status`, 'utf8'))[1]) / 1024 : 0;
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 900_000,
  // WebGL (the map's points) from SwiftShader, since the machine has no GPU; the 2D canvases (basemap, cells, labels)
  // in software as a browser without a GPU draws them: SwiftShader rasterising them cost 3-8 s per zoom (CANVAS=gpu)
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
    ...(process.env.CANVAS === 'gpu' ? [] : ['--disable-accelerated-2d-canvas'])],
  defaultViewport: { width: 1600, height: 1000 },
});
try {
  const page = await browser.newPage();
  const c0 = cpu();
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 300_000 });
  // pins or the database's grid cells (a view holding more events than the pin cap)
  await page.waitForFunction(() => (document.querySelector('geobrief-map')?.pinCount?.() ?? 0) > 0, {
    timeout: 300_000,
    polling: 20,
  });
  await page.evaluate(() => new Promise((r) => {
    const m = document.querySelector('geobrief-map').map;
    m.once('rendercomplete', r);
    m.render();
  }));
  const first = performance.now() - t0;
  const c1 = cpu();
  const count = () => page.evaluate(() => document.querySelector('#event-count')?.textContent);
  console.log(`first map paint: ${(first / 1000).toFixed(2)} s wall, JVM ${(c1.java - c0.java).toFixed(2)} CPU-s,`
    + ` PostgreSQL backends ${(c1.pg - c0.pg).toFixed(2)} CPU-s; count: ${await count()}`);
  await page.screenshot({ path: shot });

  await page.evaluate(() => {
    const el = document.querySelector('geobrief-map');
    window.pinsSet = 0;
    for (const name of ['setPins', 'setCells']) {
      const orig = el[name].bind(el);
      el[name] = (json) => {
        orig(json);
        window.pinsSet++;
      };
    }
  });
  const timed = async (action, i) => {
    const before = await page.evaluate(() => window.pinsSet);
    const c = cpu();
    const t = performance.now();
    await page.evaluate(action, i);
    await page.waitForFunction((b) => window.pinsSet > b, { polling: 10, timeout: 300_000 }, before);
    await page.evaluate(() => new Promise((r) => {
      const m = document.querySelector('geobrief-map').map;
      m.once('rendercomplete', r);
      m.render();
    }));
    const ms = performance.now() - t;
    await new Promise((r) => setTimeout(r, 200)); // the rest of the round trip (list, timeline)
    const d = cpu();
    return { ms, java: d.java - c.java, pg: d.pg - c.pg };
  };
  const series = async (name, action) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(action, i));
    console.log(`${name.padEnd(34)} median ${median(runs.map((r) => r.ms)).toFixed(0).padStart(6)} ms`
      + `  (min ${Math.min(...runs.map((r) => r.ms)).toFixed(0)}, max ${Math.max(...runs.map((r) => r.ms)).toFixed(0)})`
      + `  JVM ${median(runs.map((r) => r.java)).toFixed(2)} CPU-s, PostgreSQL ${median(runs.map((r) => r.pg)).toFixed(2)}`
      + ` CPU-s per change (median); count: ${await count()}`);
  };
  await series('filter (min. confidence)', (i) => {
    const f = [...document.querySelectorAll('vaadin-number-field')].find((x) => x.label === 'Min. confidence');
    f.value = String(((i % 5) + 1) / 10);
    f.dispatchEvent(new CustomEvent('change', { bubbles: true }));
  });
  await series('pan (setCenter ±3° of longitude)', (i) => {
    const v = document.querySelector('geobrief-map').map.getView();
    const c = v.getCenter();
    v.setCenter([c[0] + (i % 2 ? -1 : 1) * 333_000, c[1]]);
  });
  await series('zoom (setZoom ±1 from the fit)', (i) => {
    const v = document.querySelector('geobrief-map').map.getView();
    v.setZoom(v.getZoom() + (i % 2 ? -1 : 1));
  });
  await series('zoom in to 7 and back (Europe)', (i) => {
    const v = document.querySelector('geobrief-map').map.getView();
    if (i % 2 === 0) {
      v.setCenter([1_113_000, 5_900_000]);
      v.setZoom(7);
    } else v.setZoom(4);
  });
  const untick = await timed(() => document.querySelector('#in-view').click(), 0);
  console.log(`untick Only events in view: ${untick.ms.toFixed(0)} ms, JVM ${untick.java.toFixed(2)} CPU-s,`
    + ` PostgreSQL ${untick.pg.toFixed(2)} CPU-s; count: ${await count()}`);
  console.log(`JVM RSS at the end: ${rssMb().toFixed(0)} MB`);
} finally {
  await browser.close();
}
