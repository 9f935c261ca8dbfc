// Classifiers of flattened images X (n rows of nIn pixels) into classes, trained on the mean
// softmax cross-entropy against one-hot targets Y (n rows of nClasses). `tsgrad compile`
// writes the gradients into mlp.grad.ts.
import { dense, softmaxCrossEntropy } from './layers.js';

/** Logistic (softmax) regression: logits = X·W + b. */
export function logregLoss(W: Float64Array, b: Float64Array, X: Float64Array, Y: Float64Array, n: number): number {
  const logits = new Float64Array(n * b.length);
  dense(X, W, b, n, -1, 0, logits);
  return softmaxCrossEntropy(logits, Y, n);
}

/**
 * A perceptron with one hidden layer: logits = act(X·W1 + b1)·W2 + b2. `mask` (n rows of the
 * hidden width) is the dropout: 0 for a dropped unit, 1/(1−p) for a kept one, all ones when
 * not training.
 */
export function mlpLoss(W1: Float64Array, b1: Float64Array, W2: Float64Array, b2: Float64Array,
  X: Float64Array, Y: Float64Array, mask: Float64Array, n: number, kind: number, alpha: number): number {
  const H = new Float64Array(n * b1.length);
  dense(X, W1, b1, n, kind, alpha, H);
  const dropped = new Float64Array(H.length);
  for (let i = 0; i < H.length; i++) dropped[i] = H[i] * mask[i];
  const logits = new Float64Array(n * b2.length);
  dense(dropped, W2, b2, n, -1, 0, logits);
  return softmaxCrossEntropy(logits, Y, n);
}
