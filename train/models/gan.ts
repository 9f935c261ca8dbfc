// The vanilla GAN (Goodfellow et al., 2014) on flattened images: a generator from latent noise
// to images in [−1, 1], and a discriminator from images to a logit, each a fully connected
// network with any number of hidden layers. Each network's weights are one flat array, its
// layer widths a list (see `network` in layers.ts). Both losses are binary cross-entropy;
// `tsgrad compile` writes their gradients into gan.grad.ts.
import { binaryCrossEntropy, network, TANH } from './layers.js';

/**
 * out (n images) = the generator's images of n latent vectors Z: its hidden layers apply act
 * `kind`, its last tanh. `widths` runs from the latent size to the pixels (64, 128, 784).
 */
export function generate(G: Float64Array, widths: readonly number[], Z: Float64Array, n: number, kind: number, alpha: number, out: Float64Array): void {
  let hiddenUnits = 0;
  for (let l = 1; l + 1 < widths.length; l++) hiddenUnits += widths[l];
  const noDropout = new Float64Array(n * hiddenUnits).fill(1);
  network(G, widths, Z, noDropout, n, kind, alpha, TANH, out);
}

/**
 * out (n logits) = the discriminator's view of n images X: its hidden layers apply act `kind`
 * and the dropout `mask` (0 for a dropped unit, 1/(1−p) for a kept one; n rows of each hidden
 * layer's width, layer after layer), its last layer is linear. `widths` runs from the pixels
 * to 1 (784, 128, 1).
 */
export function discriminate(D: Float64Array, widths: readonly number[], X: Float64Array, mask: Float64Array, n: number,
  kind: number, alpha: number, out: Float64Array): void {
  network(D, widths, X, mask, n, kind, alpha, -1, out);
}

/** The discriminator's loss: real images should be called real (1), generated ones fake (0). */
export function discriminatorLoss(D: Float64Array, dWidths: readonly number[], real: Float64Array, fake: Float64Array,
  maskReal: Float64Array, maskFake: Float64Array, n: number, kind: number, alpha: number): number {
  const zReal = new Float64Array(n);
  discriminate(D, dWidths, real, maskReal, n, kind, alpha, zReal);
  const zFake = new Float64Array(n);
  discriminate(D, dWidths, fake, maskFake, n, kind, alpha, zFake);
  return binaryCrossEntropy(zReal, 1, n) + binaryCrossEntropy(zFake, 0, n);
}

/**
 * The generator's (non-saturating) loss: its images of Z should be called real by the
 * discriminator, −log D(G(Z)). The discriminator's weights are inputs here too; the training
 * loop only steps the generator's with this gradient.
 */
export function generatorLoss(G: Float64Array, gWidths: readonly number[], D: Float64Array, dWidths: readonly number[],
  Z: Float64Array, mask: Float64Array, n: number, kind: number, alpha: number, gKind: number, gAlpha: number): number {
  const fake = new Float64Array(n * gWidths[gWidths.length - 1]);
  generate(G, gWidths, Z, n, gKind, gAlpha, fake);
  const z = new Float64Array(n);
  discriminate(D, dWidths, fake, mask, n, kind, alpha, z);
  return binaryCrossEntropy(z, 1, n);
}
