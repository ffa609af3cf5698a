// Takes the README's screenshot (docs/screenshot.png) from the real page: starts `storygraph
// serve` on a free port, opens it in headless Chromium, selects a node and saves the picture.
//   node scripts/screenshot.mjs [--sel ID] [--hash '#...'] [--out FILE] [--data DIR] [--size 1440x900] [--layout force|layered]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

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

const server = spawn(process.execPath, [join(root, 'dist', 'storygraph.mjs'), 'serve', '--port', '0', ...(values.data ? ['--data', values.data] : [])], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let url;
let buffered = '';
for await (const chunk of server.stdout) {
  buffered += chunk;
  const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(buffered);
  if (m) {
    url = m[0];
    break;
  }
}
if (!url) throw new Error('storygraph serve did not print its URL');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
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
  server.kill('SIGTERM');
  await once(server, 'exit');
}
