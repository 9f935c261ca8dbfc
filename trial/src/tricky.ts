// Patterns that stress a source-to-source AD: in-place overwrites, aliasing, windows, read-write
// out-parameters, Float32 storage, push/pop, two-index loops, mutual recursion, cross-module calls.
import { bsCall, normCdf } from './finance.js';
import { polygonArea } from './geometry.js';

const TABLE = [0.5, -1.25, 2, 0.75] as const;

/** Prefix products computed in place in a local copy, then a reverse in-place sweep. */
export function inPlaceScan(x: Float64Array): number {
  const a = Float64Array.from(x);
  for (let i = 1; i < a.length; i++) a[i] = a[i] * a[i - 1] + Math.sin(a[i]);
  for (let i = a.length - 2; i >= 0; i--) a[i] = a[i] - 0.5 * a[i + 1] * a[i];
  let s = 0;
  for (const v of a) s += v;
  return s;
}

/** Returns a number AND adds into acc (read-write out-parameter). */
export function accumulateInto(w: Float64Array, acc: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    acc[i] += w[i] * w[i];
    s += acc[i] * w[i];
  }
  return s;
}

function dotHelper(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** The same array passed twice to a helper. */
export function selfDot(x: Float64Array): number {
  return dotHelper(x, x) + dotHelper(x.subarray(1), x);
}

function scaleInto(src: Float64Array, k: number, dst: Float64Array): void {
  for (let i = 0; i < dst.length; i++) dst[i] = k * src[i];
}

/** A helper writes into a window (subarray) of a local buffer. */
export function windowWrite(x: Float64Array, k: number): number {
  const buf = new Float64Array(x.length + 2);
  scaleInto(x, k, buf.subarray(1, x.length + 1));
  let s = 0;
  for (let i = 1; i < buf.length; i++) s += buf[i] * buf[i - 1] + buf[i];
  return s;
}

/** Float32 storage of an intermediate. */
export function float32Store(x: Float64Array, k: number): number {
  const f = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) f[i] = Math.tanh(k * x[i]);
  let s = 0;
  for (let i = 0; i < f.length; i++) s += f[i] * x[i];
  return s;
}

/** A stack in a number[] with push/pop (shunting-like evaluation of a fixed RPN program). */
export function rpnStack(x: number, y: number): number {
  const st: number[] = [];
  st.push(x);
  st.push(y);
  st.push(st.pop()! * st.pop()!);
  st.push(Math.exp(-x));
  const a = st.pop()!;
  const b = st.pop()!;
  st.push(a + b);
  return st[0] * st.length;
}

/** Two-index loop reversing in place, then a weighted sum. */
export function twoIndexReverse(x: Float64Array): number {
  const a = Float64Array.from(x);
  for (let i = 0, j = a.length - 1; i < j; i++, j--) {
    const t = a[i];
    a[i] = a[j] * 1.5;
    a[j] = t;
  }
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (i + 1) * a[i] * a[i];
  return s;
}

function evenSeries(x: number, n: number): number {
  return n <= 0 ? 1 : 1 + x * oddSeries(x, n - 1);
}
function oddSeries(x: number, n: number): number {
  return n <= 0 ? x : x - 0.5 * x * evenSeries(x, n - 1);
}

/** Mutual recursion. */
export function mutualRec(x: number): number {
  return evenSeries(x, 7) + oddSeries(x * 0.5, 6);
}

/** Cross-module calls into exported functions of other modules. */
export function crossModule(S: number, sigma: number, pts: Float64Array): number {
  return bsCall(S, 100, 1, 0.01, sigma) * polygonArea(pts) + normCdf(sigma);
}

/** Constant tables `as const`, index arithmetic with %, floor and round as inactive steps. */
export function tableLookup(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const c = TABLE[(i * 3) % TABLE.length];
    s += c * x[i] + Math.floor(x[i] * 4) * 0.25 + Math.round(c) * x[i];
  }
  return s;
}

/** Fractional modulo on an active value. */
export function fracMod(x: number, p: number): number {
  const r = x % p;
  return r * r + Math.sin(r);
}

/** ||=, ??=, &&= on numbers. */
export function logicalAssign(x: number, y: number): number {
  let a = 0;
  a ||= x * 2;
  let b = y > 0 ? y : 0;
  b &&= b * x;
  return a + b;
}

/** Index with side effects inside an element compound assignment. */
export function sideEffectIndex(x: Float64Array): number {
  const out = new Float64Array(x.length);
  let i = 0;
  while (i < x.length) {
    out[i++] += x[i - 1] * 2;
  }
  let s = 0;
  for (let j = 0; j < out.length; j++) s += out[j] * x[j];
  return s;
}

