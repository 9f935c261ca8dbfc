// The pieces the models share, written as plain loops over row-major Float64Arrays.
// tsgrad inlines these helpers into each model and differentiates the result.

/** Activation codes, in the order of ACTIVATIONS in ../activations.ts. */
export const RELU = 0;
export const LEAKYRELU = 1;
export const ELU = 2;
export const CELU = 3;
export const TRELU = 4;
export const TANH = 5;
export const SIGMOID = 6;

/**
 * The activation `kind` (one of the codes above) at z, with its parameter alpha: the slope of
 * leakyrelu below 0, the scale of elu and celu, the threshold of trelu (thresholded relu: z
 * above alpha, else 0); tanh, sigmoid and relu ignore it.
 */
export function activate(z: number, kind: number, alpha: number): number {
  if (kind === RELU) return z > 0 ? z : 0;
  if (kind === LEAKYRELU) return z > 0 ? z : alpha * z;
  if (kind === ELU) return z > 0 ? z : alpha * (Math.exp(z) - 1);
  if (kind === CELU) return z > 0 ? z : alpha * (Math.exp(z / alpha) - 1);
  if (kind === TRELU) return z > alpha ? z : 0;
  if (kind === TANH) return Math.tanh(z);
  return 1 / (1 + Math.exp(-z));
}

/**
 * out = act(X·Wᵀ + b) for a batch: X is n×nIn, W is nOut×nIn (a row of weights per output), b and each row of out have nOut
 * entries. `kind` -1 leaves the layer linear.
 */
export function dense(X: Float64Array, W: Float64Array, b: Float64Array, n: number, kind: number, alpha: number, out: Float64Array): void {
  const nOut = b.length;
  const nIn = W.length / nOut;
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < nOut; j++) {
      let z = b[j];
      for (let k = 0; k < nIn; k++) z += X[r * nIn + k] * W[j * nIn + k];
      out[r * nOut + j] = kind < 0 ? z : activate(z, kind, alpha);
    }
  }
}

/**
 * Mean softmax cross-entropy of n rows of logits (each of Y's rows is a one-hot target, or any
 * distribution): log Σ exp(z) − Σ y·z, with the row's maximum taken out first.
 */
export function softmaxCrossEntropy(logits: Float64Array, Y: Float64Array, n: number): number {
  const c = logits.length / n;
  let total = 0;
  for (let r = 0; r < n; r++) {
    let top = logits[r * c];
    for (let j = 1; j < c; j++) top = Math.max(top, logits[r * c + j]);
    let s = 0;
    let yz = 0;
    for (let j = 0; j < c; j++) {
      s += Math.exp(logits[r * c + j] - top);
      yz += Y[r * c + j] * logits[r * c + j];
    }
    total += top + Math.log(s) - yz;
  }
  return total / n;
}

/**
 * Mean binary cross-entropy of n logits z against the target t (1 for real, 0 for fake):
 * −t·log σ(z) − (1−t)·log(1−σ(z)), written as softplus(z) − t·z so that it stays finite.
 */
export function binaryCrossEntropy(z: Float64Array, t: number, n: number): number {
  let total = 0;
  for (let r = 0; r < n; r++) {
    const x = z[r];
    const softplus = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    total += softplus - t * x;
  }
  return total / n;
}
