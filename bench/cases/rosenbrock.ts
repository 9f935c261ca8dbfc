// The n-dimensional Rosenbrock function Σ 100·(x_{i+1} − xᵢ²)² + (1 − xᵢ)².
export function rosenbrock(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    s += 100 * a * a + b * b;
  }
  return s;
}
