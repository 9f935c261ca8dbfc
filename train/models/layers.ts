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

/**
 * How many numbers the flat weight array of a network with these layer widths holds (input
 * first, output last): per layer, nOut×nIn weights then nOut biases.
 */
export function weightCount(widths: readonly number[]): number {
  return layerStart(widths, widths.length - 1);
}

/**
 * out = act(X·Wᵀ + b) for a batch of n rows, with W (nOut×nIn) and b (nOut) read from P where
 * the layer's weights start, at p: W first, b right after. `kind` −1 leaves the layer linear.
 */
export function denseAt(X: Float64Array, P: Float64Array, p: number, nIn: number, nOut: number, n: number,
  kind: number, alpha: number, out: Float64Array): void {
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < nOut; j++) {
      let z = P[p + nOut * nIn + j];
      for (let k = 0; k < nIn; k++) z += X[r * nIn + k] * P[p + j * nIn + k];
      out[r * nOut + j] = kind < 0 ? z : activate(z, kind, alpha);
    }
  }
}

/**
 * A fully connected network on n rows of X: `widths` lists its layer widths, input first and
 * output last, with at least one hidden layer between (784, 512, 256, 1: two hidden layers), and
 * P holds all its weights, layer after layer, each layer's nOut×nIn weights (a row per output)
 * then its nOut biases. Each hidden layer is act(in·Wᵀ + b) ⊙ its rows of `mask` (the dropout:
 * n rows of each hidden layer's width, layer after layer; ones for none); the last layer is act
 * `outKind` (−1: linear) of in·Wᵀ + b, written to `out`.
 *
 * Written for tsgrad's reverse sweep: each layer's offsets come from helpers called with the
 * layer's index rather than from sums carried across the loop, and each layer writes a fresh
 * array, so the multiply-add loops save nothing on the tape.
 */
export function network(P: Float64Array, widths: readonly number[], X: Float64Array, mask: Float64Array, n: number,
  kind: number, alpha: number, outKind: number, out: Float64Array): void {
  // (the first layer reads X itself: no adjoint of X is computed when X is not differentiated)
  let input = new Float64Array(n * widths[1]);
  hiddenLayer(X, P, widths, 0, mask, n, kind, alpha, input);
  const last = widths.length - 2;
  for (let l = 1; l < last; l++) {
    const next = new Float64Array(n * widths[l + 1]);
    hiddenLayer(input, P, widths, l, mask, n, kind, alpha, next);
    input = next;
  }
  denseAt(input, P, layerStart(widths, last), widths[last], widths[last + 1], n, outKind, alpha, out);
}

/** out = act(X·Wᵀ + b) ⊙ the mask's rows of hidden layer l, for layer l of a network (see `network`). */
export function hiddenLayer(X: Float64Array, P: Float64Array, widths: readonly number[], l: number, mask: Float64Array, n: number,
  kind: number, alpha: number, out: Float64Array): void {
  const H = new Float64Array(out.length);
  denseAt(X, P, layerStart(widths, l), widths[l], widths[l + 1], n, kind, alpha, H);
  const m = n * unitsBefore(widths, l);
  for (let i = 0; i < H.length; i++) out[i] = H[i] * mask[m + i];
}

/** Where layer l's weights start in a network's flat array: after those of the layers before it. */
export function layerStart(widths: readonly number[], l: number): number {
  let p = 0;
  for (let i = 0; i < l; i++) p += widths[i + 1] * (widths[i] + 1);
  return p;
}

/** How many hidden units the layers before layer l have. */
export function unitsBefore(widths: readonly number[], l: number): number {
  let units = 0;
  for (let i = 1; i <= l; i++) units += widths[i];
  return units;
}
