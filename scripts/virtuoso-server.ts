// Virtuoso 7 as a test and bench server, set up as ../shared/virtuoso.md says: its own database
// and configuration in a temp folder, on loopback, on free ports, started as a child process and
// stopped after. Tests skip (with a message) where virtuoso-t is not installed; CI installs it.
// Bundled to dist/virtuoso-server.mjs for bench/push.mjs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEMPLATE = '/usr/share/virtuoso-opensource-7/virtuoso.ini';
const onPath = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
export const hasVirtuoso = onPath('virtuoso-t') && onPath('isql-vt') && existsSync(TEMPLATE);

/** A port nobody listens on now (the OS picks it; two tests at once get different ones). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface Virtuoso {
  dir: string;
  /** The SPARQL endpoint, http://127.0.0.1:PORT/sparql. */
  sparql: string;
  /** Runs SQL through isql-vt; returns its stdout (throws on a non-zero exit). */
  isql(sql: string): string;
  stop(): Promise<void>;
}

/** The packaged ini with the database, ports and allowed folders moved (virtuoso.md, "Configure"). */
function configure(dir: string, sqlPort: number, httpPort: number, maxRows: number): string {
  return readFileSync(TEMPLATE, 'utf8')
    .replaceAll('/var/lib/virtuoso-opensource-7/db', join(dir, 'db'))
    .replace(/^ServerPort(\s*)= 1111/m, `ServerPort$1= 127.0.0.1:${sqlPort}`)
    .replace(/^ServerPort(\s*)= 8890/m, `ServerPort$1= 127.0.0.1:${httpPort}`)
    .replace(/^DirsAllowed.*/m, `DirsAllowed = ., ${dir}, /usr/share/virtuoso-opensource-7/vad`)
    .replace(/^ResultSetMaxRows.*/m, `ResultSetMaxRows = ${maxRows}`)
    .replace(/^MaxQueryExecutionTime.*/m, 'MaxQueryExecutionTime = 0');
}

/** Polls until the endpoint answers ASK {} (2.7–5.5 s on an empty folder), or the server exits. */
async function ready(url: string, server: ChildProcess, log: string, deadline: number): Promise<void> {
  let exited: number | null | undefined;
  server.once('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`virtuoso-t exited (${exited}) before answering:\n${readFileSync(log, 'utf8').slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`virtuoso-t did not answer in time:\n${readFileSync(log, 'utf8').slice(-2000)}`);
    const ok = await fetch(`${url}?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts a server. `maxRows` is the server's own result cap (ResultSetMaxRows): the set-up note
 * raises it to 1,000,000; a test of cap detection lowers it.
 */
export async function startVirtuoso(options: { maxRows?: number; buffers?: number } = {}): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'storygraph-virtuoso-'));
  mkdirSync(join(dir, 'db'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const ini = join(dir, 'virtuoso.ini');
  let config = configure(dir, sqlPort, httpPort, options.maxRows ?? 1_000_000);
  // Millions of triples want more buffers than the template's 10,000 (8 KB pages; virtuoso.md).
  if (options.buffers)
    config = config
      .replace(/^NumberOfBuffers\s*=.*/m, `NumberOfBuffers = ${options.buffers}`)
      .replace(/^MaxDirtyBuffers\s*=.*/m, `MaxDirtyBuffers = ${Math.round(options.buffers * 0.75)}`);
  writeFileSync(ini, config);
  const log = join(dir, 'server.log');
  const { openSync } = await import('node:fs');
  const out = openSync(log, 'w');
  const server = spawn('virtuoso-t', ['+foreground', '+configfile', ini], { cwd: dir, stdio: ['ignore', out, out] });
  const sparql = `http://127.0.0.1:${httpPort}/sparql`;
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const gone = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ready(sparql, server, log, Date.now() + 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  const isql = (sql: string): string => {
    const r = spawnSync('isql-vt', [`127.0.0.1:${sqlPort}`, 'dba', 'dba', `exec=${sql}`], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`isql-vt failed (${r.status}): ${r.stdout}${r.stderr}`);
    return r.stdout;
  };
  return { dir, sparql, isql, stop };
}
