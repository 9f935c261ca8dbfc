export function arrowWritesOuter(x: number, y: number): number {
  let total = 0;
  const acc = (v: number) => { total += v * v; };
  acc(x);
  acc(y * x);
  return total * y;
}
export function curried(x: number, y: number): number {
  const mul = (a: number) => (b: number) => a * b;
  return mul(x)(y) + mul(y)(Math.sin(x));
}
export function loopClosure(x: number, w: number): number {
  let s = 0;
  for (let i = 1; i <= 4; i++) {
    const g = (t: number) => t * i * w;
    s += g(x) * g(1);
  }
  return s;
}
export function whileConverge(v: number): number {
  let x = 1;
  let dx = 1;
  while (Math.abs(dx) > 1e-14) {
    dx = (x * x - v) / (2 * x);
    x -= dx;
  }
  return x;
}
export function hypotOrigin(x: number, y: number): number {
  return Math.hypot(x, y) + x;
}
export function powZeroBase(x: number, y: number): number {
  return Math.pow(x, 2) + x ** 3 + y * Math.pow(x, 0);
}
export function bitTruncate(x: number, y: number): number {
  return (x | 0) * y + ~~(y * 3) * x + (x >>> 0) * 0.5;
}
export function atNeg(x: number, y: number, z: number): number {
  const a = [x, y, z];
  return (a.at(-1) as number) * (a.at(0) as number) + (a.at(1) ?? 0);
}
export function destructDefault(x: number, y: number): number {
  const a = [x, y];
  const [p = 1, q = 2, r = 3] = a;
  return p * q + r * x;
}
export function reduceFourArg(x: number, y: number, z: number): number {
  const a = [x, y, z];
  return a.reduce((acc, v, i, arr) => acc + v * (i > 0 ? arr[i - 1] : 1), 0);
}
export function fromLengthPair(x: number, y: number, z: number): number {
  const a = [x, y, z];
  const n = a.length;
  const b = Array.from({ length: n }, (_, i) => a[i] * a[n - 1 - i]);
  return b[0] + 2 * b[1] + 3 * b[2];
}
export function staticThis(x: number, y: number): number {
  return S.both(x, y);
}
class S {
  static half(v: number): number { return v / 2; }
  static both(a: number, b: number): number { return this.half(a) * S.half(b) + this.half(a * a); }
}
export function absAtZero(x: number, y: number): number {
  return Math.abs(x) * y + Math.abs(x - x) + Math.max(x, 0) * y;
}
export function epsilonConsts(x: number): number {
  return x * (1 + Number.EPSILON) + Math.min(x, Number.MAX_VALUE) + Number.MIN_VALUE * x;
}
export function tryFinally(x: number): number {
  let s = 0;
  try {
    s = x * x;
    if (s > 100) throw new Error('big');
  } finally {
    s += x;
  }
  return s;
}
export function roundPeriodic(x: number): number {
  const frac = x - Math.round(x);
  return frac * frac + Math.floor(x * 2) * x;
}
export function optionalIndex(x: number, y: number): number {
  const w: number[] | undefined = x > 0 ? [x, y] : undefined;
  return (w?.[1] ?? 0) * x + (w?.length ?? 0);
}
export function typedSetReverse(x: number, y: number, z: number): number {
  const a = new Float64Array(4);
  a.set([x, y, z], 1);
  a.reverse();
  return a[0] * a[1] + a[2] * 3 + a[3];
}
export function copyWithinProbe(x: number, y: number): number {
  const a = Float64Array.of(x, y, x * y, 0);
  a.copyWithin(1, 2);
  return a[0] + a[1] * 2 + a[2] * 3;
}
export function switchDefaultMiddle(x: number, m: number): number {
  let s = 1;
  switch (m) {
    case 0:
      s *= x;
    default:
      s += x * x;
    case 2:
      s *= 3;
      break;
    case 3:
      s = -x;
  }
  return s;
}
export function labelBlockLoop(x: number): number {
  let s = 0;
  blk: {
    for (let i = 0; i < 10; i++) {
      s += x * i;
      if (s > 3) break blk;
    }
    s *= 100;
  }
  return s;
}
export function f32Accumulate(x: number, y: number): number {
  const buf = new Float32Array(3);
  for (let i = 0; i < 3; i++) buf[i] += x * (i + 1) + y;
  buf[1] *= y;
  return buf[0] + buf[1] + buf[2];
}
export function entriesLoop(x: number, y: number): number {
  const a = [x, y, x * y];
  let s = 0;
  for (const [i, v] of a.entries()) s += v * (i + 1);
  return s;
}
export function defaultFromActive(x: number, k = x * x): number {
  return k * Math.sin(x);
}
