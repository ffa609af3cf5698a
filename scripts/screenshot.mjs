// Takes the README's screenshot (docs/screenshot.png) from the real page: starts `storygraph
// serve` on a free port, opens it in headless Chromium, selects a node and saves the picture.
//   node scripts/screenshot.mjs [--sel ID] [--hash '#...'] [--out FILE] [--data DIR] [--size 1440x900] [--layout force|layered]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, serve } from '../bench/explorer-process.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sel: { type: 'string', default: 'claim/wu-esper-denied-report' },
    hash: { type: 'string' },
    out: { type: 'string', default: join(root, 'docs', 'screenshot.png') },
    data: { type: 'string' },
    size: { type: 'string', default: '1440x900' },
    layout: { type: 'string' },
  },
});
const [width, height] = values.size.split('x').map(Number);

const server = await serve(values.data ? ['--data', values.data] : []);
const url = server.url;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  // The layout is the reader's choice, kept in localStorage (web/src/layout-choice.ts).
  if (values.layout) await page.addInitScript((name) => localStorage.setItem('storygraph.graph-layout', name), values.layout);
  const hash = values.hash ?? (values.sel ? `#sel=${values.sel}` : '');
  await page.goto(`${url}${hash}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.screenshot({ path: values.out });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  await server.stop();
}
