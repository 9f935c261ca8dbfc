function minmax(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}
export function f(x: number, k: number): number {
  const [lo, hi] = minmax(x, k);
  return lo * hi;
}
export function g(x: number): number {
  return x * x;
}
