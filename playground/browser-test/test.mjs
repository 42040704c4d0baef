#!/usr/bin/env node
// End-to-end test of the cir playground page in a real headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core) against the real cir-playground server.
//
//   node test.mjs [SERVER_BINARY]
//
// SERVER_BINARY (or $CIR_PLAYGROUND_BIN) defaults to target/release/cir-playground at the top of
// the repository; this script builds nothing. The server is started with `--port 0` and its
// address read from the line it prints. Screenshots go to target/playground-artifacts/.
// Exits 0 when every step passed, 1 otherwise (with the reason), and always stops the server and
// the browser. $CHROMIUM overrides the browser binary.

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const SERVER = path.resolve(process.argv[2] || process.env.CIR_PLAYGROUND_BIN || path.join(ROOT, 'target', 'release', 'cir-playground'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'target', 'playground-artifacts');
const TOTAL_LIMIT_MS = 115_000;
const WAIT_MS = 30_000; // any single wait for the page or the server

// Without the background-networking flags this machine's closed network refuses Chromium's own
// connections (updates, field trials); the sandbox needs user namespaces a container may lack.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const started = Date.now();
const results = [];
const artifacts = [];
let server = null;
let serverLog = '';
let browser = null;

function rel(p) { return path.relative(ROOT, p) || p; } // paths as seen from the repository's top
function secs(ms) { return (ms / 1000).toFixed(1) + ' s'; }

class Failure extends Error {}

function check(cond, message) {
  if (!cond) throw new Failure(message);
}

async function cleanup() {
  if (browser) {
    const b = browser;
    browser = null;
    await Promise.race([b.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  }
  if (server && server.exitCode === null && server.signalCode === null) {
    const s = server;
    s.kill('SIGTERM');
    const exited = await Promise.race([
      new Promise((r) => s.once('exit', () => r(true))),
      new Promise((r) => setTimeout(() => r(false), 3000)),
    ]);
    if (!exited) s.kill('SIGKILL');
  }
}

async function abort(message) {
  console.log(`\nFAIL: ${message}`);
  if (serverLog.trim()) console.log(`server output (last lines):\n${serverLog.split('\n').slice(-30).join('\n')}`);
  await cleanup();
  process.exit(1);
}

const watchdog = setTimeout(() => {
  abort(`the test did not finish within ${secs(TOTAL_LIMIT_MS)}`);
}, TOTAL_LIMIT_MS);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => abort(`stopped by ${sig}`));

function startServer() {
  return new Promise((resolve, reject) => {
    if (!fs.existsSync(SERVER)) {
      reject(new Failure(`no server binary at ${SERVER}; build it with \`cargo build --release -p cir-playground\` (and \`cargo build --release --bin cir\`) or pass its path`));
      return;
    }
    server = spawn(SERVER, ['--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Failure(`the server printed no "listening on" line within ${secs(WAIT_MS)}`)), WAIT_MS);
    const keep = (chunk) => {
      serverLog += chunk;
      if (serverLog.length > 100_000) serverLog = serverLog.slice(-50_000);
    };
    server.stdout.setEncoding('utf8');
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', keep);
    server.stdout.on('data', (chunk) => {
      keep(chunk);
      out += chunk;
      const m = /listening on (http:\/\/[^\s/]+\/?)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].endsWith('/') ? m[1] : m[1] + '/');
      }
    });
    server.on('error', (err) => { clearTimeout(timer); reject(new Failure(`could not start ${SERVER}: ${err.message}`)); });
    server.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Failure(`the server exited before listening (${signal || 'status ' + code})`));
    });
  });
}

async function getJson(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(WAIT_MS) });
  check(res.ok, `GET ${url}: HTTP ${res.status}`);
  return res.json();
}

