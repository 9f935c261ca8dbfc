// Gradients after a call that threw (the caller catches, as TSG1001's hint advises): a recursive helper (a call left
// as a call, with its own tape use) and a @checkpoint loop, each throwing part-way for a bad input.

function descend(x: number, depth: number, limit: number): number {
  if (Math.abs(x) > limit) throw new Error(`diverged at depth ${depth}`);
  if (depth === 0) return x;
  return Math.sin(descend(x * 1.7 + 0.1, depth - 1, limit)) + x * x;
}
export function recursiveMayThrow(x: number, limit: number): number {
  return descend(x, 8, limit) * 2;
}

export function checkpointMayThrow(x0: number, k: number, steps: number): number {
  let x = x0, v = 0;
  /** @checkpoint snapshots=2 */
  for (let s = 0; s < steps; s++) {
    if (x > 100) throw new Error(`blew up at step ${s}`);
    v += 0.01 * (k * Math.sin(x) - 0.1 * v);
    x += 0.01 * v + 0.001 * x * x;
  }
  return x + v;
}
