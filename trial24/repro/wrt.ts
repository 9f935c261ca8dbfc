export function f(q: number, a: number, b: number): number {
  q = q * a + b;
  return q * q;
}
