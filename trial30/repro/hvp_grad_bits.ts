// Repro: f_hvp's grad is not bit-equal to f_grad's (README, f_hvp: "its gradient ... bit-equal to f_grad's:
// the same operations in the same order"). gini_vjp's reverse loop is unrolled-and-jammed (two i at a time),
// gini_hvp's is not, so the adjoint sums are added in another order. Run: node --import tsgrad/register hvp_grad_bits_run.ts
export function gini(incomes: Float64Array): number {
  const n = incomes.length;
  let mad = 0, sum = 0;
  for (let i = 0; i < n; i++) {
    sum += incomes[i];
    for (let j = 0; j < n; j++) mad += Math.abs(incomes[i] - incomes[j]);
  }
  return mad / (2 * n * sum);
}
