// bench/web.mjs's cases for the research views (issue 5): a click on "Focus" (depth 1, then the
// depth menu set to 3) and on "Path to" (the path view open with its start picked), each timed
// from the pointer's release to the canvas and the panel updated and the next frame painted.
// Run on the 2,000-element synthetic story (goal < 100 ms each).

/** ms from the mouse release on `selector` until the `done` condition holds and the next frame is painted. */
async function clickToDrawn(page, selector, done, arg) {
  await page.evaluate(
    ([which, a]) => {
      // named conditions, not functions sent as text: the page's CSP forbids eval
      const ready =
        which === 'focus'
          ? (id) => document.getElementById('focus-tools').dataset.focus === id
          : () => ['found', 'none'].includes(document.getElementById('view-path').dataset.state);
      window.__benchResearch = new Promise((resolve) => {
        let up = 0;
        document.addEventListener(
          'mouseup',
          (e) => {
            up = e.timeStamp;
          },
          { once: true, capture: true },
        );
        const obs = new MutationObserver(() => {
          if (!up || !ready(a)) return;
          obs.disconnect();
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve(performance.now() - up);
            ch.port2.postMessage(0);
          });
        });
        obs.observe(document.body, { attributes: true, subtree: true, childList: true });
        setTimeout(() => {
          obs.disconnect();
          resolve('timed out');
        }, 10000);
      });
    },
    [done, arg],
  );
  await page.click(selector);
  const ms = await page.evaluate(() => window.__benchResearch);
  if (typeof ms !== 'number') throw new Error(`bench/web-research.mjs: ${selector}: ${ms}`);
  return ms;
}

async function goTo(page, hash, ready) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForFunction(ready);
}

/** { focus, depth3, path } in ms for one page of the explorer. */
export async function researchTimes(page) {
  const { centre, from, to } = await page.evaluate(() => {
    const { graph } = window.storygraph;
    const nodes = graph.nodes().sort();
    const centre = nodes.reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
    // the path: between two far ends of the centre's component (two breadth-first passes)
    const farthest = (start) => {
      const seen = new Set([start]);
      let frontier = [start];
      let last = start;
      while (frontier.length) {
        const next = [];
        for (const n of frontier)
          graph.forEachNeighbor(n, (m) => {
            if (!seen.has(m)) {
              seen.add(m);
              next.push(m);
            }
          });
        if (next.length) last = next.sort()[0];
        frontier = next;
      }
      return last;
    };
    const from = farthest(centre);
    return { centre, from, to: farthest(from) };
  });
  await goTo(page, `#sel=${centre}`, () => !document.getElementById('focus-on').disabled);
  const focus = await clickToDrawn(page, '#focus-on', 'focus', centre);
  const depth3 = await (async () => {
    // selectOption: the change event (there is no pointer release): timed from the event instead
    await page.evaluate(() => {
      const sel = document.getElementById('focus-depth');
      window.__benchResearch = new Promise((resolve) => {
        sel.addEventListener(
          'change',
          (e) => {
            const t0 = e.timeStamp;
            const check = () =>
              location.hash.includes('depth=3')
                ? requestAnimationFrame(() => {
                    const ch = new MessageChannel();
                    ch.port1.onmessage = () => resolve(performance.now() - t0);
                    ch.port2.postMessage(0);
                  })
                : setTimeout(check, 0);
            check();
          },
          { once: true, capture: true },
        );
      });
    });
    await page.selectOption('#focus-depth', '3');
    return page.evaluate(() => window.__benchResearch);
  })();
  // The ends are far apart in the whole graph: the path may cross everything (as before paths
  // kept to entities and events by default), the most work a path does.
  await goTo(
    page,
    `#sel=${to}&view=path&from=${from}&via=claims,articles,about,attribution`,
    () => document.getElementById('view-path')?.dataset.state === 'picking',
  );
  const path = await clickToDrawn(page, '#path-to', 'path', null);
  if ((await page.evaluate(() => document.getElementById('view-path').dataset.state)) !== 'found')
    throw new Error(`bench/web-research.mjs: no path from ${from} to ${to}`);
  await goTo(page, '', () => document.getElementById('view-panel').hidden);
  return { focus, depth3, path };
}
