export const blockArrow = (x: number, y: number): number => {
  const t = x * y;
  return Math.exp(-t * t) + x;
};
export const fnExpr = function (x: number, y: number): number {
  return Math.atan(x / (1 + y * y));
};
export function tupleParam(p: [number, number], k: number): number {
  return Math.hypot(p[0], p[1]) * k;
}
export function readonlyTuple(p: readonly [number, number, number], k: number): number {
  const [a, b, c] = p;
  return a * b + c * k;
}
const TABLE = { a: 1.5, b: -0.5 } as const;
export function constOptional(x: number): number {
  return (TABLE?.a ?? 0) * x + TABLE.b * x * x;
}
class Acc {
  total = 0;
  add(v: number): number {
    this.total += v;
    return this.total;
  }
}
export function methodInExpr(x: number, y: number): number {
  const a = new Acc();
  a.add(x);
  const r = a.add(y) * a.total;
  return r + a.total;
}
export function fromLengthRounded(x: number, m: number): number {
  const n = Math.round(m);
  const a = Array.from({ length: n }, (_, i) => Math.sin(x * (i + 1)));
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return s;
}
export function quantise(x: number, y: number): number {
  return (Math.round(x * 100) / 100) * y + x * y;
}
export function methodAfterRead(x: number, y: number): number {
  const a = new Acc();
  a.add(x);
  const r = a.total * a.add(y);
  return r + a.total;
}
export function assignAfterRead(x: number, y: number): number {
  let s = x;
  return s * (s = y * s) + s;
}
