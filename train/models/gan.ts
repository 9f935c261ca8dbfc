// The vanilla GAN (Goodfellow et al., 2014) on flattened images: a generator from latent noise
// to images in [−1, 1], and a discriminator from images to a logit, each with one hidden layer.
// Both losses are binary cross-entropy; `tsgrad compile` writes their gradients into gan.grad.ts.
import { binaryCrossEntropy, dense, TANH } from './layers.js';

/** out (n images) = tanh(act(Z·G1ᵀ + gb1)·G2ᵀ + gb2) for n latent vectors Z. */
export function generate(G1: Float64Array, gb1: Float64Array, G2: Float64Array, gb2: Float64Array,
  Z: Float64Array, n: number, kind: number, alpha: number, out: Float64Array): void {
  const H = new Float64Array(n * gb1.length);
  dense(Z, G1, gb1, n, kind, alpha, H);
  dense(H, G2, gb2, n, TANH, 0, out);
}

/**
 * out (n logits) = (act(X·D1ᵀ + db1) ⊙ mask)·D2ᵀ + db2 for n images X; mask is the dropout
 * (0 for a dropped unit, 1/(1−p) for a kept one).
 */
export function discriminate(D1: Float64Array, db1: Float64Array, D2: Float64Array, db2: Float64Array,
  X: Float64Array, mask: Float64Array, n: number, kind: number, alpha: number, out: Float64Array): void {
  const H = new Float64Array(n * db1.length);
  dense(X, D1, db1, n, kind, alpha, H);
  const dropped = new Float64Array(H.length);
  for (let i = 0; i < H.length; i++) dropped[i] = H[i] * mask[i];
  dense(dropped, D2, db2, n, -1, 0, out);
}

/** The discriminator's loss: real images should be called real (1), generated ones fake (0). */
export function discriminatorLoss(D1: Float64Array, db1: Float64Array, D2: Float64Array, db2: Float64Array,
  real: Float64Array, fake: Float64Array, maskReal: Float64Array, maskFake: Float64Array,
  n: number, kind: number, alpha: number): number {
  const zReal = new Float64Array(n);
  discriminate(D1, db1, D2, db2, real, maskReal, n, kind, alpha, zReal);
  const zFake = new Float64Array(n);
  discriminate(D1, db1, D2, db2, fake, maskFake, n, kind, alpha, zFake);
  return binaryCrossEntropy(zReal, 1, n) + binaryCrossEntropy(zFake, 0, n);
}

/**
 * The generator's (non-saturating) loss: its images of Z should be called real by the
 * discriminator, −log D(G(Z)). The discriminator's weights are inputs here too; the training
 * loop only steps the generator's with this gradient.
 */
export function generatorLoss(G1: Float64Array, gb1: Float64Array, G2: Float64Array, gb2: Float64Array,
  D1: Float64Array, db1: Float64Array, D2: Float64Array, db2: Float64Array,
  Z: Float64Array, mask: Float64Array, n: number, kind: number, alpha: number, gKind: number, gAlpha: number): number {
  const fake = new Float64Array(n * gb2.length);
  generate(G1, gb1, G2, gb2, Z, n, gKind, gAlpha, fake);
  const z = new Float64Array(n);
  discriminate(D1, db1, D2, db2, fake, mask, n, kind, alpha, z);
  return binaryCrossEntropy(z, 1, n);
}
