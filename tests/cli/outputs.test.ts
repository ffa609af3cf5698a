// Outputs never destroy anything (issue 8, defects 1-4): a folder holding other files is refused
// unless --force, and swapped atomically with it; a FIFO, a device or a symlink to one is written
// in place, never replaced by a file; `--out -` is stdout; temp files go on error, on SIGINT and
// SIGTERM, and the leftovers of killed runs go with the next write into their folder; a reader
// that stops early ends the run quietly, a full disk is one coded line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, STACK_TRACE, TEST_CACHE } from '../support/cli.js';
import { release, removeLeftovers, tempPath, track } from '../../src/cache/temp-files.js';

const tmp = mkdtempSync(join(tmpdir(), 'storygraph-outputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A pid no process has now: one that just ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  return r.pid!;
}

/** Runs the CLI as a child process without waiting (for a FIFO's writer and reader at once). */
function runAsync(args: string[], shell?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = shell
    ? spawn('/bin/sh', ['-c', shell], { cwd: ROOT, env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE } })
    : spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

describe('defect 1: export --out DIR on a folder holding other files', () => {
  it('is refused with out-not-empty (exit 1) and nothing is removed', () => {
    for (const format of ['csv', 'brat']) {
      const d = join(tmp, `precious-${format}`);
      mkdirSync(d);
      writeFileSync(join(d, 'thesis.tex'), 'precious');
      const r = runCli(['export', '--format', format, '--out', d]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^storygraph: out-not-empty: .*precious-${format}: .*thesis\\.tex.*--force`));
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(d)).toEqual(['thesis.tex']);
      expect(readFileSync(join(d, 'thesis.tex'), 'utf8')).toBe('precious');
    }
  });

  it('with --force, the folder is replaced whole and nothing is left beside it', () => {
    const d = join(tmp, 'forced');
    mkdirSync(d);
    writeFileSync(join(d, 'thesis.tex'), 'precious');
    const r = runCli(['export', '--format', 'csv', '--out', d, '--force']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readdirSync(d).sort()).toEqual(['import.sh', 'nodes.csv', 'relationships.csv']);
    expect(readdirSync(tmp).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('an earlier export of the same files is replaced without --force', () => {
    const d = join(tmp, 'again');
    expect(runCli(['export', '--format', 'csv', '--out', d]).status).toBe(0);
    writeFileSync(join(d, 'nodes.csv'), 'stale');
    expect(runCli(['export', '--format', 'csv', '--out', d]).status).toBe(0);
    expect(readFileSync(join(d, 'nodes.csv'), 'utf8')).not.toBe('stale');
  });

  it('a swap cut between its two renames leaves the old folder whole, put back by the next write', () => {
    const parent = join(tmp, 'cut');
    mkdirSync(parent);
    // A killed run had moved the old folder aside (.NAME.PID.old) but not yet renamed the new one in.
    const aside = join(parent, `.site.${deadPid()}.old`);
    mkdirSync(aside);
    writeFileSync(join(aside, 'thesis.tex'), 'precious');
    writeFileSync(join(parent, `.site.${deadPid()}.tmp`), 'half');
    const r = runCli(['export', '--format', 'graphology', '--out', join(parent, 'g.json')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(parent, 'site', 'thesis.tex'), 'utf8')).toBe('precious');
    expect(readdirSync(parent).sort()).toEqual(['g.json', 'site']);
  });
});

describe('defect 2: --out naming something that is not a regular file is written in place', () => {
  it('a FIFO stays a FIFO and its reader gets the output', async () => {
    const fifo = join(tmp, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const [reader, writer] = await Promise.all([runAsync([], `cat '${fifo}'`), runAsync(['export', '--format', 'graphology', '--out', fifo])]);
    expect([writer.status, writer.stderr]).toEqual([0, '']);
    expect(JSON.parse(reader.stdout).nodes.length).toBeGreaterThan(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("a symlink to /proc/self/fd/1 (the process's stdout, a pipe) stays a symlink; the output goes to stdout", async () => {
    const link = join(tmp, 'stdout-link');
    symlinkSync('/proc/self/fd/1', link);
    const r = await runAsync([], `node '${BIN}' export --format graphml --out '${link}' | cat`);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(readlinkSync(link)).toBe('/proc/self/fd/1');
  });

  it('a symlink to a regular file stays a symlink; the file it points to is replaced', () => {
    const target = join(tmp, 'target.json');
    const link = join(tmp, 'link.json');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    expect(runCli(['export', '--format', 'graphology', '--out', link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).nodes.length).toBeGreaterThan(0);
  });

  it('--out - is stdout', () => {
    const r = runCli(['export', '--format', 'graphology', '--out', '-'], { cwd: tmp });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).nodes.length).toBeGreaterThan(0);
    expect(existsSync(join(tmp, '-'))).toBe(false);
  });
});

describe('defect 3: temp files are removed on error, on SIGINT/SIGTERM, and after killed runs', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('a temp file being written is removed on %s', async (signal) => {
    const temp = tempPath(join(tmp, `out-${signal}.json`));
    writeFileSync(temp, 'half');
    track(temp);
    // A second listener stands for a command that ends itself (serve); otherwise the process
    // would die of the signal after removing the temp file, as the CLI does.
    const got = new Promise((done) => process.once(signal, done));
    process.kill(process.pid, signal);
    await got;
    expect(existsSync(temp)).toBe(false);
    release(temp);
  });

  it('leftovers of dead processes (.NAME.PID.tmp, files and folders) go with the next write; a live one stays', () => {
    const dir = join(tmp, 'leftovers');
    mkdirSync(dir);
    const dead = deadPid();
    writeFileSync(join(dir, `.g.json.${dead}.tmp`), 'half');
    mkdirSync(join(dir, `.csv.${dead}.tmp`));
    const live = join(dir, `.other.${process.pid}.tmp`);
    writeFileSync(live, 'being written');
    writeFileSync(join(dir, '.hidden'), 'not ours');
    const r = runCli(['export', '--format', 'graphology', '--out', join(dir, 'g.json')]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.hidden', `.other.${process.pid}.tmp`, 'g.json']);
    expect(removeLeftovers(dir)).toEqual([]);
  });

  it('an output that cannot be written leaves no temp file', () => {
    const dir = join(tmp, 'readonly-target');
    mkdirSync(dir);
    mkdirSync(join(dir, 'out.json')); // a folder where the file should go
    const r = runCli(['export', '--format', 'graphology', '--out', join(dir, 'out.json')]);
    expect(r.status).toBe(1);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});

describe('defect 4: a closed pipe ends quietly; a full disk is one coded line', () => {
  it.each([
    ['claims --json', 'head -1'],
    ['export --format turtle', 'head -c 10'],
  ])('%s | %s: exit 0, nothing on stderr', (command, head) => {
    const r = spawnSync('/bin/bash', ['-c', `set -o pipefail; node '${BIN}' ${command} | ${head} >/dev/null`], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE },
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it.each([
    ['claims', '--json'],
    ['export', '--format', 'graphology'],
  ])('%s > /dev/full: write-failed, exit 1, no stack trace', (...args) => {
    const r = spawnSync('/bin/sh', ['-c', `node '${BIN}' ${args.join(' ')} > /dev/full`], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('storygraph: write-failed: cannot write to standard output (ENOSPC)\n');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
