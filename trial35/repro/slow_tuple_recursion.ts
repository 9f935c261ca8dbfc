// Slow: small recursive helpers (a tail recursion of ~5 levels) cost 5-12x their primal in f_vjp, against ~2-3x for the
// same computation as a loop; the helper returning a tuple ([number, number]) also allocates arrays at every level.
// The AGM recursion for an ellipse's perimeter: f allocates one 2-element array in all (the base case's, passed up);
// the generated agm$into_fwd allocates at every level `new Array(0)`, `f64Zeros(0)`, `new Array(2).fill(0)`,
// `f64Zeros(2)` and pushes references on the tape (see gen/slow_tuple_recursion.grad.ts). Expected: vjp/f within ~3x,
// as for the loop (perimLoop). Actual (slow_tuple_recursion.run.ts): perimPair and perimScalar (two recursions returning
// numbers) both well above 3x, the loop under it.
function agmPair(a: number, b: number, s: number, p: number): [number, number] {
  if (Math.abs(a - b) <= 1e-15 * a) return [a, s];
  const c = 0.5 * (a - b);
  return agmPair(0.5 * (a + b), Math.sqrt(a * b), s + p * c * c, 2 * p);
}
export function perimPair(a: number, b: number): number {
  const [m, s] = agmPair(a, b, 0.5 * (a * a - b * b), 1);
  return (2 * Math.PI * (a * a - s)) / m;
}

function agmMean(a: number, b: number): number {
  if (Math.abs(a - b) <= 1e-15 * a) return a;
  return agmMean(0.5 * (a + b), Math.sqrt(a * b));
}
function agmSum(a: number, b: number, s: number, p: number): number {
  if (Math.abs(a - b) <= 1e-15 * a) return s;
  const c = 0.5 * (a - b);
  return agmSum(0.5 * (a + b), Math.sqrt(a * b), s + p * c * c, 2 * p);
}
export function perimScalar(a: number, b: number): number {
  const m = agmMean(a, b);
  const s = agmSum(a, b, 0.5 * (a * a - b * b), 1);
  return (2 * Math.PI * (a * a - s)) / m;
}

export function perimLoop(a: number, b: number): number {
  let x = a;
  let y = b;
  let s = 0.5 * (a * a - b * b);
  let p = 1;
  while (Math.abs(x - y) > 1e-15 * x) {
    const c = 0.5 * (x - y);
    s += p * c * c;
    p *= 2;
    [x, y] = [0.5 * (x + y), Math.sqrt(x * y)];
  }
  return (2 * Math.PI * (a * a - s)) / x;
}
