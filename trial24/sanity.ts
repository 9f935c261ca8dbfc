// Checker self-test: a deliberately wrong registered derivative. run.mjs expects WRONG here.
export function cube(x: number): number {
  return x * x * x;
}
export function cube_vjp(x: number, adj: { x: number }, seed = 1): number {
  adj.x += seed * 2 * x * x; // wrong on purpose: should be 3x²
  return cube(x);
}
export function usesCube(x: number, y: number): number {
  return cube(x) * y + Math.sin(y);
}
