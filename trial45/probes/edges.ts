// Edge probes: one construct each, small enough to read the generated code.

/** A closure reading a local that changes after the closure is made. */
export function closureLateBinding(x: number, y: number): number {
  let k = 1;
  const scale = (v: number) => v * k;
  const first = scale(x);
  k = y * y;
  return first + scale(x);
}

/** default in the middle falling through into the next cases. */
export function switchFallFromDefault(x: number, mode: number): number {
  let y = x;
  switch (mode) {
    case 0:
      y = y * 3;
      break;
    default:
      y = Math.sin(y);
    case 2:
      y += 1;
    case 3:
      y = y * y;
  }
  return y;
}

/** A comma in a for loop's update with two indices meeting in the middle. */
export function twoIndexLoop(xs: Float64Array): number {
  let s = 0;
  for (let i = 0, j = xs.length - 1; i < j; i++, j--) s += xs[i] * xs[j];
  return s;
}

/** ||= and ??= on array elements. */
export function elementLogicalAssign(xs: Float64Array, fill: number): number {
  const ys = Float64Array.from(xs);
  for (let i = 0; i < ys.length; i++) ys[i] ||= fill * (i + 1);
  let s = 0;
  for (const y of ys) s += y * y;
  return s;
}

/** Array destructuring with defaults and a hole. */
export function destructureDefaults(a: number, b: number): number {
  const parts: number[] = [a * b];
  const [p = 2, q = a + 1] = parts;
  return p * q;
}

/** Math.max over a spread typed array, Math.min with no arguments as a sentinel. */
export function spreadMax(xs: Float64Array): number {
  const m = Math.max(...xs);
  let lo = Math.min();
  for (const x of xs) lo = Math.min(lo, x);
  return m * m - lo;
}

/** cbrt and odd powers of negative numbers. */
export function negativeRoots(x: number): number {
  return Math.cbrt(x) + (-x) ** 3 + Math.cbrt(x * x * x - 2);
}

/** % with negative operands, Math.trunc and Math.sign as factors. */
export function remainderSigns(x: number, y: number): number {
  return (x % y) * y + Math.sign(x - y) * Math.trunc(x * 2.5) * x;
}

class Tank {
  static readonly AREA = 2.5;
  static volume(h: number): number {
    return this.AREA * h;
  }
  static drain(h: number, k: number): number {
    return Tank.volume(h) * Math.exp(-k);
  }
}
/** A static method using this. and calling another static method. */
export function staticThis(h: number, k: number): number {
  return Tank.drain(h, k) + Tank.volume(h * h);
}

/** A closure accumulating into two captured locals, called from a reduce. */
export function closureInReduce(xs: number[], t: number): number {
  let hits = 0;
  let mass = 0;
  const visit = (x: number) => {
    if (x > t) {
      hits++;
      mass += x - t;
    }
  };
  xs.forEach((x) => visit(x));
  return mass * (1 + hits);
}

/** Nested ternaries choosing a formula, with a comma expression for a counter. */
export function nestedTernaryComma(x: number): number {
  let calls = 0;
  const f = (v: number) => (calls++, v * v);
  const y = x < -0.5 ? f(x) : x < 0 ? Math.exp(x) : x < 0.5 ? f(x) + x : Math.log(x + 1);
  return y * (calls + 1);
}

/** Math.hypot of one and three arguments; Math.expm1 / log1p near their small arguments. */
export function smallArgs(x: number, y: number): number {
  return Math.hypot(x) + Math.hypot(x, y, x * y) + Math.expm1(x * 1e-6) * 1e6 + Math.log1p(y * 1e-7) * 1e7;
}

/** Number() of a number expression and unary plus of a number[] element. */
export function numberOfExpr(xs: number[], k: number): number {
  return Number(xs[0] * k) + +xs[1] * Number(k);
}

/** while loop with a labelled continue and a data-dependent exit. */
export function labelledWhile(xs: Float64Array, cap: number): number {
  let i = 0, s = 0;
  scan: while (i < xs.length) {
    const v = xs[i++];
    for (let r = 0; r < 2; r++) {
      if (v * r > 0.5) continue scan;
      s += v * (r + 1);
    }
    if (s > cap) break;
  }
  return s;
}

/** Math.fround inside a sum, rounding each term. */
export function froundSum(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += Math.fround(x * x);
  return s;
}

/** A closure returned by a helper (a factory). */
function makeScaler(k: number): (v: number) => number {
  return (v) => v * k;
}
export function closureFactory(x: number, k: number): number {
  const f = makeScaler(k);
  return f(x) + f(x * x);
}
