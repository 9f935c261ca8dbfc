// Follow-ups of the hints tsgrad gave me, and a few more shapes.

/** Reading an object parameter's properties, as TSG1007's hint on destructuring suggests. */
export function klProps(p: { mu: number; logvar: number }, q: { mu: number; logvar: number }): number {
  return 0.5 * (q.logvar - p.logvar + (Math.exp(p.logvar) + (p.mu - q.mu) ** 2) / Math.exp(q.logvar) - 1);
}

/** Destructuring inside the body, as TSG1007's hint on a destructured parameter suggests. */
export function linearBody(params: { w: Float64Array; b: number }, x: Float64Array, y: number): number {
  const { w, b } = params;
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return (z - y) ** 2;
}

const RING = new Float64Array(8);

/** A module-level ring written without .fill (compare the diagnostic with movingAvgScratch's). */
export function ringNoFill(x: Float64Array): number {
  let acc = 0;
  for (let i = 0; i < x.length; i++) {
    RING[i & 7] = x[i];
    acc += RING[i & 7] * x[i];
  }
  return acc;
}

/** Math.clz32 of a constant. */
export function clzConst(x: number): number {
  const bits = Math.clz32(16);
  return x * bits;
}

/** A bitwise truncation of a differentiated value (documented: zero derivative, a step). */
export function bitwiseActive(x: number): number {
  return x * ((1000 * x) | 0);
}

/** switch inside a while: break leaves the switch only. */
export function switchBreakInWhile(x: Float64Array, codes: Int32Array): number {
  let i = 0;
  let s = 0;
  while (i < x.length) {
    switch (codes[i]) {
      case 1:
        s += x[i];
        break;
      case 2:
        s *= x[i];
        break;
      default:
        s += Math.cos(x[i]);
    }
    s = s * 0.9 + 0.05 * x[i] * x[i];
    i++;
  }
  return s;
}

/** Labelled block with break. */
export function labelledBlock(x: number, y: number): number {
  let r = x * y;
  check: {
    if (x > 0.5) break check;
    r += Math.sin(x);
    if (y < 0) break check;
    r *= Math.exp(y);
  }
  return r + x;
}

function isEvenDepth(x: number, n: number): number {
  return n === 0 ? x : isOddDepth(Math.sin(x) + x, n - 1);
}
function isOddDepth(x: number, n: number): number {
  return n === 0 ? -x : isEvenDepth(x * x * 0.5 + 0.3, n - 1);
}

/** Mutual recursion. */
export function mutual(x: number): number {
  return isEvenDepth(x, 5);
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += a * x[i];
}

/** A helper given the same array as input and output. */
export function aliasedAxpy(v: Float64Array, a: number): number {
  const y = Float64Array.from(v);
  axpy(a, y, y);
  axpy(a * a, v, y);
  let s = 0;
  for (const t of y) s += t * t;
  return s;
}

/** A void function writing a Float32Array output. */
export function f32Out(x: Float64Array, g: number, out: Float32Array): void {
  for (let i = 0; i < x.length; i++) out[i] = Math.tanh(g * x[i]);
}

/** ??= on an optional number parameter, then a closure reading a variable that changes between calls. */
export function optionalAndClosure(x: Float64Array, scale?: number): number {
  scale ??= 2;
  let acc = 0;
  const term = (v: number): number => v * acc + scale! * v * v;
  for (let i = 0; i < x.length; i++) acc += term(x[i]);
  return acc;
}

/** A number | undefined helper result tested with ??. */
function safeLog(v: number): number | undefined {
  if (v <= 0) return undefined;
  return Math.log(v);
}
export function logOrZero(x: Float64Array): number {
  let s = 0;
  for (const v of x) s += safeLog(v) ?? v * 0.5;
  return s;
}