/** Early returns from inside nested loops. */
export function firstOver(x: Float64Array, thresh: number): number {
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const v = x[i] * x[j];
      if (v > thresh) return v + i;
      if (v < -thresh) return -v * 2;
    }
  }
  return thresh * x[0];
}

/** Chooses an array by a condition, then reads it. */
export function chooseArray(a: Float64Array, b: Float64Array, w: number): number {
  const src = w > 0 ? a : b;
  let s = 0;
  for (let i = 0; i < src.length; i++) s += src[i] * w;
  return s;
}

/** Math.hypot over a spread number[]. */
export function spreadHypot(v: number[], k: number): number {
  return Math.hypot(...v) * k + Math.max(...v) - Math.min(...v);
}

/** Unary plus, Number(), double negation. */
export function unaryForms(x: number, y: number): number {
  return +x * Number(y) - -(-x) / (1 + y * y);
}

/**
 * Long loop (10⁴ steps): logistic map with a smooth parameter.
 * @domain r (2.5, 2.9)
 * @domain x0 (0.2, 0.8)
 */
export function longLoop(r: number, x0: number): number {
  let x = x0;
  let s = 0;
  for (let i = 0; i < 10000; i++) {
    x = r * x * (1 - x);
    s += x;
  }
  return s / 10000;
}

/** A switch inside a loop with continue and a default. */
export function switchInLoop(x: Float64Array, codes: Int32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    switch (codes[i]) {
      case 0:
        continue;
      case 1:
        s += x[i] * x[i];
        break;
      case 2:
        s -= Math.exp(x[i]);
        break;
      default:
        s += Math.cos(x[i]) * i;
    }
  }
  return s;
}

/** Same variable name shadowed in nested blocks. */
export function shadowing(x: number): number {
  let v = x * 2;
  {
    const v2 = v;
    let v3 = v2 + 1;
    {
      const v = v3 * x;
      v3 = v + 1;
    }
    v = v3;
  }
  for (let i = 0; i < 3; i++) {
    const v4 = i * x;
    v += v4;
  }
  return v;
}

/** Recursive integrator writing each level's estimate into out. */
function trapLevels(a: number, b: number, k: number, level: number, out: Float64Array, prev: number): void {
  if (level >= out.length) return;
  const n = 1 << level;
  const h = (b - a) / n;
  let s = 0;
  for (let i = 1; i < n; i += 2) s += Math.exp(-k * (a + i * h) ** 2);
  const est = level === 0 ? 0.5 * (b - a) * (Math.exp(-k * a * a) + Math.exp(-k * b * b)) : 0.5 * prev + h * s;
  out[level] = est;
  trapLevels(a, b, k, level + 1, out, est);
}

export function rombergLike(a: number, b: number, k: number): number {
  const out = new Float64Array(6);
  trapLevels(a, b, k, 0, out, 0);
  // Richardson on the last two levels
  return (4 * out[5] - out[4]) / 3;
}

/** A loop marked for checkpointing. */
export function checkpointed(x0: number, k: number, steps: number): number {
  let x = x0;
  let v = 0;
  /** @checkpoint */
  for (let i = 0; i < steps; i++) {
    v += -k * Math.sin(x) * 0.01;
    x += v * 0.01;
  }
  return x * x + v;
}

/** Writes two out-arrays and returns a number. */
export function twoOutputs(x: Float64Array, scale: number, lo: Float64Array, hi: Float64Array): number {
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    lo[i] = Math.min(x[i], 0) * scale;
    hi[i] = Math.max(x[i], 0) ** 2 * scale;
    total += lo[i] + hi[i];
  }
  return total;
}

/** Writes its output into the input array itself (in-place normalisation, void). */
export function normalizeInPlace(v: Float64Array): void {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  for (let i = 0; i < v.length; i++) v[i] /= n;
}

/** Math.pow with an active exponent and active base. */
export function activePow(x: number, y: number): number {
  return Math.pow(x, y) + x ** (y * 0.5) + Math.pow(2, x * y);
}

/** Integer exponent on a negative base. */
export function negBasePow(x: number): number {
  return x ** 3 + Math.pow(x, 2) + (x - 1) ** 4;
}

/** Math.abs / Math.sign / Math.sqrt exactly at zero from the data. */
export function atZero(x: number, y: number): number {
  return Math.abs(x - x) * y + Math.sign(y - y) * x + Math.sqrt(x * x + y * y);
}
