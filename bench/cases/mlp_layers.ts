// Dense layers for the MLP case, row-major weights (nout rows of nin).

/** out = tanh(W·x + b). */
export function denseTanh(W: Float64Array, b: Float64Array, x: Float64Array, out: Float64Array): void {
  const nin = x.length;
  for (let i = 0; i < out.length; i++) {
    let s = b[i];
    for (let j = 0; j < nin; j++) s += W[i * nin + j] * x[j];
    out[i] = Math.tanh(s);
  }
}

/** out = W·x + b. */
export function dense(W: Float64Array, b: Float64Array, x: Float64Array, out: Float64Array): void {
  const nin = x.length;
  for (let i = 0; i < out.length; i++) {
    let s = b[i];
    for (let j = 0; j < nin; j++) s += W[i * nin + j] * x[j];
    out[i] = s;
  }
}

/** Σ (aᵢ − bᵢ)². */
export function squaredError(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    s += d * d;
  }
  return s;
}
