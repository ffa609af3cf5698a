// Runs the real `storygraph serve` on a free port for a test file and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { BIN, ROOT } from './web-build.js';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(args: string[] = []): Promise<TestServer> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => {
    err += d;
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    });
    child.once('exit', (code) => reject(new Error(`storygraph serve exited ${code}: ${err}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
