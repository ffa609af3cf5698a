// storygraph serve: builds the explorer's site for a data folder in memory and serves it on
// http://127.0.0.1:PORT/ until interrupted.
import { loadGraph } from '../../graph/load-graph.js';
import { buildSite } from '../../web/site.js';
import { listen } from '../../web/server.js';
import { OutputError, UsageError } from '../../model/storygraph-error.js';
import type { CommandRun } from '../command.js';

export function parsePort(value: unknown): number {
  const s = String(value);
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isInteger(n) || n > 65535) throw new UsageError('bad-port', `--port ${s}: expected a port number from 0 to 65535 (0 picks a free port)`);
  return n;
}

export const run: CommandRun = async ({ options }) => {
  const port = parsePort(options.port);
  const host = String(options.host);
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new UsageError('bad-host', `--host ${host}: expected a host name or IP address`);
  const files = buildSite(await loadGraph(options.data));
  let running;
  try {
    running = await listen(files, host, port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    const hint = code === 'EADDRINUSE' ? ' (pass --port 0 for a free port)' : '';
    throw new OutputError('cannot-listen', `${host}:${port}: cannot listen (${code})${hint}`);
  }
  process.stdout.write(`storygraph explorer: ${running.url}\n`);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    process.stderr.write(`storygraph: warning: listening on ${host}, reachable from other machines\n`);
  }
  await new Promise<void>((done) => {
    const stop = () => { void running.close().then(done); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
};
