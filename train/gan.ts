// Training the vanilla GAN with the gradients tsgrad wrote into models/gan.grad.ts: per
// iteration, `trainK` steps of the discriminator on a batch of real and a batch of generated
// images, then one step of the generator.
import type { Dataset } from './data.js';
import { generate } from './models/gan.js';
import { discriminatorLoss_vjp, generatorLoss_vjp } from './models/gan.grad.js';
import { makeOptimizer, type OptimizerName } from './optimizers.js';
import { fillDropoutMask, initWeights, normal, uniform } from './random.js';

export interface GanOptions {
  lrDscr: number;
  lrGen: number;
  batchSize: number;
  numIterations: number;
  latentDim: number;
  hiddenGen: number;
  hiddenDscr: number;
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
  /** [G1, gb1, G2, gb2]: latent → hidden → pixels. */
  generator: Float64Array[];
  /** [D1, db1, D2, db2]: pixels → hidden → 1. */
  discriminator: Float64Array[];
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
  const G = [initWeights(o.hiddenGen * o.latentDim, o.latentDim, gaussian), new Float64Array(o.hiddenGen),
    initWeights(pixels * o.hiddenGen, o.hiddenGen, gaussian, 1), new Float64Array(pixels)];
  const D = [initWeights(o.hiddenDscr * pixels, pixels, gaussian), new Float64Array(o.hiddenDscr),
    initWeights(o.hiddenDscr, o.hiddenDscr, gaussian, 1), new Float64Array(1)];
  const [G1, gb1, G2, gb2] = G as [Float64Array, Float64Array, Float64Array, Float64Array];
  const [D1, db1, D2, db2] = D as [Float64Array, Float64Array, Float64Array, Float64Array];
  const { activation: kind, activationAlpha: alpha } = o;

  const real = new Float64Array(n * pixels);
  const fake = new Float64Array(n * pixels);
  const Z = new Float64Array(n * o.latentDim);
  const maskReal = new Float64Array(n * o.hiddenDscr);
  const maskFake = new Float64Array(n * o.hiddenDscr);
  // The adjoints, allocated once: the weights' of each loss only (`npm run train:compile`
  // generates each loss's derivative --wrt its own network's weights: the generator's loss
  // does no reverse work for the discriminator's weights it reads)
  const gradD = D.map((p) => new Float64Array(p.length));
  const gradG = G.map((p) => new Float64Array(p.length));
  const adjD = { D1: gradD[0]!, db1: gradD[1]!, D2: gradD[2]!, db2: gradD[3]! };
  const adjG = { G1: gradG[0]!, gb1: gradG[1]!, G2: gradG[2]!, gb2: gradG[3]! };
  const optD = makeOptimizer(o.optimizer, { lr: o.lrDscr, beta1: o.beta1, beta2: o.beta2 });
  const optG = makeOptimizer(o.optimizer, { lr: o.lrGen, beta1: o.beta1, beta2: o.beta2 });

  const sampleZ = hooks.samplesEvery ? Float64Array.from({ length: hooks.samplesEvery.count * o.latentDim }, gaussian) : new Float64Array(0);
  const showSamples = (it: number) => {
    const s = hooks.samplesEvery!;
    const images = new Float64Array(s.count * pixels);
    generate(G1, gb1, G2, gb2, sampleZ, s.count, kind, alpha, images);
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
      generate(G1, gb1, G2, gb2, Z, n, kind, alpha, fake);
      fillDropoutMask(maskReal, o.probDropout, u);
      fillDropoutMask(maskFake, o.probDropout, u);
      for (const g of gradD) g.fill(0);
      lossDscr = discriminatorLoss_vjp(D1, db1, D2, db2, real, fake, maskReal, maskFake, n, kind, alpha, adjD);
      optD.step(D, gradD);
    }
    for (let i = 0; i < Z.length; i++) Z[i] = gaussian();
    fillDropoutMask(maskFake, o.probDropout, u);
    for (const g of gradG) g.fill(0);
    const lossGen = generatorLoss_vjp(G1, gb1, G2, gb2, D1, db1, D2, db2, Z, maskFake, n, kind, alpha, kind, alpha, adjG);
    optG.step(G, gradG);
    hooks.step?.(it, lossDscr, lossGen);
    if (hooks.samplesEvery && (it % hooks.samplesEvery.period === 0 || it === o.numIterations)) showSamples(it);
  }
  return { generator: G, discriminator: D };
}
