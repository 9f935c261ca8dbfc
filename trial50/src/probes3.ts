// Probes of evaluation order and C idioms (index side effects, chained and destructuring assignments, labelled
// blocks, do … while (--n)), and of classes whose methods change their instance and return a number.

class Stepper {
  constructor(public x: number, public v: number, readonly k: number) {}
  get energy(): number { return 0.5 * this.v * this.v + 0.5 * this.k * this.x * this.x; }
  /** one symplectic Euler step; returns the energy change */
  step(dt: number): number {
    const e0 = this.energy;
    this.v -= this.k * this.x * dt;
    this.x += this.v * dt;
    return this.energy - e0;
  }
}

class Meter {
  _v: number;
  constructor(v: number) { this._v = v; }
  get level(): number { return this._v; }
  set level(v: number) { this._v = v < 0 ? 0 : v; }
  get doubled(): number { return 2 * this.level; }
  pump(a: number): void { this.level *= a; this.level += this.doubled * 0.1; }
}

class Fib {
  static seed(a: number): number { return a * 0.5; }
  static twice(a: number): number { return this.seed(a) + Fib.seed(a * a); }
}

/** x[i++] = x[i] * c: the index of the target is taken before the right side reads i. */
export function indexSideEffects(xs: Float64Array, c: number): number {
  const a = xs.slice();
  let i = 0;
  while (i < a.length - 1) a[i++] = a[i] * c + a[i - 1];
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j] * (j + 1);
  return s;
}

/** Chained assignment a[i] = a[j] = v, and s[k++] += v. */
export function chainedAssign(xs: Float64Array, c: number): number {
  const a = new Float64Array(xs.length);
  const acc = new Float64Array(3);
  let k = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    a[i] = a[i + 1] = xs[i] * c;
    acc[k++ % 3] += a[i] * xs[i + 1];
  }
  return acc[0] + 2 * acc[1] + 3 * acc[2] + a[1];
}

/** Destructuring swaps of elements and of scalars (a Fibonacci-like recurrence in c). */
export function destructuringSwaps(xs: Float64Array, c: number): number {
  const a = xs.slice();
  for (let i = 0, j = a.length - 1; i < j; i++, j--) [a[i], a[j]] = [a[j] * c, a[i]];
  let p = 1, q = c;
  for (let n = 0; n < 6; n++) [p, q] = [q, p + q * c];
  return a[0] * 3 + a[1] * 2 + a[a.length - 1] + p / q;
}

/** A labelled block left by break, and do … while (--n). */
export function labelledBlock(x: number, y: number, n: number): number {
  let r = 0;
  blk: {
    if (x > y) { r = x * y; break blk; }
    r = x + y;
    if (r > 1) break blk;
    r *= 3;
  }
  let m = n;
  do {
    r = r * 0.5 + Math.sin(r);
  } while (--m);
  return r;
}

/** Wrapped indices ((i % n) + n) % n and truncation (x | 0, ~~x, >>> 0) choosing elements. */
export function wrappedIndices(xs: Float64Array, shift: number, t: number): number {
  const n = xs.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const j = (((i - shift) % n) + n) % n;
    const k = ~~(t * i) % n;
    const l = ((t * 3) | 0) >>> 0;
    s += xs[j] * xs[k] + xs[l % n] * t;
  }
  return s;
}

/** A method that changes its instance and returns a number, called in a loop condition. */
export function methodInCondition(x0: number, v0: number, k: number, dt: number): number {
  const st = new Stepper(x0, v0, k);
  let drift = 0;
  let n = 0;
  while (n < 12 && Math.abs(st.step(dt)) < 10) { drift += st.x; n++; }
  return drift + st.energy;
}

/** Setter and getter used by compound assignments inside a method; a getter reading a getter. */
export function setterInMethod(v0: number, a: number): number {
  const m = new Meter(v0);
  for (let i = 0; i < 4; i++) m.pump(a);
  return m.level + m.doubled;
}

/** A static method calling another through `this` and through the class name. */
export function staticThis(a: number): number {
  return Fib.twice(a) * Fib.seed(a);
}

/** Early return from inside a switch inside a loop. */
export function returnFromSwitch(xs: Float64Array, c: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    switch (i & 3) {
      case 0: s += xs[i]; break;
      case 1: s *= c; break;
      case 2:
        if (s > 2) return s * c;
        s -= xs[i] * xs[i];
        break;
      default: s += c;
    }
  }
  return s;
}

/** Postfix ++ on an element used as a value, and Math.max over a spread local array. */
export function elementIncrement(xs: Float64Array, c: number): number {
  const a = xs.slice();
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]++ * c + a[i];
  const m = Math.max(...a);
  return s + m;
}
