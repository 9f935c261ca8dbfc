// Logistic regression: the loss of one example (features x, label y in {0, 1}) for weights
// w and bias b. The README's training loop calls the generated loss_vjp on it.
export function loss(w: Float64Array, b: number, x: Float64Array, y: number): number {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  const p = 1 / (1 + Math.exp(-z));
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}
