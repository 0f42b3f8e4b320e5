// 20 concurrent browser sessions filtering the dashboard of one server, in headless Chromium (issue 19).
// A benchmark, not a test: it prints figures and fails on nothing; `verify` does not run it.
//
//   npm install --prefix /tmp/geobrief-bench puppeteer-core@23.11.1
//   java -Xmx1g -jar target/geobrief.jar --server.port=8006 --geobrief.data-dir=/tmp/bench-data \
//        '--geobrief.users[0].name=vera' '--geobrief.users[0].role=viewer' \
//        "--geobrief.users[0].password-hash=$(echo viewer-password | java -jar target/geobrief.jar hash-password)" &
//   SERVER_PID=$! USER=vera PASSWORD=viewer-password NODE_PATH=/tmp/geobrief-bench/node_modules \
//        node src/test/bench/sessions-bench.mjs http://localhost:8006/ 20 10
//
// Each session is its own browser context (its own cookies, so its own sign-in and Vaadin session). All sessions
// sign in and open the map first; then all of them at once change the dashboard's "Min. confidence" filter ROUNDS
// times each, 100-400 ms apart. Filter-to-response is from the change in the page to the server's answer applied in
// the page (its new address), measured in the page, so it includes the browser's own work on the shared cores.
// With SERVER_PID it also reports the server's CPU seconds over the filtering phase and its RSS (now, peak) from /proc.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const url = process.argv[2] ?? 'http://localhost:8006/';
const sessions = Number(process.argv[3] ?? 20);
const rounds = Number(process.argv[4] ?? 10);
const { USER: user, PASSWORD: password, SERVER_PID: pid } = process.env;

const ticks = 100; // USER_HZ
function serverCpuSeconds() {
  if (!pid) return NaN;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / ticks; // utime + stime
}
function serverRssMb() {
  if (!pid) return { rss: NaN, hwm: NaN };
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)[1]);
  return { rss: Math.round(kb('VmRSS') / 1024), hwm: Math.round(kb('VmHWM') / 1024) };
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 900_000,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  defaultViewport: { width: 1280, height: 800 },
});

async function open(i) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  if (user) {
    await page.goto(new URL('login', url).href, { waitUntil: 'networkidle0' });
    await page.waitForSelector('vaadin-login-form input[name="username"]');
    await page.type('vaadin-login-form input[name="username"]', user);
    await page.type('vaadin-login-form input[name="password"]', password);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  } else {
    await page.goto(url, { waitUntil: 'networkidle0' });
  }
  await page.waitForSelector('geobrief-map', { timeout: 600_000 });
  await page.waitForFunction(() => /\d/.test(document.querySelector('#event-count')?.textContent ?? ''));
  return page;
}

/**
 * One filter change: the min-confidence field set as a user's typing would, until the server's answer is applied in
 * the page (the answer puts the new filter into the address with history.replaceState, so the address changes).
 */
async function filter(page, value) {
  return page.evaluate(async (v) => {
    const field = [...document.querySelectorAll('vaadin-number-field')].find((f) => f.label === 'Min. confidence');
    const before = location.href;
    const t0 = performance.now();
    field.value = String(v);
    field.dispatchEvent(new Event('change', { bubbles: true }));
    while (location.href === before) {
      if (performance.now() - t0 > 120_000) return NaN; // counted as lost
      await new Promise((r) => setTimeout(r, 2));
    }
    return performance.now() - t0;
  }, value);
}

try {
  console.log(`headless Chromium ${await browser.version()}; ${sessions} sessions x ${rounds} filter changes; ${url}${user ? ` as ${user}` : ''}`);
  let t = performance.now();
  const pages = [];
  for (let i = 0; i < sessions; i += 5) { // signed in five at a time, as a room of people would start
    pages.push(...(await Promise.all(Array.from({ length: Math.min(5, sessions - i) }, (_, k) => open(i + k)))));
  }
  console.log(`opened ${pages.length} sessions in ${((performance.now() - t) / 1000).toFixed(1)} s; server RSS ${JSON.stringify(serverRssMb())} MB`);

  const cpu0 = serverCpuSeconds();
  t = performance.now();
  const values = [0.5, 0.1, 0.8, 0.2, 0.9, 0.3, 0.6, 0.4, 0.7]; // never the opening 0: each change is one
  const times = (await Promise.all(pages.map(async (page, s) => {
    const mine = [];
    for (let r = 0; r < rounds; r++) {
      await new Promise((res) => setTimeout(res, 100 + ((s * 37 + r * 91) % 300)));
      mine.push(await filter(page, values[(s + r) % values.length]));
    }
    return mine;
  }))).flat();
  const lost = times.filter(Number.isNaN).length;
  times.splice(0, times.length, ...times.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b));
  const wall = (performance.now() - t) / 1000;
  const cpu = serverCpuSeconds() - cpu0;
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  const rss = serverRssMb();
  console.log(`filter changes\t${times.length} answered, ${lost} not within 120 s, in ${wall.toFixed(1)} s`);
  console.log(`filter-to-response ms\tmedian ${q(0.5).toFixed(0)}\tp95 ${q(0.95).toFixed(0)}\tmax ${times[times.length - 1].toFixed(0)}`);
  console.log(`server CPU s\t${cpu.toFixed(1)} (${(cpu / times.length * 1000).toFixed(0)} ms per filter change)`);
  console.log(`server RSS MB\tnow ${rss.rss}\tpeak ${rss.hwm}`);
} finally {
  await browser.close();
}
