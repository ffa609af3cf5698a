// What the explorer's benches (web.mjs, curate.mjs) and the screenshot script share: the built
// `storygraph serve` on a free port, and Debian's headless Chromium with the flags this machine
// needs (no background networking: the closed network refuses it).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const CHROMIUM = '/usr/bin/chromium';

/** Starts `storygraph serve --port 0 ...args`; resolves with its URL and a stop function. */
export async function serve(args) {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'storygraph.mjs'), 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    });
    child.once('exit', (c) => reject(new Error(`storygraph serve exited ${c}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((r) => {
        child.once('exit', r);
        child.kill('SIGTERM');
      }),
  };
}

/** Headless Chromium through playwright-core (loaded only here). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
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
}
