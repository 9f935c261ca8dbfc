// Things users write that may not be supported, each beside a function that must still compile.

export function sumSquaresReduce(xs: number[]): number {
  return xs.reduce((s, v) => s + v * v, 0);
}

export function sumSquaresLoop(xs: number[]): number {
  let s = 0;
  for (const v of xs) s += v * v;
  return s;
}

export function mappedNorm(xs: number[]): number {
  const sq = xs.map((v) => v * v);
  let s = 0;
  for (const v of sq) s += v;
  return Math.sqrt(s);
}

interface Point {
  x: number;
  y: number;
}

export function pointDist(p: Point, q: Point): number {
  return Math.hypot(p.x - q.x, p.y - q.y);
}

export function safeLog(x: number): number {
  try {
    return Math.log(x);
  } catch {
    return 0;
  }
}

export function noisy(x: number): number {
  return x * x + 1e-3 * Math.random();
}

export function localRecursion(x: number, n: number): number {
  function fact(k: number): number {
    return k <= 1 ? 1 : k * fact(k - 1);
  }
  return x ** n / fact(n);
}

export function matrixParam(m: number[][]): number {
  let s = 0;
  for (const row of m) for (const v of row) s += v * v;
  return s;
}

export function stillFine(x: number, y: number): number {
  return Math.exp(-x * x) * Math.cos(y) + Math.log1p(x * x + y * y);
}
