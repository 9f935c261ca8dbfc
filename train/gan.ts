// Training the vanilla GAN with the gradients tsgrad wrote into models/gan.grad.ts: per
// iteration, `trainK` steps of the discriminator on a batch of real and a batch of generated
// images, then one step of the generator.
import type { Dataset } from './data.js';
import { generate } from './models/gan.js';
import { discriminatorLoss_vjp, generatorLoss_vjp } from './models/gan.grad.js';
import { makeOptimizer, type OptimizerName } from './optimizers.js';
import { fillDropoutMask, initNetwork, normal, uniform } from './random.js';

export interface GanOptions {
  lrDscr: number;
  lrGen: number;
  batchSize: number;
  numIterations: number;
  latentDim: number;
  /** The widths of the generator's hidden layers, latent side first (one layer: [128]). */
  hiddenGen: readonly number[];
  /** The widths of the discriminator's hidden layers, pixel side first. */
  hiddenDscr: readonly number[];
  optimizer: OptimizerName;
  beta1: number;
  beta2: number;
  activation: number;
  activationAlpha: number;
  trainK: number;
  probDropout: number;
  seed: number;
}

export interface GanParams {
  /** The generator's weights, layer after layer (models/layers.ts `network`), and its widths: latent, hidden…, pixels. */
  generator: Float64Array;
  generatorWidths: number[];
  /** The discriminator's: pixels, hidden…, 1. */
  discriminator: Float64Array;
  discriminatorWidths: number[];
}

export interface GanHooks {
  step?(iteration: number, lossDscr: number, lossGen: number): void;
  /** Called with the generator's images of the same fixed latent vectors, n of them. */
  samplesEvery?: { period: number; count: number; call(iteration: number, images: Float64Array): void };
}

export function trainGan(data: Dataset, o: GanOptions, hooks: GanHooks = {}): GanParams {
  const u = uniform(o.seed);
  const gaussian = normal(u);
  const pixels = data.rows * data.cols;
  const n = o.batchSize;
  const gWidths = [o.latentDim, ...o.hiddenGen, pixels];
  const dWidths = [pixels, ...o.hiddenDscr, 1];
  const G = initNetwork(gWidths, gaussian);
  const D = initNetwork(dWidths, gaussian);
  const { activation: kind, activationAlpha: alpha } = o;

  const real = new Float64Array(n * pixels);
  const fake = new Float64Array(n * pixels);
  const Z = new Float64Array(n * o.latentDim);
  // dropout on every hidden layer of the discriminator: n rows of each layer's width
  const hiddenUnits = o.hiddenDscr.reduce((s, w) => s + w, 0);
  const maskReal = new Float64Array(n * hiddenUnits);
  const maskFake = new Float64Array(n * hiddenUnits);
  // The adjoints, allocated once: the weights' of each loss only (`npm run train:compile`
  // generates each loss's derivative --wrt its own network's weights: the generator's loss
  // does no reverse work for the discriminator's weights it reads)
  const adjD = { D: new Float64Array(D.length) };
  const adjG = { G: new Float64Array(G.length) };
  const optD = makeOptimizer(o.optimizer, { lr: o.lrDscr, beta1: o.beta1, beta2: o.beta2 });
  const optG = makeOptimizer(o.optimizer, { lr: o.lrGen, beta1: o.beta1, beta2: o.beta2 });

  const sampleZ = hooks.samplesEvery ? Float64Array.from({ length: hooks.samplesEvery.count * o.latentDim }, gaussian) : new Float64Array(0);
  const showSamples = (it: number) => {
    const s = hooks.samplesEvery!;
    const images = new Float64Array(s.count * pixels);
    generate(G, gWidths, sampleZ, s.count, kind, alpha, images);
    s.call(it, images);
  };

  for (let it = 1; it <= o.numIterations; it++) {
    let lossDscr = 0;
    for (let k = 0; k < o.trainK; k++) {
      for (let r = 0; r < n; r++) {
        const s = Math.floor(u() * data.train.count);
        for (let i = 0; i < pixels; i++) real[r * pixels + i] = 2 * data.train.images[s * pixels + i]! - 1;
      }
      for (let i = 0; i < Z.length; i++) Z[i] = gaussian();
      generate(G, gWidths, Z, n, kind, alpha, fake);
      fillDropoutMask(maskReal, o.probDropout, u);
      fillDropoutMask(maskFake, o.probDropout, u);
      adjD.D.fill(0);
      lossDscr = discriminatorLoss_vjp(D, dWidths, real, fake, maskReal, maskFake, n, kind, alpha, adjD);
      optD.step([D], [adjD.D]);
    }
    for (let i = 0; i < Z.length; i++) Z[i] = gaussian();
    fillDropoutMask(maskFake, o.probDropout, u);
    adjG.G.fill(0);
    const lossGen = generatorLoss_vjp(G, gWidths, D, dWidths, Z, maskFake, n, kind, alpha, kind, alpha, adjG);
    optG.step([G], [adjG.G]);
    hooks.step?.(it, lossDscr, lossGen);
    if (hooks.samplesEvery && (it % hooks.samplesEvery.period === 0 || it === o.numIterations)) showSamples(it);
  }
  return { generator: G, generatorWidths: gWidths, discriminator: D, discriminatorWidths: dWidths };
}
