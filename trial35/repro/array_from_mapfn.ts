// Expected: differentiated like `Array.from(xs).map((p, k) => …)` or `xs.map(…)`, which are supported (README: map
// with a callback written in place). Actual: TSG1008 "'Array.from' with a mapping function is not supported: tsgrad
// copies arrays with 'Array.from(xs)' but does not call the callback" (precise, but a refusal of a common form).
export function f(xs: Float64Array, b: Float64Array): number {
  const d = Array.from(xs, (p, k) => p + b[k]);
  return d.reduce((s, v) => s + v * v, 0);
}
