// Second round of shapes likely to trip a compiler.

function partition(a: Float64Array, lo: number, hi: number): number {
  const pivot = a[hi];
  let i = lo;
  for (let j = lo; j < hi; j++) {
    if (a[j] < pivot) {
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
      i++;
    }
  }
  const t = a[i];
  a[i] = a[hi];
  a[hi] = t;
  return i;
}

function quickSort(a: Float64Array, lo: number, hi: number): void {
  if (lo >= hi) return;
  const p = partition(a, lo, hi);
  quickSort(a, lo, p - 1);
  quickSort(a, p + 1, hi);
}

/** Recursive in-place quicksort, then a rank-weighted sum (gradient follows the permutation). */
export function quickSortedLoss(x: Float64Array): number {
  const a = x.slice();
  quickSort(a, 0, a.length - 1);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.sin(a[i]) * (i + 1);
  return s;
}

/** Table lookup by an index computed from a differentiated value: the gradient goes to the table entry. */
export function tableLookup(table: Float64Array, x: number): number {
  const idx = Math.min(table.length - 1, Math.max(0, Math.floor(x * table.length)));
  return table[idx] * x + table[(idx + 1) % table.length] * (1 - x);
}

/** Reassigned number parameter and a parameter array rebound to a copy, then written. */
export function reassignParams(x: number, w: Float64Array): number {
  x = x * 2 + 1;
  w = w.slice();
  for (let i = 0; i < w.length; i++) w[i] = w[i] * x + (i > 0 ? w[i - 1] : 0);
  return w[w.length - 1] + x * x;
}

/** A void function that accumulates into its output (reads and writes it). */
export function accumulateInto(x: Float64Array, k: number, acc: Float64Array): void {
  for (let i = 0; i < x.length; i++) acc[i] += k * x[i] * acc[i] + Math.sin(x[i]);
}

/** Returns a number and writes an out-parameter. */
export function normalizeInto(x: Float64Array, out: Float64Array): number {
  let n2 = 0;
  for (const v of x) n2 += v * v;
  const n = Math.sqrt(n2);
  for (let i = 0; i < x.length; i++) out[i] = x[i] / n;
  return n;
}

/** return inside a switch inside a loop. */
export function returnInSwitch(x: Float64Array, codes: Int32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    switch (codes[i]) {
      case 7:
        return s + x[i] * x[i] * x[i];
      case 1:
        s += Math.exp(x[i]);
        break;
      default:
        s -= x[i];
    }
  }
  return s;
}

/** A closure writing into an enclosing local array. */
export function closureWritesArray(x: Float64Array): number {
  const buf = new Float64Array(x.length);
  const put = (i: number, v: number): void => {
    buf[i] = v * v + (i > 0 ? buf[i - 1] : 0);
  };
  for (let i = 0; i < x.length; i++) put(i, x[i]);
  return buf[x.length - 1];
}

/** number[] built by push, then read backwards with Math.max spread. */
export function pushedBackwards(x: Float64Array): number {
  const ys: number[] = [];
  for (const v of x) ys.push(Math.tanh(v) * 2);
  let s = 0;
  for (let i = ys.length - 1; i >= 0; i--) s = s * 0.5 + ys[i];
  return s + Math.max(...ys);
}

/** % on differentiated values. */
export function modulo(x: number, y: number): number {
  return (x % y) * x + (7.5 % (y + 2));
}

function withDefault(x: number, k = x * 2): number {
  return Math.sin(k) * x;
}

/** A helper's default that reads an earlier parameter. */
export function defaultReads(x: number, y: number): number {
  return withDefault(x) + withDefault(x, y);
}

/** An array variable rebound by a ternary inside a loop, and writes through it. */
export function reboundInLoop(a: Float64Array, b: Float64Array): number {
  const p = Float64Array.from(a);
  const q = Float64Array.from(b);
  for (let s = 0; s < 4; s++) {
    const cur = s % 2 === 0 ? p : q;
    for (let i = 0; i < cur.length; i++) cur[i] = Math.cos(cur[i]) + 0.5 * (s % 2 === 0 ? q[i] : p[i]);
  }
  let r = 0;
  for (let i = 0; i < p.length; i++) r += p[i] * q[i];
  return r;
}

/** for…of over entries of a Float32Array with a break. */
export function f32Entries(w: Float32Array, x: number): number {
  let s = 0;
  for (const [i, v] of w.entries()) {
    if (v > 0.9) break;
    s += v * Math.pow(x, i);
  }
  return s;
}

/** do…while with both break and continue, inside a labelled for. */
export function doWhileMix(x: Float64Array, rounds: number): number {
  let s = 0;
  outer: for (let r = 0; r < rounds; r++) {
    let i = 0;
    do {
      const v = x[i++];
      if (v < -0.8) continue outer;
      if (v > 0.85) break;
      if (v < 0) continue;
      s += v * (r + 1);
    } while (i < x.length);
    s *= 0.95;
  }
  return s;
}
