// Edge probes: operators and Math functions at their awkward points.

/** x ** y ** z is x ** (y ** z). */
export function powRightAssoc(x: number, y: number, z: number): number {
  return x ** y ** z;
}

/** A negative base raised to an integer exponent held in a number parameter. */
export function negBaseIntExp(x: number, k: number): number {
  return x ** k + Math.pow(x, k + 1);
}

/** Math.pow(0, p) for p > 0 is 0 for every p near: its derivative in p is 0. */
export function powZeroBase(x: number, p: number): number {
  return Math.pow(x, p) + x ** p + 3 * p;
}

/** % of two active floats, the dividend negative. */
export function floatRemainder(x: number, y: number): number {
  return (x % y) * y + x;
}

/** Math.hypot of four zeros and a live argument. */
export function hypotZeros(x: number, a: number, b: number): number {
  return Math.hypot(a, b, 0, 0) * 0 + Math.hypot(x, 2 * x, 3);
}

/** Math.cbrt of a negative, expm1 and log1p near 0, trunc of a negative. */
export function mathZoo(x: number, y: number): number {
  return Math.cbrt(x) + Math.expm1(y) / Math.log1p(y) + Math.trunc(x) * y + Math.fround(0.1) * x;
}

/** **= and the comma operator in a two-pointer for loop reversing a copy. */
export function twoPointerReverse(a: Float64Array, p: number): number {
  const b = Float64Array.from(a);
  for (let i = 0, j = b.length - 1; i < j; i++, j--) {
    const t = b[i];
    b[i] = b[j];
    b[j] = t;
  }
  let s = 0;
  for (let i = 0; i < b.length; i++) {
    let term = b[i];
    term **= p;
    s += term * (i + 1);
  }
  return s;
}

/** Writes through a subarray view of a local buffer, read back through the buffer. */
export function viewWrite(x: number, y: number): number {
  const buf = new Float64Array(4);
  const view = buf.subarray(1, 3);
  view[0] = x * x;
  view[1] = view[0] * y;
  buf[3] = buf[1] + buf[2];
  return buf[3] * y + buf[0];
}

function fillPair(out: Float64Array, x: number): void {
  out[0] = Math.sin(x);
  out[1] = out[0] * x;
}
/** A helper writing into windows of a local array. */
export function helperWritesWindow(x: number, y: number): number {
  const state = new Float64Array(6);
  fillPair(state.subarray(0, 2), x);
  fillPair(state.subarray(2, 4), y);
  fillPair(state.subarray(4, 6), state[1] + state[3]);
  return state.reduce((s, v) => s + v * v, 0);
}

/** findIndex and some (the documented early-stopping tests) where indexOf and includes were refused. */
export function findIndexInts(x: Float64Array, ids: Int32Array): number {
  const k = ids.findIndex((v) => v === 3);
  const bonus = ids.some((v) => v === 7) ? 2 : 1;
  return x[k >= 0 ? k : 0] * bonus + x[ids.length - 1];
}

/** fill with an active value over a range, then set a window. */
export function fillRange(x: number, y: number): number {
  const a = new Float64Array(6);
  a.fill(x, 1, 4);
  a.fill(y * x, 4);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * (i + 1);
  return s;
}

/** for…of over entries(). */
export function entriesLoop(x: Float64Array): number {
  let s = 0;
  for (const [i, v] of x.entries()) s += v * v * (i + 1);
  return s;
}

/** A labelled continue and an early return inside two loops. */
export function labelledScan(x: Float64Array, w: number): number {
  let s = 0;
  outer: for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < x.length; j++) {
      if (j === i) continue outer;
      if (x[i] * x[j] > 100) return s;
      s += Math.sin(x[i] * w + x[j]);
    }
  }
  return s;
}

/** Math.atan2 at the origin (0, 0) and on the negative x axis with y = -0. */
export function atan2Origin(x: number, y: number): number {
  return Math.atan2(y * 0, x * 0) + Math.atan2(y, x);
}

/** ?? and ?: on an optional parameter, and Number.isInteger deciding a branch. */
export function optionalChain(x: number, k?: number): number {
  const kk = k ?? 2;
  return Number.isInteger(kk) ? x ** kk : Math.exp(kk * Math.log(Math.abs(x)));
}

/** Compatible overloads (the implementation's parameters are numbers). */
function scaleBy(x: number): number;
function scaleBy(x: number, k: number): number;
function scaleBy(x: number, k = 3): number {
  return x * k;
}
export function overloadsCompatible(x: number, y: number): number {
  return scaleBy(x) + scaleBy(x, y) * y;
}

/** An options object with a spread (documented), for comparison. */
function smoothAbs(x: number, opts: { eps?: number; scale?: number } = {}): number {
  const eps = opts.eps ?? 1e-3, s = opts.scale ?? 1;
  return s * Math.sqrt(x * x + eps);
}
export function spreadOptions(x: number, k: number): number {
  const base = { eps: 0.01 };
  return smoothAbs(x, { ...base, scale: k }) + smoothAbs(k, base);
}

/** A default computed from the other parameters, left out by one call and given by the other. */
function defaultFromOthers(x: number, scale: number, offset: number = scale * 2 + x): number {
  return Math.sin(x * scale) + offset * offset;
}
export function callsDefault(x: number, scale: number): number {
  return defaultFromOthers(x, scale) + defaultFromOthers(scale, x, 0.5);
}
