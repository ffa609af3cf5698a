// npm run bench (after the CLI bench): the explorer's numbers, against the production build.
//  - initial JS, gzipped: the entry script and what it preloads (goal <= 200 KB)
//  - navigation -> graph drawn and interactive, for the seed data and for a synthetic story of
//    2,000 nodes + edges (scripts/synthetic-story.ts; goal <= 3x the seed)
//  - a click on a node -> details panel updated and painted, on the 2,000-element story (goal < 100 ms)
// Medians of BENCH_WEB_RUNS page loads (fresh browser context each, so nothing is cached).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticData } from '../dist/synthetic-story.mjs';
import { CHROMIUM, launchChromium, ROOT, serve } from './explorer-process.mjs';
import { queryPanelBytes, queryTimes } from './web-query.mjs';
import { researchTimes } from './web-research.mjs';

const DIST = join(ROOT, 'web-dist');
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const verdict = (ok, goal) => `(goal ${goal}: ${ok ? 'ok' : 'MISSED'})`;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('bench/web.mjs: web-dist/ is missing: run `npm run build:web` first');
  process.exit(1);
}

// 1. Initial JS: the module scripts of index.html and the modules they preload.
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
const gz = initial.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
console.log(
  `explorer initial JS (${initial.length} file${initial.length === 1 ? '' : 's'}), gzip   ${(gz / 1024).toFixed(1).padStart(8)} KB  ${verdict(gz <= 200 * 1024, '<= 200 KB')}`,
);

const qb = queryPanelBytes(DIST);
console.log(
  `explorer query panel, loaded when opened, gzip   ${((qb.js + qb.wasm) / 1024).toFixed(1).padStart(8)} KB  (JS ${(qb.js / 1024).toFixed(1)} KB + SPARQL engine WASM ${(qb.wasm / 1024).toFixed(1)} KB; not in the initial JS)`,
);

if (!existsSync(CHROMIUM)) {
  console.log(`explorer timings: skipped (${CHROMIUM} is not installed)`);
  process.exit(0);
}

/** ms from navigation start until the graph is drawn (two frames after ready) and takes input. */
async function loadTime(browser, url) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const ms = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
  return { ms, page, ctx };
}

/** ms from the pointer's release on a node to the details panel updated and painted. */
async function clickTime(page) {
  const target = await page.evaluate(() => {
    const { cy } = window.storygraph;
    const box = document.getElementById('cy').getBoundingClientRect();
    const sel = document.getElementById('details').getAttribute('data-selected');
    const visible = cy.nodes(':visible');
    // a node in view with no other node drawn over its centre
    const node = visible.filter((n) => {
      const p = n.renderedPosition();
      if (n.id() === sel || p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) return false;
      return visible.every((o) => {
        if (o === n) return true;
        const b = o.renderedBoundingBox({ includeLabels: false });
        return p.x < b.x1 - 2 || p.x > b.x2 + 2 || p.y < b.y1 - 2 || p.y > b.y2 + 2;
      });
    })[0];
    const p = node.renderedPosition();
    window.__bench = new Promise((resolve) => {
      let up = 0;
      document.getElementById('cy').addEventListener(
        'mouseup',
        (e) => {
          up = e.timeStamp;
        },
        { once: true, capture: true },
      );
      const obs = new MutationObserver(() => {
        if (document.getElementById('details').getAttribute('data-selected') !== node.id()) return;
        obs.disconnect();
        // after the next frame's rendering: a rAF, then a task queued from it
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now() - up);
          ch.port2.postMessage(0);
        });
      });
      obs.observe(document.getElementById('details'), { attributes: true });
      setTimeout(() => {
        obs.disconnect();
        resolve(`no selection of ${node.id()} (details show ${document.getElementById('details').getAttribute('data-selected')})`);
      }, 5000);
    });
    return { x: box.left + p.x, y: box.top + p.y, id: node.id() };
  });
  await page.mouse.click(target.x, target.y);
  const ms = await page.evaluate(() => window.__bench);
  if (typeof ms !== 'number') throw new Error(`bench/web.mjs: clicking ${target.id} at ${target.x},${target.y}: ${ms}`);
  return ms;
}

const browser = await launchChromium();
const tmp = mkdtempSync(join(tmpdir(), 'storygraph-bench-web-'));
const servers = [];
try {
  writeSyntheticData(tmp, 2000);
  const results = {};
  for (const [name, args] of [
    ['seed', []],
    ['synthetic 2,000', ['--data', tmp]],
  ]) {
    const server = await serve(args);
    servers.push(server);
    const loads = [];
    const clicks = [];
    const queries = [];
    const research = [];
    for (let i = 0; i < RUNS; i++) {
      const { ms, page, ctx } = await loadTime(browser, server.url);
      loads.push(ms);
      for (let k = 0; k < 3; k++) clicks.push(await clickTime(page));
      research.push(await researchTimes(page));
      queries.push(await queryTimes(page)); // a fresh context each run: the engine is not cached
      await ctx.close();
    }
    results[name] = {
      load: median(loads),
      click: median(clicks),
      queryOpen: median(queries.map((q) => q.open)),
      queryRun: median(queries.map((q) => q.run)),
      ...Object.fromEntries(['focus', 'depth3', 'path'].map((k) => [k, median(research.map((r) => r[k]))])),
    };
  }
  const seed = results.seed;
  const big = results['synthetic 2,000'];
  const ratio = big.load / seed.load;
  console.log(`explorer load -> drawn, seed story               ${seed.load.toFixed(0).padStart(8)} ms`);
  console.log(
    `explorer load -> drawn, synthetic 2,000 elements  ${big.load.toFixed(0).padStart(8)} ms  ${ratio.toFixed(2)}x seed ${verdict(ratio <= 3, '<= 3x')}`,
  );
  console.log(`explorer click node -> details, seed story         ${seed.click.toFixed(1).padStart(8)} ms`);
  console.log(`explorer click node -> details, 2,000 elements     ${big.click.toFixed(1).padStart(8)} ms  ${verdict(big.click < 100, '< 100 ms')}`);
  for (const [k, what] of [
    ['focus', 'click Focus -> drawn (depth 1)'],
    ['depth3', 'focus depth 3 -> drawn       '],
    ['path', 'click Path to -> path drawn  '],
  ]) {
    console.log(
      `explorer ${what}, seed ${seed[k].toFixed(1).padStart(7)} ms; 2,000 elements ${big[k].toFixed(1).padStart(7)} ms  ${verdict(big[k] < 100, '< 100 ms')}`,
    );
  }
  console.log(
    `explorer open Query panel (first: WASM + RDF load) -> ready, seed ${seed.queryOpen.toFixed(0).padStart(6)} ms; 2,000 elements ${big.queryOpen.toFixed(0).padStart(6)} ms`,
  );
  console.log(
    `explorer catalog query (who-said-what) -> rows drawn, seed ${seed.queryRun.toFixed(1).padStart(6)} ms; 2,000 elements ${big.queryRun.toFixed(1).padStart(6)} ms`,
  );
} finally {
  await browser.close();
  for (const s of servers) await s.stop();
  rmSync(tmp, { recursive: true, force: true });
}
