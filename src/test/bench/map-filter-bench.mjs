// Filter-to-paint of the events map with 10,000 and 100,000 synthetic events, in headless Chromium.
// A benchmark, not a test: it prints figures and fails on nothing.
//
//   npm install --prefix /tmp/geobrief-bench puppeteer-core@23
//   java -jar target/geobrief.jar --server.port=8008 --geobrief.data-dir=/tmp/bench-data &
//   NODE_PATH=/tmp/geobrief-bench/node_modules node src/test/bench/map-filter-bench.mjs http://localhost:8008/
//
// For each size it loads the events into the page's <geobrief-map> (as the server's setPins does), then times, from
// the filter's arrival to the end of the next frame drawn with it (median of 15): moving the date window (the
// timeline's brush and playback), changing the types, and a mask of the other filters (place, source, confidence).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const url = process.argv[2] ?? 'http://localhost:8008/';
const sizes = (process.argv[3] ?? '1000,10000,100000').split(',').map(Number);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--window-size=1600,1000', '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader'],
  defaultViewport: { width: 1600, height: 1000 },
});
try {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('geobrief-map')?.benchFilter, { timeout: 120_000 });
  const gl = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'));
  console.log(`headless Chromium ${await browser.version()}, WebGL ${gl ? 'available (software, SwiftShader)' : 'unavailable'}`);
  console.log('events\tdrawn as\tload ms\tdate window ms\ttypes ms\tmask ms');
  for (const n of sizes) {
    const r = await page.evaluate((n) => document.querySelector('geobrief-map').benchFilter(n, 15), n);
    console.log(`${r.events}\t${r.webgl ? 'WebGL points' : 'canvas clusters'}\t${r.loadMs.toFixed(0)}\t`
      + `${r.dateMs.toFixed(1)}\t${r.typeMs.toFixed(1)}\t${r.maskMs.toFixed(1)}`);
  }
} finally {
  await browser.close();
}
