// Evaluation-order probes: assignments inside expressions, increments in indices, compound assignment whose right
// side reassigns its target. JavaScript reads the left operand of `x += e` before it evaluates e.

/** x += (x = y * 2, x * 3): the old x is added. */
export function compoundReassigned(x: number, y: number): number {
  let a = x;
  a += (a = y * 2, a * 3);
  return a * x;
}

/** An assignment used as a value, then read in the same expression. */
export function assignInExpr(x: number, y: number): number {
  let b = 0;
  const a = (b = x * y) + b * x;
  return a + b;
}

/** Post-increment of a differentiated number inside an expression. */
export function postIncrementValue(x: number): number {
  let t = x * x;
  const u = t++ * 3;
  const w = --t + t-- * 2;
  return u + w + t;
}

/** Index increments inside reads: xs[i++] * xs[i++]. */
export function incrementIndexReads(xs: Float64Array): number {
  let s = 0;
  let i = 0;
  while (i + 1 < xs.length) s += xs[i++] * Math.sin(xs[i++]);
  return s;
}

/** ys[i++] = ys[i] * k: the left index is taken before the right side is evaluated. */
export function storeIndexOrder(xs: Float64Array, k: number): number {
  const ys = Float64Array.from(xs);
  let i = 0;
  while (i < ys.length - 1) ys[i++] = ys[i] * k + ys[i - 1];
  let s = 0;
  for (const y of ys) s += y * y;
  return s;
}

/** A closure mutating the accumulator that the caller's compound assignment is reading. */
export function closureMutatesInCompound(x: number): number {
  let s = x;
  const bump = () => {
    s = s * 2;
    return s;
  };
  s += bump();
  return s * x;
}

/** Math.min / max / abs with both arguments equal: derivative 1 for min(x, x), as x itself. */
export function tiesOfOneValue(x: number, y: number): number {
  return Math.min(x, x) * y + Math.max(x * y, x * y) + Math.hypot(x, x) + Math.abs(x) * Math.abs(y);
}

/** A labelled block left by break. */
export function labelledBlock(x: number, y: number): number {
  let r = x;
  blk: {
    if (x > y) break blk;
    r = r * y + Math.exp(x);
    if (r > 2) break blk;
    r = Math.sqrt(r * r + 1);
  }
  return r;
}

/** A compound assignment to an array element whose index expression has a side effect. */
export function compoundElementSideEffect(xs: Float64Array, k: number): number {
  const ys = Float64Array.from(xs);
  let j = 0;
  for (let n = 0; n < 3; n++) ys[j++] *= k + ys[j];
  return ys.reduce((s, v) => s + v * v, 0);
}

/** Logical assignment whose right side reads the target. */
export function logicalSelfRead(x: number, y: number): number {
  let a = x > 0 ? 0 : x;
  a ||= a + y * y; // a is 0 where x > 0: takes 0 + y^2
  let b = y;
  b &&= b * x + b;
  return a * b;
}

/** Exponent assignment and a chained assignment. */
export function chainedAssign(x: number, y: number): number {
  let a: number, b: number;
  a = b = x * y;
  a **= 2;
  b /= x + 2;
  return a + b;
}
