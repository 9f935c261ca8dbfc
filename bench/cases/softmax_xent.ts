// Softmax cross-entropy of n logits against an integer label: log Σ exp(zᵢ) − z_label, with the
// maximum shifted out. The label only picks an element (an index: no derivative).
export function softmaxCrossEntropy(logits: Float64Array, label: number): number {
  const n = logits.length;
  let m = logits[0];
  for (let i = 1; i < n; i++) {
    if (logits[i] > m) m = logits[i];
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(logits[i] - m);
  return m + Math.log(s) - logits[label];
}
