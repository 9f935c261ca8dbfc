function simpson(f: (t: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}
function gauss(t: number): number {
  return Math.exp(-t * t);
}
export function namedCallback(a: number, b: number): number {
  return simpson(gauss, a, b, 8) * b;
}
export function doubleIntegral(p: number, q: number): number {
  return simpson((x) => simpson((y) => Math.sin(p * x + q * y * y), 0, 1, 4), 0, 1, 4);
}
function twice(g: (v: number) => number, v: number): number {
  return g(g(v));
}
export function callbackTwoLevels(k: number, x: number): number {
  return twice((v) => Math.tanh(k * v), x) + simpson((t) => twice((u) => u * k, t), 0, x, 2);
}