// Watches a page for script errors, CSP violations and requests to other origins.
function watch(page, base, problems) {
  page.on('pageerror', (err) => problems.push(`script error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) {
      problems.push(`CSP violation: ${msg.text()}`);
    }
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
}

async function ready(page) {
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: WAIT_MS });
}

async function screenshot(page, name, fullPage = false) {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage, timeout: WAIT_MS });
  artifacts.push(file);
  return file;
}

async function step(name, fn, page) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - t0 });
    console.log(`PASS  ${name} (${secs(Date.now() - t0)})`);
  } catch (err) {
    results.push({ name, ok: false, ms: Date.now() - t0 });
    const msg = err instanceof Failure ? err.message : (err && err.stack) || String(err);
    console.log(`FAIL  ${name} (${secs(Date.now() - t0)})\n      ${msg.split('\n').slice(0, 12).join('\n      ')}`);
    const p = typeof page === 'function' ? page() : page;
    if (p && !p.isClosed()) {
      const file = `failed-${results.length}.png`;
      await screenshot(p, file, true).catch(() => {});
      const status = await p.textContent('#status', { timeout: 2000 }).catch(() => null);
      if (status !== null) console.log(`      status bar: ${status.trim()}`);
    }
  }
}

// The example's source as the editor holds it, after picking the example in #example.
async function pickExample(page, example) {
  await page.selectOption('#example', example.id, { timeout: WAIT_MS });
  const value = await page.inputValue('#editor');
  check(value === example.source, `picking "${example.id}" did not put its source in #editor`);
  for (const lib of example.libs || []) {
    check(await page.isChecked(`#lib-${lib}`), `picking "${example.id}" did not check its library ${lib}`);
  }
}

async function main() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (f.endsWith('.png')) fs.rmSync(path.join(ARTIFACTS, f));

  console.log('cir playground browser test');
  const base = await startServer().catch((err) => abort(err.message));
  console.log(`server:  ${rel(SERVER)} at ${base}`);

  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: WAIT_MS })
    .catch((err) => abort(`could not launch ${CHROMIUM}: ${err.message.split('\n')[0]} (apt-get install -y chromium)`));
  console.log(`browser: Chromium ${browser.version()} (${CHROMIUM})`);

  const config = await getJson(base + 'api/config').catch((err) => abort(`GET /api/config: ${err.message}`));
  const { examples } = await getJson(base + 'api/examples').catch((err) => abort(`GET /api/examples: ${err.message}`));
  const example = (id) => {
    const ex = (examples || []).find((e) => e.id === id);
    check(ex, `GET /api/examples has no "${id}" example`);
    return ex;
  };
  console.log('');

  const problems = [];
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  desktop.setDefaultTimeout(WAIT_MS);
  await desktop.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
  const page = await desktop.newPage();
  watch(page, base, problems);

  await step('1. fib: pick the example, Compile, the rendered C holds 6765', async () => {
    const fib = example('fib');
    const res = await page.goto(base, { waitUntil: 'load', timeout: WAIT_MS });
    check(res && res.ok(), `GET / answered HTTP ${res && res.status()}`);
    const csp = res.headers()['content-security-policy'] || '';
    check(/default-src 'self'/.test(csp), `GET / has no "Content-Security-Policy: default-src 'self'" header (got "${csp}"), so the page is not checked against it`);
    await ready(page);
    await pickExample(page, fib);
    const atCall = /@\s*[A-Za-z_]\w*/.exec(fib.source);
    if (atCall) {
      const hl = await page.locator('#editor-view .hl .t-at').allTextContents();
      check(hl.includes(atCall[0]), `the editor does not highlight ${atCall[0]} as an @ call (got ${JSON.stringify(hl.slice(0, 5))})`);
    }
    await page.click('#compile');
    await page.waitForFunction(() => document.querySelector('#output-c').textContent.includes('6765'), null, { timeout: WAIT_MS })
      .catch(async () => { throw new Failure(`#output-c never showed 6765; it holds: ${JSON.stringify((await page.textContent('#output-c')).slice(0, 400))}`); });
    check(await page.isVisible('#output-c'), '#output-c holds the C but is not visible');
    const nums = await page.locator('#output-c .t-num').allTextContents();
    check(nums.includes('6765'), `6765 in #output-c is not highlighted as a number (numbers: ${JSON.stringify(nums.slice(0, 10))})`);
    const gutter = await page.textContent('#output-c .gutter');
    const lines = (await page.textContent('#output-c .hl')).replace(/\n$/, '').split('\n').length;
    check(gutter.trim().split('\n').length === lines, `#output-c shows ${lines} lines but ${gutter.trim().split('\n').length} line numbers`);
    check(/\bok\b/.test(await page.getAttribute('#status', 'class')), `the status bar does not say ok: ${await page.textContent('#status')}`);
    await screenshot(page, 'desktop-fib.png');
  }, page);

  await step('2. error: Ctrl+Enter compiles, the coloured diagnostic names the line and links to it', async () => {
    const err = example('error');
    await pickExample(page, err);
    await page.focus('#editor');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => {
      const d = document.querySelector('#diagnostics');
      return d.textContent.trim() !== '' && document.querySelector('#status').className.includes('error');
    }, null, { timeout: WAIT_MS }).catch(async () => {
      throw new Failure(`no error diagnostic appeared; #diagnostics: ${JSON.stringify(await page.textContent('#diagnostics'))}`);
    });
    check(await page.isVisible('#diagnostics'), 'the Diagnostics pane is not shown after a failed compilation');
    const text = await page.textContent('#diagnostics');
    const m = /undeclared identifier\W+([A-Za-z_]\w*)/.exec(text);
    check(m, `the diagnostics do not name an undeclared identifier:\n${text}`);
    const lines = err.source.split('\n');
    const at = lines.findIndex((l) => new RegExp(`\\b${m[1]}\\b`).test(l.replace(/\/\/.*|\/\*.*?\*\//g, '')));
    check(at >= 0, `"${m[1]}" is not in the example's source`);
    check(text.includes(`:${at + 1}:`), `the diagnostics do not point at line ${at + 1} (":${at + 1}:"), where ${m[1]} is:\n${text}`);
    const coloured = await page.evaluate(() => {
      const d = document.querySelector('#diagnostics');
      const plain = getComputedStyle(d).color;
      const spans = [...d.querySelectorAll('span[class*="ansi-"]')];
      const colouredSpans = spans.filter((s) => getComputedStyle(s).color !== plain);
      return { spans: spans.length, coloured: colouredSpans.length, classes: [...new Set(spans.flatMap((s) => [...s.classList]))] };
    });
    check(coloured.spans > 0, 'the diagnostics have no span with an ansi-* class');
    check(coloured.coloured > 0, `no ansi-* span in the diagnostics is shown in a colour of its own (classes: ${coloured.classes.join(' ')})`);
    // the location in the diagnostic is a link to the line in the editor
    const link = page.locator('#diagnostics button.loc', { hasText: `:${at + 1}:` }).first();
    check(await link.count() === 1, `the location ":${at + 1}:" in the diagnostics is not a link to the editor`);
    await link.click();
    const caret = await page.evaluate(() => {
      const ta = document.querySelector('#editor');
      return { focused: document.activeElement === ta, line: ta.value.slice(0, ta.selectionStart).split('\n').length };
    });
    check(caret.focused && caret.line === at + 1, `clicking the location in the diagnostic did not put the editor's caret on line ${at + 1} (${JSON.stringify(caret)})`);
    const stale = await page.textContent('#output-c');
    check(!(await page.isVisible('#output-c')) && !stale.includes('6765'), '#output-c still shows the previous program after a failed compilation');
  }, page);

  await step('3. hello_run: Run shows the program output and exit status 0', async () => {
    const hello = example('hello_run');
    await pickExample(page, hello);
    const answer = page.waitForResponse((r) => r.url() === base + 'api/run' && r.request().method() === 'POST', { timeout: 60_000 });
    await page.click('#run');
    const res = await answer;
    check(res.ok(), `POST /api/run answered HTTP ${res.status()}: ${(await res.text()).slice(0, 300)}`);
    const data = await res.json();
    check(data.run, `the server did not run the program: ${JSON.stringify(data.compile && data.compile.message)}`);
    await page.waitForSelector('#run-exit', { state: 'visible', timeout: WAIT_MS });
    const exit = (await page.textContent('#run-exit')).trim();
    check(/^Exit status: 0$/.test(exit), `#run-exit says "${exit}", not "Exit status: 0" (server: exit_code ${data.run.exit_code}, ${data.run.message})`);
    const stdout = await page.textContent('#run-stdout');
    check(stdout.trim() !== '', 'the program printed nothing on stdout');
    check(stdout === data.run.stdout, `#run-stdout shows ${JSON.stringify(stdout)}, the server sent ${JSON.stringify(data.run.stdout)}`);
    // what the program prints comes from its source: the first string literal it prints
    const lit = /(?:puts|printf)\s*\(\s*"([^"%\\]+)/.exec(hello.source);
    if (lit) check(stdout.includes(lit[1]), `stdout ${JSON.stringify(stdout)} does not contain "${lit[1]}" printed by the program`);
    check(await page.isVisible('#run-output'), 'the program output pane is not shown after Run');
    check(/\bok\b/.test(await page.getAttribute('#status', 'class')), `the status bar does not say ok: ${await page.textContent('#status')}`);
  }, page);

  await step('4. share: the link restores the source and libraries in a fresh browser', async () => {
    await pickExample(page, example('fib'));
    // type an edit (also exercises the editor's keys) with text outside ASCII
    await page.focus('#editor');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n/* shared: ünïcödé ✓ → €, "quotes" & <tags> */\n');
    const source = await page.inputValue('#editor');
    check(source.includes('ünïcödé ✓'), 'typing into #editor did not change its text');
    const overlay = await page.textContent('#editor-view .hl');
    check(overlay === source + '\n', 'the highlighted text under #editor differs from the text typed into it');
    const lib = (config.libs || [])[0];
    if (lib) await page.check(`#lib-${lib.id}`);
    await page.click('#share');
    await page.waitForFunction(() => /^#(src|z)=/.test(location.hash), null, { timeout: WAIT_MS });
    const url = page.url();
    const copied = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => `(clipboard unreadable: ${e.message})`);
    check(copied === url, `the clipboard holds ${JSON.stringify(copied.slice(0, 200))}, not the link`);
    // a new browser context: nothing in localStorage, so only the link can bring the source back
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const p2 = await fresh.newPage();
      watch(p2, base, problems);
      await p2.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
      await ready(p2);
      const restored = await p2.inputValue('#editor');
      check(restored === source, `the shared link restored ${JSON.stringify(restored.slice(0, 200))}…, not the source shared`);
      if (lib) check(await p2.isChecked(`#lib-${lib.id}`), `the shared link did not restore library ${lib.id}`);
      check(await p2.textContent('#editor-view .hl') === source + '\n', 'the restored editor is not highlighted in sync');
    } finally {
      await fresh.close();
    }
    if (lib) await page.uncheck(`#lib-${lib.id}`);
  }, page);

  await step('5. a refused request (source over the limit) shows the server\'s message in the status bar', async () => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KiB|MiB)\b/.exec(String((config.limits || {}).source || ''));
    check(m, `/api/config has no readable source size limit (limits.source: ${JSON.stringify((config.limits || {}).source)})`);
    const limit = Math.round(parseFloat(m[1]) * { B: 1, KiB: 1024, MiB: 1024 * 1024 }[m[2]]);
    await page.evaluate((n) => {
      const ta = document.querySelector('#editor');
      ta.value = `/* ${'x'.repeat(n)} */\nint main(void) { return 0; }\n`;
      ta.dispatchEvent(new Event('input'));
    }, limit + 1024);
    const answer = page.waitForResponse((r) => r.url() === base + 'api/compile', { timeout: WAIT_MS });
    await page.click('#compile');
    const res = await answer;
    check(res.status() === 413 || res.status() === 400, `a source over ${m[0]} answered HTTP ${res.status()}, not 413 or 400`);
    const body = await res.json();
    await page.waitForFunction(() => document.querySelector('#status').className.includes('fail'), null, { timeout: WAIT_MS });
    const status = await page.textContent('#status');
    check(body.message && status.includes(body.message), `the status bar says ${JSON.stringify(status)}, not the server's message ${JSON.stringify(body.message)}`);
    check(await page.isEnabled('#compile'), 'Compile stays disabled after a refused request');
  }, page);

  let phonePage = null;
  await step('6. phone (390x844 and 360x740): no horizontal scroll, buttons visible, compiles', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    phone.setDefaultTimeout(WAIT_MS);
    phonePage = await phone.newPage();
    watch(phonePage, base, problems);
    await phonePage.goto(base, { waitUntil: 'load', timeout: WAIT_MS });
    await ready(phonePage);
    await pickExample(phonePage, example('fib'));
    await phonePage.tap('#compile');
    await phonePage.waitForFunction(() => document.querySelector('#output-c').textContent.includes('6765'), null, { timeout: WAIT_MS });
    for (const [w, h] of [[390, 844], [360, 740]]) {
      await phonePage.setViewportSize({ width: w, height: h });
      const m = await phonePage.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: innerWidth }));
      check(m.sw <= m.iw, `at ${w}px the page scrolls sideways: scrollWidth ${m.sw} > innerWidth ${m.iw}`);
      for (const id of ['#compile', '#run', '#share', '#example', '#editor']) {
        check(await phonePage.isVisible(id), `at ${w}px ${id} is not visible`);
        const box = await phonePage.locator(id).boundingBox();
        check(box && box.width > 0 && box.x >= 0 && (id === '#editor' || box.x + box.width <= w + 0.5),
          `at ${w}px ${id} is outside the screen: ${JSON.stringify(box)}`);
      }
    }
    await phonePage.setViewportSize({ width: 390, height: 844 });
    await screenshot(phonePage, 'phone.png', true);
  }, () => phonePage);

  await step('7. no script errors, CSP violations or requests elsewhere on any page', async () => {
    const distinct = [...new Set(problems)];
    check(distinct.length === 0, distinct.slice(0, 10).join('\n'));
  });

  clearTimeout(watchdog);
  await cleanup();
  const failed = results.filter((r) => !r.ok);
  console.log('\nartifacts:');
  for (const a of artifacts) console.log(`  ${rel(a)}`);
  const total = secs(Date.now() - started);
  if (failed.length) {
    console.log(`\nFAIL: ${failed.length} of ${results.length} steps failed (${total}): ${failed.map((r) => r.name.split('.')[0]).join(', ')}`);
    if (serverLog.trim()) console.log(`server output (last lines):\n${serverLog.split('\n').slice(-20).join('\n')}`);
    process.exit(1);
  }
  console.log(`\nPASS: all ${results.length} steps in ${total}`);
}

main().catch((err) => abort(err instanceof Failure ? err.message : (err && err.stack) || String(err)));
