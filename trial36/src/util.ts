// Small numeric helpers shared by the other modules of trial36 (my own style: plain objects of numbers,
// number[] and Float64Array, helpers calling helpers).

export interface Vec2 { x: number; y: number }
export interface Vec3 { x: number; y: number; z: number }

export const vec2 = (x: number, y: number): Vec2 => ({ x, y });
export function add(a: Vec2, b: Vec2): Vec2 { return { x: a.x + b.x, y: a.y + b.y }; }
export function sub(a: Vec2, b: Vec2): Vec2 { return { x: a.x - b.x, y: a.y - b.y }; }
export function scale(a: Vec2, k: number): Vec2 { return { x: a.x * k, y: a.y * k }; }
export function dot2(a: Vec2, b: Vec2): number { return a.x * b.x + a.y * b.y; }
export function len2(a: Vec2): number { return Math.sqrt(dot2(a, a)); }

export function add3(a: Vec3, b: Vec3): Vec3 { return { x: a.x + b.x, y: a.y + b.y, z: a.z + b.z }; }
export function sub3(a: Vec3, b: Vec3): Vec3 { return { x: a.x - b.x, y: a.y - b.y, z: a.z - b.z }; }
export function scale3(a: Vec3, k: number): Vec3 { return { x: k * a.x, y: k * a.y, z: k * a.z }; }
export function dot3(a: Vec3, b: Vec3): number { return a.x * b.x + a.y * b.y + a.z * b.z; }
export function cross3(a: Vec3, b: Vec3): Vec3 {
  return { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x };
}
export function norm3(a: Vec3): number { return Math.sqrt(dot3(a, a)); }

/** log(1 + e^x) without overflow */
export function softplus(x: number): number {
  if (x > 30) return x;
  if (x < -30) return Math.exp(x);
  return Math.log1p(Math.exp(x));
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function logSumExp(xs: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i] > m) m = xs[i];
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.exp(xs[i] - m);
  return m + Math.log(s);
}

/** two-argument log(e^a + e^b) */
export function lse2(a: number, b: number): number {
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export function axpy(k: number, x: ArrayLike<number>, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += k * x[i];
}

export const sumSq = (a: number[]): number => a.reduce((s, v) => s + v * v, 0);

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** a value class, exported for other modules (README: classes of another module are refused) */
export class Complex {
  constructor(readonly re: number, readonly im: number) {}
  add(o: Complex): Complex { return new Complex(this.re + o.re, this.im + o.im); }
  mul(o: Complex): Complex { return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
  abs(): number { return Math.hypot(this.re, this.im); }
}
