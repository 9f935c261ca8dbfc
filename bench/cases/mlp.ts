// A two-layer perceptron, 64 → 128 (tanh) → 10, with a squared loss against the target y.
import { dense, denseTanh, squaredError } from './mlp_layers.js';

export function mlpLoss(W1: Float64Array, b1: Float64Array, W2: Float64Array, b2: Float64Array,
  x: Float64Array, y: Float64Array): number {
  const h = new Float64Array(b1.length);
  const out = new Float64Array(b2.length);
  denseTanh(W1, b1, x, h);
  dense(W2, b2, h, out);
  return squaredError(out, y);
}
