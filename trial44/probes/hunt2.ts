// More control-flow, aliasing and language probes (written while hunting for a wrong gradient; all right).
function same(a: Float64Array): Float64Array {
  return a;
}
/** A helper returning its argument: the caller writes through the alias. */
export function aliasReturn(x: number, y: number): number {
  const buf = new Float64Array(3);
  buf[0] = x;
  const b = same(buf);
  b[0] = b[0] * y + 1;
  b[1] = buf[0] * x;
  return buf[0] + buf[1] * b[0];
}

/** A local array variable assigned to another name, written through it. */
export function aliasLocal(x: Float64Array, w: number): number {
  const a = Float64Array.from(x);
  const b = a;
  for (let i = 0; i < a.length; i++) b[i] = a[i] * w + (i > 0 ? b[i - 1] : 0);
  const c = new Float64Array(a.length);
  c[0] = b[a.length - 1];
  return a[0] * c[0] + a[1];
}

/** Chained assignment and compound assignment inside an expression. */
export function chained(x: number, y: number): number {
  const a = new Float64Array(3);
  let t = 0;
  a[0] = a[1] = x * y;
  const s = (t = x + y) * t + (a[2] += a[0] * t);
  return s + a[1] * a[2];
}

/** push and pop on a number[]. */
export function pushPop(x: Float64Array): number {
  const st: number[] = [];
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    st.push(x[i] * x[i]);
    if (st.length > 2) s += st[st.length - 1] * x[i];
  }
  return s + st.reduce((p, v) => p + v, 0);
}

/** Array.from with a map function, for…of over a subarray. */
export function fromMapSub(x: Float64Array, k: number): number {
  const y = Array.from(x, (v, i) => Math.sin(v * k) + i);
  let s = 0;
  for (const v of x.subarray(1)) s += v * y[0];
  return s + y[y.length - 1];
}

/** Shadowing in nested blocks. */
export function shadowing(x: number, y: number): number {
  let s = x;
  {
    const x = y * 2;
    s += x * s;
    {
      let y = x + s;
      y *= y;
      s -= y * 0.01;
    }
  }
  return s * y;
}

/** A default computed from an array parameter's length. */
function meanOf(a: Float64Array, n: number = a.length): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i];
  return s / n;
}
export function defaultLength(x: Float64Array): number {
  return meanOf(x) * meanOf(x, 2);
}

/** A throw inside a loop that is not taken, tape balance after it. */
export function throwGuard(x: Float64Array, w: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new Error('bad input at ' + i);
    let t = x[i];
    t = t * w + s;
    s = Math.tanh(t);
  }
  return s;
}

/** x | 0 on an active value, typeof branch. */
export function truncBits(x: number, y: number): number {
  const k = (x * 3) | 0;
  const v: number = y;
  return typeof v === 'number' ? v * k + x * y : 0;
}

/** Postfix increments inside compound element assignment. */
export function postfixCompound(a: Float64Array, w: number): number {
  const b = Float64Array.from(a);
  let k = 0;
  while (k < b.length - 1) b[k++] += b[k] * w;
  return b.reduce((s, v) => s + v * v, 0);
}

/** An exported void function writing an output array, called in a loop by another export. */
export function rhs(y: Float64Array, k: number, out: Float64Array): void {
  out[0] = y[1];
  out[1] = -k * Math.sin(y[0]);
}
export function rk2Pendulum(theta: number, k: number, dt: number, steps: number): number {
  const y = Float64Array.of(theta, 0);
  const k1 = new Float64Array(2), k2 = new Float64Array(2), mid = new Float64Array(2);
  for (let s = 0; s < steps; s++) {
    rhs(y, k, k1);
    for (let i = 0; i < 2; i++) mid[i] = y[i] + 0.5 * dt * k1[i];
    rhs(mid, k, k2);
    for (let i = 0; i < 2; i++) y[i] += dt * k2[i];
  }
  return y[0] * y[0] + y[1];
}

/** Math.max over a spread window with ties possible, and Math.min of a spread of a mapped array. */
export function spreadWindowMax(x: Float64Array, t: number): number {
  return Math.max(...x.subarray(1, 4)) * t + Math.min(...Array.from(x).map((v) => v * t));
}

/** ||= and ??= on numbers, &&=. */
export function logicalAssign(x: number, y: number): number {
  let a = 0;
  a ||= x * y;
  let b = x;
  b &&= b * y;
  let c: number | undefined;
  c ??= a + b;
  return a + b * c;
}

/** Recursion carrying an array window and a number. */
function horner(c: Float64Array, x: number): number {
  if (c.length === 0) return 0;
  return c[0] + x * horner(c.subarray(1), x);
}
export function recursiveHorner(c: Float64Array, x: number): number {
  return horner(c, x) * horner(c.subarray(2), x);
}

/** A value class with a getter, methods returning new instances. */
class Vec2 {
  constructor(readonly x: number, readonly y: number) {}
  get len(): number { return Math.hypot(this.x, this.y); }
  add(o: Vec2): Vec2 { return new Vec2(this.x + o.x, this.y + o.y); }
  scale(k: number): Vec2 { return new Vec2(this.x * k, this.y * k); }
}
export function vecChain(ax: number, ay: number, k: number): number {
  let p = new Vec2(ax, ay);
  for (let i = 0; i < 3; i++) p = p.add(p.scale(k)).scale(0.5);
  return p.len + p.x;
}
