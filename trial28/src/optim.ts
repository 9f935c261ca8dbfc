// Optimisation test functions.

const TWO_PI = 2 * Math.PI;

export function ackley(x: number[]): number {
  const n = x.length;
  let sq = 0;
  let cs = 0;
  for (const v of x) {
    sq += v * v;
    cs += Math.cos(TWO_PI * v);
  }
  return -20 * Math.exp(-0.2 * Math.sqrt(sq / n)) - Math.exp(cs / n) + 20 + Math.E;
}

export function rastrigin(x: Float64Array, A = 10): number {
  let s = A * x.length;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i] - A * Math.cos(TWO_PI * x[i]);
  return s;
}

export function beale(x: number, y: number): number {
  const t1 = 1.5 - x + x * y;
  const t2 = 2.25 - x + x * y ** 2;
  const t3 = 2.625 - x + x * y ** 3;
  return t1 * t1 + t2 * t2 + t3 * t3;
}

export function styblinskiTang(x: number[]): number {
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    total += v ** 4 - 16 * v ** 2 + 5 * v;
  }
  return total / 2;
}

/** Extended Rosenbrock (pairs), written as a fold with an accumulator and a step function. */
export function extendedRosenbrock(x: Float64Array): number {
  const step = (acc: number, a: number, b: number) => acc + 100 * (a * a - b) ** 2 + (a - 1) ** 2;
  let acc = 0;
  for (let i = 0; i + 1 < x.length; i += 2) acc = step(acc, x[i], x[i + 1]);
  return acc;
}

/** Himmelblau, with a nested ternary scaling by quadrant. */
export function himmelblauQuadrant(x: number, y: number): number {
  const base = (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;
  const scale = x > 0 ? (y > 0 ? 1 : 2) : y > 0 ? 3 : x < -1 ? 4 : 5;
  return scale * base;
}
