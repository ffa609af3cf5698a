// Pushes apart the boxes (node plus label) that a force layout left overlapping, so that no label
// covers another. Deterministic: pairs are visited in index order through a uniform grid, each
// overlap resolved along its cheaper axis, until none is left (or the round limit).

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Boxes on the very same point get a small deterministic spiral offset, so they spread in 2D. */
function unstack(boxes: Box[]): void {
  const seen = new Map<string, number>();
  for (const b of boxes) {
    const k = `${b.x},${b.y}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    if (n === 0) continue;
    b.x += Math.cos(n * 2.39996) * Math.sqrt(n) * 2;
    b.y += Math.sin(n * 2.39996) * Math.sqrt(n) * 2;
  }
}

export function removeOverlaps(boxes: Box[], margin = 6, maxRounds = 500): number {
  if (boxes.length < 2) return 0;
  unstack(boxes);
  const cell = Math.max(...boxes.map((b) => Math.max(b.w, b.h))) + margin;
  for (let round = 0; round < maxRounds; round++) {
    const grid = new Map<string, number[]>();
    boxes.forEach((b, i) => {
      const k = `${Math.floor(b.x / cell)},${Math.floor(b.y / cell)}`;
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    let moved = 0;
    boxes.forEach((a, i) => {
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (j <= i) continue;
            const b = boxes[j]!;
            const dx = b.x - a.x;
            const dy = b.y - a.y;
            const ox = (a.w + b.w) / 2 + margin - Math.abs(dx);
            const oy = (a.h + b.h) / 2 + margin - Math.abs(dy);
            if (ox <= 0 || oy <= 0) continue;
            moved++;
            if (ox < oy) {
              const s = (dx > 0 || (dx === 0 && i < j) ? 1 : -1) * (ox / 2 + 0.5);
              a.x -= s;
              b.x += s;
            } else {
              const s = (dy > 0 || (dy === 0 && i < j) ? 1 : -1) * (oy / 2 + 0.5);
              a.y -= s;
              b.y += s;
            }
          }
        }
      }
    });
    if (moved === 0) return round;
  }
  return maxRounds;
}

/** Scales positions about their centre so the drawing's width:height comes near `aspect` (measured
 * between the 5th and 95th percentiles, so a few outlying components do not decide the shape). */
export function fitAspect(boxes: Box[], aspect: number): void {
  if (boxes.length < 2) return;
  const spread = (vs: number[]) => {
    const s = [...vs].sort((a, b) => a - b);
    const lo = s[Math.floor(s.length * 0.05)]!;
    const hi = s[Math.ceil(s.length * 0.95) - 1]!;
    return { size: hi - lo || 1, mid: (hi + lo) / 2 };
  };
  const x = spread(boxes.map((b) => b.x));
  const y = spread(boxes.map((b) => b.y));
  const k = Math.sqrt(x.size / y.size / aspect);
  for (const b of boxes) {
    b.x = x.mid + (b.x - x.mid) / k;
    b.y = y.mid + (b.y - y.mid) * k;
  }
}

/** Spreads the drawing about its centre until the boxes cover at most `maxDensity` of its area. */
export function limitDensity(boxes: Box[], maxDensity: number): void {
  if (boxes.length < 2) return;
  const x1 = Math.min(...boxes.map((b) => b.x - b.w / 2));
  const x2 = Math.max(...boxes.map((b) => b.x + b.w / 2));
  const y1 = Math.min(...boxes.map((b) => b.y - b.h / 2));
  const y2 = Math.max(...boxes.map((b) => b.y + b.h / 2));
  const density = boxes.reduce((sum, b) => sum + b.w * b.h, 0) / ((x2 - x1) * (y2 - y1) || 1);
  if (density <= maxDensity) return;
  const k = Math.sqrt(density / maxDensity);
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  for (const b of boxes) {
    b.x = mx + (b.x - mx) * k;
    b.y = my + (b.y - my) * k;
  }
}
