// Training a digit classifier (logistic regression or the MLP) with the gradients tsgrad wrote
// into models/mlp.grad.ts: allocate the adjoints once; per step, zero them, call the model's
// _vjp (which returns the loss and adds its gradient), and let the optimizer step.
import type { Dataset, Split } from './data.js';
import { dense } from './models/layers.js';
import { logregLoss_vjp, mlpLoss_vjp } from './models/mlp.grad.js';
import { makeOptimizer, type OptimizerName } from './optimizers.js';
import { fillDropoutMask, initWeights, normal, permutation, uniform } from './random.js';

export interface ClassifierOptions {
  model: 'logreg' | 'mlp';
  lr: number;
  batchSize: number;
  numIterations: number;
  optimizer: OptimizerName;
  beta1: number;
  beta2: number;
  /** The MLP's hidden width, activation (code of models/layers.ts) and its parameter. */
  hidden: number;
  activation: number;
  activationAlpha: number;
  probDropout: number;
  seed: number;
  /** Test accuracy is measured every this many iterations (and at the end). */
  evalPeriod: number;
}

export interface ClassifierParams {
  model: 'logreg' | 'mlp';
  /** logreg: [W, b]; mlp: [W1, b1, W2, b2] (W of outputs × inputs, row-major). */
  params: Float64Array[];
  activation: number;
  activationAlpha: number;
}

export interface TrainHooks {
  step?(iteration: number, loss: number): void;
  evaluate?(iteration: number, testAccuracy: number): void;
}

export const CLASSES = 10;

export function trainClassifier(data: Dataset, o: ClassifierOptions, hooks: TrainHooks = {}): ClassifierParams {
  const u = uniform(o.seed);
  const gaussian = normal(u);
  const nIn = data.rows * data.cols;
  const n = o.batchSize;
  const params = o.model === 'logreg'
    ? [new Float64Array(CLASSES * nIn), new Float64Array(CLASSES)]
    : [initWeights(o.hidden * nIn, nIn, gaussian), new Float64Array(o.hidden), initWeights(CLASSES * o.hidden, o.hidden, gaussian, 1), new Float64Array(CLASSES)];
  const model: ClassifierParams = { model: o.model, params, activation: o.activation, activationAlpha: o.activationAlpha };
  const grads = params.map((p) => new Float64Array(p.length));
  const X = new Float64Array(n * nIn);
  const Y = new Float64Array(n * CLASSES);
  const mask = new Float64Array(n * o.hidden);
  // adj has a key per parameter of the model, inputs included; only the weights' are used.
  // (the weights' only: `npm run train:compile` generates the derivatives with --wrt)
  const adjLogreg = { W: grads[0]!, b: grads[1]! };
  const adjMlp = { W1: grads[0]!, b1: grads[1]!, W2: grads[2]!, b2: grads[3]! };
  const optimizer = makeOptimizer(o.optimizer, o);
  let order = permutation(data.train.count, u);
  let next = 0;
  for (let it = 1; it <= o.numIterations; it++) {
    if (next + n > order.length) {
      order = permutation(data.train.count, u);
      next = 0;
    }
    fillBatch(data.train, order, next, n, X, Y);
    next += n;
    for (const g of grads) g.fill(0);
    let loss: number;
    if (o.model === 'logreg') {
      loss = logregLoss_vjp(params[0]!, params[1]!, X, Y, n, adjLogreg);
    } else {
      fillDropoutMask(mask, o.probDropout, u);
      loss = mlpLoss_vjp(params[0]!, params[1]!, params[2]!, params[3]!, X, Y, mask, n, o.activation, o.activationAlpha, adjMlp);
    }
    optimizer.step(params, grads);
    hooks.step?.(it, loss);
    if (hooks.evaluate && (it % o.evalPeriod === 0 || it === o.numIterations)) hooks.evaluate(it, accuracy(model, data.test));
  }
  return model;
}

/** Rows order[from .. from+n) of the split into X, their one-hot labels into Y. */
function fillBatch(split: Split, order: Uint32Array, from: number, n: number, X: Float64Array, Y: Float64Array): void {
  const pixels = X.length / n;
  Y.fill(0);
  for (let r = 0; r < n; r++) {
    const s = order[from + r]!;
    X.set(split.images.subarray(s * pixels, (s + 1) * pixels), r * pixels);
    Y[r * CLASSES + split.labels[s]!] = 1;
  }
}

/** The class probabilities of `count` images (rows of X), by the model's forward pass. */
export function predict(model: ClassifierParams, X: Float64Array, count: number): Float64Array {
  const logits = new Float64Array(count * CLASSES);
  const p = model.params;
  if (model.model === 'logreg') {
    dense(X, p[0]!, p[1]!, count, -1, 0, logits);
  } else {
    const H = new Float64Array(count * p[1]!.length);
    dense(X, p[0]!, p[1]!, count, model.activation, model.activationAlpha, H);
    dense(H, p[2]!, p[3]!, count, -1, 0, logits);
  }
  for (let r = 0; r < count; r++) {
    const row = logits.subarray(r * CLASSES, (r + 1) * CLASSES);
    const top = Math.max(...row);
    let s = 0;
    for (let j = 0; j < CLASSES; j++) s += row[j] = Math.exp(row[j]! - top);
    for (let j = 0; j < CLASSES; j++) row[j]! /= s;
  }
  return logits;
}

/** The fraction of the split that the model classifies right. */
export function accuracy(model: ClassifierParams, split: Split): number {
  const probabilities = predict(model, split.images, split.count);
  let right = 0;
  for (let r = 0; r < split.count; r++) {
    if (argmax(probabilities.subarray(r * CLASSES, (r + 1) * CLASSES)) === split.labels[r]) right++;
  }
  return right / split.count;
}

/** The model as JSON (model.json in its run directory), for `gan --judge`. */
export function saveModel(model: ClassifierParams): string {
  return JSON.stringify({ ...model, params: model.params.map((p) => Array.from(p)) });
}

export function loadModel(text: string): ClassifierParams {
  const m = JSON.parse(text) as Omit<ClassifierParams, 'params'> & { params: number[][] };
  return { ...m, params: m.params.map((p) => Float64Array.from(p)) };
}

/**
 * How a classifier sees generated images (pixels in [−1, 1], shown clipped to [0, 1]): the
 * mean of its top class probability, and how many of the ten digits are some image's class.
 */
export function judge(model: ClassifierParams, images: Float64Array, count: number): { meanTopProbability: number; digits: number } {
  const pixels = Float64Array.from(images, (v) => Math.min(1, Math.max(0, (v + 1) / 2)));
  const probabilities = predict(model, pixels, count);
  let top = 0;
  const seen = new Set<number>();
  for (let r = 0; r < count; r++) {
    const row = probabilities.subarray(r * CLASSES, (r + 1) * CLASSES);
    seen.add(argmax(row));
    top += Math.max(...row);
  }
  return { meanTopProbability: top / count, digits: seen.size };
}

export function argmax(a: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < a.length; i++) if (a[i]! > a[best]!) best = i;
  return best;
}

