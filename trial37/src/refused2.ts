// More code a user may write that I expect to be refused: each diagnostic should name it.

/** matrices as arrays of rows */
export function frobenius(M: number[][]): number {
  let s = 0;
  for (const row of M) for (const v of row) s += v * v;
  return s;
}

/** object spread to update a state */
export function spreadState(x: number, v: number): number {
  let s = { x, v };
  for (let i = 0; i < 3; i++) s = { ...s, x: s.x + 0.1 * s.v };
  return s.x;
}

/** array destructuring with a rest element */
export function headTail(xs: number[]): number {
  const [first, ...rest] = xs;
  let s = first;
  for (const r of rest) s += r * first;
  return s;
}

/** a local recursive function declaration */
export function localFactorialish(x: number, n: number): number {
  function go(k: number): number {
    return k <= 0 ? 1 : x * go(k - 1) + k;
  }
  return go(n);
}

/** sorting a copy to take a trimmed mean */
export function trimmedMean(xs: Float64Array): number {
  const s = Float64Array.from(xs).sort();
  let t = 0;
  for (let i = 1; i < s.length - 1; i++) t += s[i];
  return t / (s.length - 2);
}

/** a Huber-like loss with switch (true) */
export function switchTrue(r: number, d: number): number {
  switch (true) {
    case r > d:
      return d * (r - 0.5 * d);
    case r < -d:
      return -d * (r + 0.5 * d);
    default:
      return 0.5 * r * r;
  }
}

/** the last element by .at(-1) */
export function atLast(xs: Float64Array, k: number): number {
  const run: number[] = [];
  let acc = 0;
  for (const v of xs) {
    acc = k * acc + v;
    run.push(acc);
  }
  return run.at(-1)! * run.at(0)!;
}
