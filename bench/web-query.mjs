// bench/web.mjs's cases for the query panel (issue 5): the first opening of the panel in a fresh
// browser context (nothing cached: the SPARQL engine's WebAssembly and the graph's N-Triples are
// fetched, compiled and loaded), and a catalog query run to its rows drawn. Also the panel's
// lazily loaded bytes (gzip), which the initial JS does not include.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The query panel's own chunks, gzipped: its JS and the engine's WebAssembly. */
export function queryPanelBytes(dist) {
  const assets = readdirSync(join(dist, 'assets'));
  const gz = (re) => assets.filter((f) => re.test(f)).reduce((s, f) => s + gzipSync(readFileSync(join(dist, 'assets', f)), { level: 9 }).length, 0);
  return { js: gz(/^query-view-.*\.js$/), wasm: gz(/\.wasm$/) };
}

/** In a page of a fresh context: ms from the tab's click to the engine ready (painted), then to a catalog query's rows painted. */
export async function queryTimes(page, query = 'who-said-what') {
  const open = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          const v = document.getElementById('view-query');
          if (!v || !['ready', 'error'].includes(v.dataset.engine)) return;
          obs.disconnect();
          if (v.dataset.engine === 'error') {
            resolve(`engine error: ${document.getElementById('query-status')?.textContent}`);
            return;
          }
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve(performance.now() - t0);
            ch.port2.postMessage(0);
          });
        });
        obs.observe(document.body, { attributes: true, subtree: true, childList: true });
        document.getElementById('tab-query').click();
        setTimeout(() => {
          obs.disconnect();
          resolve('timed out');
        }, 30000);
      }),
  );
  if (typeof open !== 'number') throw new Error(`bench/web-query.mjs: opening the query panel: ${open}`);
  const run = await page.evaluate(
    (name) =>
      new Promise((resolve) => {
        const b = document.querySelector(`#view-query button[data-query="${name}"]`);
        if (!b) {
          resolve(`no catalog query ${name}`);
          return;
        }
        const t0 = performance.now();
        b.click(); // runs synchronously; then the rows are painted in the next frame
        const v = document.getElementById('view-query');
        if (v.dataset.result !== 'ok') {
          resolve(`query ${name}: ${document.getElementById('query-status')?.textContent}`);
          return;
        }
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      }),
    query,
  );
  if (typeof run !== 'number') throw new Error(`bench/web-query.mjs: ${run}`);
  return { open, run };
}
