// A test seam for crash safety: `STORYGRAPH_CRASH_AT=POINT` makes `add`/`draft` fail at that
// point (a thrown error), `STORYGRAPH_CRASH_AT=POINT:kill` kills the process there (SIGKILL, no
// clean-up runs), `POINT@N` (either form) waits for the N-th time the point is reached; tests use
// it to prove a crash half-way leaves the data folder as it was.
export type CrashPoint = 'article-written' | 'story-staged' | 'old-moved-aside';

const reached = new Map<CrashPoint, number>();

export function crashPoint(point: CrashPoint): void {
  const at = process.env.STORYGRAPH_CRASH_AT;
  if (!at) return;
  const [name, nth] = at.split(':')[0]!.split('@');
  if (name !== point) return;
  const n = (reached.get(point) ?? 0) + 1;
  reached.set(point, n);
  if (n !== Number(nth ?? 1)) return;
  if (at.endsWith(':kill')) process.kill(process.pid, 'SIGKILL');
  throw new Error(`simulated crash at ${point} (STORYGRAPH_CRASH_AT)`);
}
