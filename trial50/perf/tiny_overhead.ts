// trial50 perf: the smallest function, to measure what a call of f_vjp / f_grad costs beyond its arithmetic.
export function sq(x: number): number {
  return x * x;
}
