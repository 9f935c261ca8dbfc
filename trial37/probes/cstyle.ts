// C-like idioms: post-increment indices in stores, chained element assignment, do-while with --n, bit shifts,
// a value class changed by methods with an early return, a state object stepped conditionally.

/** pack pairwise products into out with out[k++] = …; returns the sum of squares of what it wrote */
export function packProducts(x: Float64Array, out: Float64Array): number {
  let k = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i; j < x.length; j++) {
      out[k++] = x[i] * x[j];
      s += out[k - 1] * out[k - 1];
    }
  }
  return s;
}

/** chained element assignment and x[i++] += in a while loop */
export function chainedStores(x: Float64Array, a: number): number {
  const buf = new Float64Array(x.length + 1);
  let i = 0;
  while (i < x.length) {
    buf[i] = buf[i + 1] = a * x[i];
    buf[i++] += x[i - 1] * x[i - 1];
  }
  let s = 0;
  for (let j = buf.length - 1; j >= 0; j--) s = s * 0.5 + buf[j];
  return s;
}

/** Horner with do-while and --n */
export function hornerDoWhile(c: Float64Array, x: number): number {
  let n = c.length;
  let acc = 0;
  do {
    acc = acc * x + c[--n];
  } while (n > 0);
  return acc;
}

/** a bit-reversal permutation read (inactive indices by shifts) */
export function bitReversedDot(x: Float64Array, y: Float64Array): number {
  const n = x.length; // a power of two
  let bits = 0;
  while ((1 << bits) < n) bits++;
  let s = 0;
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let b = 0; b < bits; b++) r |= ((i >>> b) & 1) << (bits - 1 - b);
    s += x[i] * y[r];
  }
  return s;
}

class Account {
  constructor(public balance: number, public rate: number) {}
  accrue(): void { this.balance *= 1 + this.rate; }
  withdraw(amount: number): number {
    if (amount > this.balance) return 0;
    this.balance -= amount;
    return amount;
  }
}

/** a value class stepped by methods, one returning a number after changing the instance, with an early break */
export function drawdown(initial: number, rate: number, draw: number, years: number): number {
  const acc = new Account(initial, rate);
  let taken = 0;
  for (let y = 0; y < years; y++) {
    acc.accrue();
    const got = acc.withdraw(draw * (1 + 0.02 * y));
    if (got === 0) break;
    taken += got;
  }
  return taken + acc.balance;
}

interface Osc { x: number; v: number }
function kick(s: Osc, f: number): void { s.v += f; }
function drift(s: Osc, dt: number): void { s.x += dt * s.v; }

/** a state object stepped by void helpers called conditionally */
export function kickedOscillator(x0: number, v0: number, k: number, steps: number): number {
  const s: Osc = { x: x0, v: v0 };
  for (let i = 0; i < steps; i++) {
    if (i % 3 === 0) kick(s, -k * s.x * 0.1);
    drift(s, 0.1);
    if (s.x > 5) break;
  }
  return s.x * s.x + s.v;
}
