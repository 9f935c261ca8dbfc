// Softmax cross-entropy, second hand: the probabilities computed into a scratch array by a
// softmax helper, then −log of the label's probability.

function largest(a: Float64Array): number {
  let best = -Infinity;
  for (const v of a) if (v > best) best = v;
  return best;
}

function softmaxInto(z: Float64Array, out: Float64Array): void {
  const m = largest(z);
  let total = 0;
  for (let i = 0; i < z.length; i++) {
    out[i] = Math.exp(z[i] - m);
    total += out[i];
  }
  for (let i = 0; i < out.length; i++) out[i] /= total;
}

export function softmaxCrossEntropyStyled(logits: Float64Array, label: number): number {
  const p = new Float64Array(logits.length);
  softmaxInto(logits, p);
  return -Math.log(p[label]);
}
