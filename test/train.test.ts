/**
 * The MNIST trainer (train/): the IDX loader, the command line's checks, the models' generated
 * gradients against finite differences, and small training runs.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileFiles } from '../compiler/index.js';
import { trainClassifier } from '../train/classifier.js';
import { trainGan } from '../train/gan.js';
import { DataError, encodeIdx, IDX_FILES, loadIdxDirectory, loadMnistPackage, type Dataset } from '../train/data.js';
import { runBench } from '../train/bench.js';
import { main, parseOptions } from '../train/main.js';
import { discriminate, discriminatorLoss, generate, generatorLoss } from '../train/models/gan.js';
import { discriminatorLoss_grad, discriminatorLoss_vjp, generatorLoss_grad, generatorLoss_vjp } from '../train/models/gan.grad.js';
import { activate, CELU, dense, ELU, LEAKYRELU, RELU, SIGMOID, TANH, TRELU, weightCount } from '../train/models/layers.js';
import { logregLoss, mlpLoss } from '../train/models/mlp.js';
import { logregLoss_grad, mlpLoss_grad, mlpLoss_vjp } from '../train/models/mlp.grad.js';
import { ticks } from '../train/plot.js';
import { uniform } from '../train/random.js';
import { root } from './support/fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tsgrad-train-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A tiny IDX dataset: images of rows×cols whose class is drawn as a bright pixel at its index. */
function writeIdxDataset(at: string, { train = 40, test = 20, rows = 4, cols = 4, gzip = false } = {}): void {
  mkdirSync(at, { recursive: true });
  const u = uniform(3);
  const make = (count: number) => {
    const labels = Array.from({ length: count }, (_, i) => i % 3);
    const images = labels.flatMap((label) => Array.from({ length: rows * cols }, (_, p) => (p === label ? 230 : Math.floor(u() * 40))));
    return { labels, images };
  };
  const put = (name: string, bytes: Buffer) => writeFileSync(path.join(at, gzip ? `${name}.gz` : name), gzip ? gzipSync(bytes) : bytes);
  const a = make(train);
  const b = make(test);
  put(IDX_FILES.trainImages, encodeIdx([train, rows, cols], a.images));
  put(IDX_FILES.trainLabels, encodeIdx([train], a.labels));
  put(IDX_FILES.testImages, encodeIdx([test, rows, cols], b.images));
  put(IDX_FILES.testLabels, encodeIdx([test], b.labels));
}

test('the mnist package: a fixed split of its 10,000 digits', () => {
  const data = loadMnistPackage();
  expect([data.rows, data.cols, data.train.count, data.test.count]).toEqual([28, 28, 8004, 1996]);
  expect(data.train.images.length).toBe(8004 * 784);
  const perDigit = (labels: Uint8Array) => Array.from({ length: 10 }, (_, d) => labels.filter((l) => l === d).length);
  expect(perDigit(data.test.labels)).toEqual([200, 225, 198, 206, 196, 172, 202, 214, 188, 195]);
  let outside = 0;
  const images = data.train.images;
  for (let i = 0; i < images.length; i++) if (!(images[i]! >= 0 && images[i]! <= 1)) outside++;
  expect(outside).toBe(0);
});

describe('IDX loader', () => {
  test.each([false, true])('reads the four files (gzipped: %s)', (gzip) => {
    writeIdxDataset(dir, { train: 5, test: 2, rows: 3, cols: 2, gzip });
    const data = loadIdxDirectory(dir);
    expect([data.rows, data.cols, data.train.count, data.test.count]).toEqual([3, 2, 5, 2]);
    expect(data.train.images.length).toBe(5 * 6);
    expect(Array.from(data.train.labels)).toEqual([0, 1, 2, 0, 1]);
    expect(data.train.images[0]).toBeCloseTo(230 / 255, 12);
    expect(Array.from(data.test.images).every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  test('a missing file is named, with the files the directory should hold', () => {
    writeIdxDataset(dir);
    rmSync(path.join(dir, IDX_FILES.testLabels));
    expect(() => loadIdxDirectory(dir)).toThrow(DataError);
    expect(() => loadIdxDirectory(dir)).toThrow(/missing t10k-labels-idx1-ubyte \(or t10k-labels-idx1-ubyte\.gz\)/);
    expect(() => loadIdxDirectory(path.join(dir, 'nowhere'))).toThrow(/no directory/);
  });

  test.each([
    ['not IDX', Buffer.from('hello world'), /not an IDX file/],
    ['wrong type', Buffer.from([0, 0, 0x0d, 1, 0, 0, 0, 1, 0, 0, 0, 0]), /type 0xd, expected 0x08/],
    ['cut short', encodeIdx([40, 4, 4], new Array(40 * 16).fill(0)).subarray(0, 100), /announces 40×4×4 = 640 bytes of data, the file holds 84/],
    ['labels as images', encodeIdx([40], new Array(40).fill(0)), /expected images \(3 dimensions\)/],
    ['not gzip', Buffer.from([0x1f, 0x8b, 1, 2, 3]), /not a readable gzip file/],
  ])('a malformed training-images file is refused: %s', (_name, bytes, message) => {
    writeIdxDataset(dir);
    writeFileSync(path.join(dir, IDX_FILES.trainImages), bytes);
    expect(() => loadIdxDirectory(dir)).toThrow(message);
  });

  test('labels that do not match the images are refused', () => {
    writeIdxDataset(dir);
    writeFileSync(path.join(dir, IDX_FILES.trainLabels), encodeIdx([39], new Array(39).fill(1)));
    expect(() => loadIdxDirectory(dir)).toThrow(/39 labels for the 40 images/);
    writeFileSync(path.join(dir, IDX_FILES.trainLabels), encodeIdx([40], new Array(40).fill(12)));
    expect(() => loadIdxDirectory(dir)).toThrow(/label 12 is not a digit class/);
  });
});

describe('command line', () => {
  function run(...args: string[]): { code: number; out: string; err: string } {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(args, (l) => out.push(l), (l) => err.push(l));
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  test.each(['logreg', 'mlp', 'gan'])('%s --help lists its options', (command) => {
    const r = run(command, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Usage: npm run train -- ${command} [options]`);
    expect(r.out).toContain('--num-iterations <n>');
  });

  test('bench --help says what it times and where TensorFlow.js is; bench takes no options', () => {
    const r = run('bench', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: npm run train -- bench');
    expect(r.out).toContain('npm run bench:peers');
    const bad = run('bench', '--rounds', '3');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("train: bench takes no options (not '--rounds')\nRun `npm run train -- bench --help` for the options.");
    expect(bad.out).toBe('');
  });

  test('gan --help shows the GAN hyperparameters and their defaults', () => {
    const r = run('gan', '--help');
    for (const flag of ['--lr-dscr', '--lr-gen', '--latent-dim', '--train-k', '--prob-dropout', '--output-period', '--activation-alpha']) expect(r.out).toContain(flag);
    expect(r.out).toMatch(/--activation <name> +relu, leakyrelu, elu, celu, trelu, tanh, sigmoid \(default leakyrelu\)/);
    expect(r.out).toMatch(/--judge <file> +a classifier's model\.json/);
    expect(r.out).toMatch(/--hidden-gen <n,…> +the generator's hidden layers, up to 8: their widths from the latent side, comma-separated \(256,512\) \(default 128\)/);
    expect(r.out).toMatch(/--hidden-dscr <n,…> +the discriminator's hidden layers, up to 8: .*\(default 128\)/);
  });

  test('gan --hidden-gen and --hidden-dscr take the widths of one or more hidden layers', () => {
    const parse = (...args: string[]) => parseOptions('gan', args) as Record<string, unknown>;
    expect(parse()).toMatchObject({ 'hidden-gen': [128], 'hidden-dscr': [128] });
    expect(parse('--hidden-gen', '256,512', '--hidden-dscr', '512, 256')).toMatchObject({ 'hidden-gen': [256, 512], 'hidden-dscr': [512, 256] });
    expect(parse('--hidden-dscr', '64')).toMatchObject({ 'hidden-dscr': [64] });
    expect(parse('--hidden-gen', '1,2,3,4,5,6,7,8')['hidden-gen']).toHaveLength(8);
  });

  // each with a --data directory that does not exist: the usage error comes first (code 2),
  // before any data is read
  test.each([
    [['mlp', '--lr', '-0.1'], "--lr: -0.1 is too small; it must be greater than 0"],
    [['gan', '--lr-gen', '0'], '--lr-gen: 0 is too small; it must be greater than 0'],
    [['mlp', '--activation', 'swish'], "--activation: unknown value 'swish'; expected one of relu, leakyrelu, elu, celu, trelu, tanh, sigmoid"],
    [['gan', '--prob-dropout', '1'], '--prob-dropout: 1 is too large; it must be less than 1'],
    [['gan', '--batch-size', '2.5'], "--batch-size: '2.5' is not a whole number"],
    [['logreg', '--num-iterations', 'many'], "--num-iterations: 'many' is not a number"],
    [['mlp', '--optimizer', 'rmsprop'], "--optimizer: unknown value 'rmsprop'; expected one of sgd, momentum, adam"],
    [['mlp', '--activation', 'celu', '--activation-alpha', '0'], 'celu divides by its parameter'],
    [['mlp', '--learning-rate', '0.1'], "Unknown option '--learning-rate'"],
    [['logreg', '--hidden', '10'], "Unknown option '--hidden'"],
    [['gan', '--hidden-gen', ''], "--hidden-gen: no widths; give each hidden layer's width, comma-separated (256,512)"],
    [['gan', '--hidden-dscr', '0'], '--hidden-dscr: 0 is too small; a layer has at least 1 unit'],
    [['gan', '--hidden-dscr', '-3'], '--hidden-dscr: -3 is too small; a layer has at least 1 unit'],
    [['gan', '--hidden-gen', '256,0'], "--hidden-gen: 0 (layer 2 of '256,0') is too small; a layer has at least 1 unit"],
    [['gan', '--hidden-gen', '256,-4'], "--hidden-gen: -4 (layer 2 of '256,-4') is too small"],
    [['gan', '--hidden-gen', '128.5'], "--hidden-gen: '128.5' is not a whole number"],
    [['gan', '--hidden-dscr', '512,,256'], "--hidden-dscr: layer 2 of '512,,256' is empty"],
    [['gan', '--hidden-dscr', '512,256,'], "--hidden-dscr: layer 3 of '512,256,' is empty"],
    [['gan', '--hidden-gen', 'wide'], "--hidden-gen: 'wide' is not a number"],
    [['gan', '--hidden-gen', '1,2,3,4,5,6,7,8,9'], "--hidden-gen: '1,2,3,4,5,6,7,8,9' asks for 9 hidden layers; at most 8"],
    [['scan', 'gan', '--hidden-gen', '128/0,64'], "--hidden-gen: 0 (layer 1 of '0,64') is too small"],
    [['scan', 'gan', '--hidden-gen', '128,256'], 'layer widths: alternatives separated by /'],
    [['svm'], "unknown command 'svm'"],
    [['scan', 'mlp', '--lr', '0.1,-1'], '--lr: -1 is too small'],
    [['scan', 'mlp', '--lr', '0.1'], 'give at least one option a comma-separated list'],
  ])('%j is refused before any work', (args, message) => {
    const r = run(...args, '--data', path.join(dir, 'nowhere'), '--log-dir', path.join(dir, 'logs'));
    expect(r.err).toContain(message);
    expect(r.err).toContain('--help');
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'logs'))).toBe(false);
  });

  test('a missing data directory is a clear error, exit code 1', () => {
    const r = run('logreg', '--data', path.join(dir, 'nowhere'), '--log-dir', path.join(dir, 'logs'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`train: --data: no directory ${path.join(dir, 'nowhere')}`);
  });
});

/** Central differences of f along a random direction t of every array argument, against ⟨grad, t⟩. */
function checkDirectional(f: (...a: any[]) => number, g: (...a: any[]) => { value: number; grad: Record<string, unknown> }, args: unknown[], names: string[], seed: number): void {
  const u = uniform(seed);
  const r = g(...args);
  expect(r.value).toBe(f(...args));
  // (along the parameters the gradient was generated for: `npm run train:compile` asks for the weights only)
  const directions = args.map((a, i) => (a instanceof Float64Array && names[i]! in r.grad ? Float64Array.from(a, () => u() - 0.5) : null));
  expect(directions.some((d) => d !== null)).toBe(true);
  let predicted = 0;
  names.forEach((name, i) => {
    const t = directions[i];
    if (!t) return;
    const gr = r.grad[name] as Float64Array;
    for (let k = 0; k < t.length; k++) predicted += gr[k]! * t[k]!;
  });
  const h = 1e-6;
  const shifted = (s: number) => args.map((a, i) => (directions[i] ? Float64Array.from(a as Float64Array, (v, k) => v + s * h * directions[i]![k]!) : a));
  const fd = (f(...shifted(1)) - f(...shifted(-1))) / (2 * h);
  expect(Math.abs(predicted - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
}

describe('the models, differentiated by tsgrad', () => {
  const u = uniform(11);
  const rand = (n: number, scale = 1) => Float64Array.from({ length: n }, () => (u() - 0.5) * 2 * scale);
  const oneHot = (n: number, c: number) => {
    const Y = new Float64Array(n * c);
    for (let r = 0; r < n; r++) Y[r * c + ((r * 7) % c)] = 1;
    return Y;
  };
  const mask = (size: number) => Float64Array.from({ length: size }, (_, i) => (i % 4 === 1 ? 0 : 1 / 0.75));
  const n = 3, nIn = 6, hidden = 5, classes = 4;

  test('logistic regression', () => {
    checkDirectional(logregLoss, logregLoss_grad, [rand(classes * nIn), rand(classes), rand(n * nIn), oneHot(n, classes), n], ['W', 'b', 'X', 'Y', 'n'], 1);
  });

  test.each([
    ['relu', RELU, 0], ['leakyrelu', LEAKYRELU, 0.2], ['elu', ELU, 1.3], ['celu', CELU, 0.7], ['trelu', TRELU, 0.1], ['tanh', TANH, 0], ['sigmoid', SIGMOID, 0],
  ])('MLP with %s and dropout', (_name, kind, alpha) => {
    const args = [rand(hidden * nIn), rand(hidden), rand(classes * hidden), rand(classes), rand(n * nIn, 2), oneHot(n, classes), mask(n * hidden), n, kind, alpha];
    checkDirectional(mlpLoss, mlpLoss_grad, args, ['W1', 'b1', 'W2', 'b2', 'X', 'Y', 'mask', 'n', 'kind', 'alpha'], 2 + kind);
  });

  test('MLP: the vjp adds seed times the gradient into a prefilled adj', () => {
    const args = [rand(hidden * nIn), rand(hidden), rand(classes * hidden), rand(classes), rand(n * nIn), oneHot(n, classes), mask(n * hidden), n, LEAKYRELU, 0.1] as const;
    const { grad } = mlpLoss_grad(...args);
    const prefill = (a: Float64Array) => Float64Array.from(a, (_, i) => 0.5 + i);
    const adj = { W1: prefill(grad.W1), b1: prefill(grad.b1), W2: prefill(grad.W2), b2: prefill(grad.b2) };
    expect(Object.keys(grad).sort()).toEqual(['W1', 'W2', 'b1', 'b2']); // --wrt mlpLoss:W1,b1,W2,b2
    const value = mlpLoss_vjp(...args, adj, -2.5);
    expect(value).toBe(mlpLoss(...args));
    for (const key of ['W1', 'b1', 'W2', 'b2'] as const) {
      adj[key].forEach((v, i) => expect(v).toBeCloseTo(0.5 + i - 2.5 * grad[key][i]!, 12));
    }
  });

  // the GAN's networks: each one flat array of weights, its layer widths a list (2 hidden layers
  // each side here, and the one-layer shape of the default run)
  const latent = 3, pixels = 6;
  const shapes: [string, number[], number[]][] = [['two hidden layers each', [latent, 4, 5, pixels], [pixels, 5, 3, 1]], ['one hidden layer each', [latent, 4, pixels], [pixels, 5, 1]]];
  const hiddenUnits = (widths: number[]) => widths.slice(1, -1).reduce((s, w) => s + w, 0);

  test('weightCount: a matrix and a bias per layer', () => {
    expect(weightCount([3, 4, 5, 6])).toBe(4 * 3 + 4 + 5 * 4 + 5 + 6 * 5 + 6);
    expect(weightCount([784, 128, 1])).toBe(128 * 785 + 129);
  });

  // the reference: the layers one by one with `dense` on arrays cut out of the flat weights, the
  // dropout applied by hand after each hidden layer
  function byLayers(P: Float64Array, widths: number[], X: Float64Array, mask: Float64Array | null, rows: number, kind: number, alpha: number, outKind: number): Float64Array {
    let input = X;
    let p = 0;
    let m = 0;
    for (let l = 0; l + 1 < widths.length; l++) {
      const [nIn, nOut] = [widths[l]!, widths[l + 1]!];
      const W = P.slice(p, p + nOut * nIn);
      const b = P.slice(p + nOut * nIn, p + nOut * (nIn + 1));
      p += nOut * (nIn + 1);
      const hidden = l + 2 < widths.length;
      const out = new Float64Array(rows * nOut);
      dense(input, W, b, rows, hidden ? kind : -1, alpha, out);
      if (hidden && mask) for (let i = 0; i < out.length; i++) out[i]! *= mask[m + i]!;
      if (!hidden && outKind >= 0) for (let i = 0; i < out.length; i++) out[i] = activate(out[i]!, outKind, 0);
      m += out.length;
      input = out;
    }
    expect(p).toBe(P.length);
    return input;
  }

  test.each(shapes)('the networks compute their layers in order, with dropout on each hidden layer of the discriminator (%s)', (_name, gw, dw) => {
    const G = rand(weightCount(gw)), D = rand(weightCount(dw)), Z = rand(n * latent, 2), X = rand(n * pixels);
    const images = new Float64Array(n * pixels);
    generate(G, gw, Z, n, LEAKYRELU, 0.2, images);
    byLayers(G, gw, Z, null, n, LEAKYRELU, 0.2, TANH).forEach((v, i) => expect(images[i]).toBeCloseTo(v, 14));
    const drop = mask(n * hiddenUnits(dw));
    const logits = new Float64Array(n);
    discriminate(D, dw, X, drop, n, ELU, 1.1, logits);
    byLayers(D, dw, X, drop, n, ELU, 1.1, -1).forEach((v, i) => expect(logits[i]).toBeCloseTo(v, 14));
  });

  describe.each(shapes)('GAN losses, %s', (_name, gw, dw) => {
    const dParams = () => rand(weightCount(dw));
    const gParams = () => rand(weightCount(gw));
    test.each([['leakyrelu', LEAKYRELU, 0.2], ['elu', ELU, 1], ['sigmoid', SIGMOID, 0]])('discriminator loss with %s', (_act, kind, alpha) => {
      const drop = mask(n * hiddenUnits(dw));
      const args = [dParams(), dw, rand(n * pixels), rand(n * pixels), drop, drop.slice().reverse(), n, kind, alpha];
      checkDirectional(discriminatorLoss, discriminatorLoss_grad, args, ['D', 'dWidths', 'real', 'fake', 'maskReal', 'maskFake', 'n', 'kind', 'alpha'], 20 + kind);
    });

    test.each([['leakyrelu', LEAKYRELU, 0.2], ['celu', CELU, 0.5], ['tanh', TANH, 0]])('generator loss with %s', (_act, kind, alpha) => {
      const args = [gParams(), gw, dParams(), dw, rand(n * latent, 2), mask(n * hiddenUnits(dw)), n, kind, alpha, kind, alpha];
      checkDirectional(generatorLoss, generatorLoss_grad, args, ['G', 'gWidths', 'D', 'dWidths', 'Z', 'mask', 'n', 'kind', 'alpha', 'gKind', 'gAlpha'], 30 + kind);
    });

    test('each weight of both losses against central differences', () => {
      // (every coordinate, not a direction: a weight the layout leaves out of the forward pass would show as 0 here and not in the gradient)
      const D = dParams(), G = gParams(), real = rand(n * pixels), Z = rand(n * latent, 2), drop = mask(n * hiddenUnits(dw));
      const fd = (f: (P: Float64Array) => number, P: Float64Array, i: number) => {
        const h = 1e-6;
        const plus = P.slice(); plus[i]! += h;
        const minus = P.slice(); minus[i]! -= h;
        return (f(plus) - f(minus)) / (2 * h);
      };
      const fake = new Float64Array(n * pixels);
      generate(G, gw, Z, n, LEAKYRELU, 0.2, fake);
      const dLoss = (P: Float64Array) => discriminatorLoss(P, dw, real, fake, drop, drop.slice().reverse(), n, LEAKYRELU, 0.2);
      const gLoss = (P: Float64Array) => generatorLoss(P, gw, D, dw, Z, drop, n, LEAKYRELU, 0.2, LEAKYRELU, 0.2);
      const dGrad = discriminatorLoss_grad(D, dw, real, fake, drop, drop.slice().reverse(), n, LEAKYRELU, 0.2).grad.D;
      const gGrad = generatorLoss_grad(G, gw, D, dw, Z, drop, n, LEAKYRELU, 0.2, LEAKYRELU, 0.2).grad.G;
      expect(dGrad.length).toBe(D.length);
      expect(gGrad.length).toBe(G.length);
      dGrad.forEach((g, i) => expect(Math.abs(g - fd(dLoss, D, i))).toBeLessThan(1e-7));
      gGrad.forEach((g, i) => expect(Math.abs(g - fd(gLoss, G, i))).toBeLessThan(1e-7));
    });

    test('the vjps with seed 3 add three times the gradient into a prefilled adj', () => {
      const D = dParams(), G = gParams(), drop = mask(n * hiddenUnits(dw));
      const dArgs = [D, dw, rand(n * pixels), rand(n * pixels), drop, drop, n, LEAKYRELU, 0.2] as const;
      const { grad } = discriminatorLoss_grad(...dArgs);
      expect(Object.keys(grad)).toEqual(['D']); // --wrt discriminatorLoss:D
      const adjD = { D: new Float64Array(D.length).fill(1) };
      expect(discriminatorLoss_vjp(...dArgs, adjD, 3)).toBe(discriminatorLoss(...dArgs));
      adjD.D.forEach((v, i) => expect(v).toBeCloseTo(1 + 3 * grad.D[i]!, 12));
      const gArgs = [G, gw, D, dw, rand(n * latent), drop, n, RELU, 0, TANH, 0] as const;
      const g = generatorLoss_grad(...gArgs).grad;
      expect(Object.keys(g)).toEqual(['G']);
      const adjG = { G: new Float64Array(G.length).fill(-2) };
      expect(generatorLoss_vjp(...gArgs, adjG, 3)).toBe(generatorLoss(...gArgs));
      adjG.G.forEach((v, i) => expect(v).toBeCloseTo(-2 + 3 * g.G[i]!, 12));
    });
  });

  test('the generated gradient modules are current (npm run train:compile)', () => {
    const sources = ['mlp.ts', 'gan.ts'].map((f) => path.join(root, 'train', 'models', f));
    const wrt = ['logregLoss:W,b', 'mlpLoss:W1,b1,W2,b2', 'discriminatorLoss:D', 'generatorLoss:G'];
    const results = compileFiles(sources, { wrt }).filter((r) => sources.includes(r.sourceFile));
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r.diagnostics).toEqual([]);
      expect(readFileSync(r.outputFile, 'utf8')).toBe(r.code);
    }
  });
});

test('plots get round tick values (1, 2, 2.5 or 5 times a power of ten apart)', () => {
  expect(ticks(0, 1.71)).toEqual([0, 0.5, 1, 1.5]);
  expect(ticks(1, 1500, 5)).toEqual([250, 500, 750, 1000, 1250, 1500]);
  expect(ticks(0.921, 0.959)).toEqual([0.93, 0.94, 0.95]);
  expect(ticks(-3, 3)).toEqual([-2, 0, 2]);
});

describe('training', () => {
  function tinyData(): Dataset {
    writeIdxDataset(path.join(dir, 'data'), { train: 60, test: 30 });
    return loadIdxDirectory(path.join(dir, 'data'));
  }

  test.each(['logreg', 'mlp'] as const)('%s: the loss falls and the test digits are learnt', (model) => {
    const data = tinyData();
    const losses: number[] = [];
    let last = 0;
    trainClassifier(data, {
      model, lr: 0.05, batchSize: 10, numIterations: 60, optimizer: 'adam', beta1: 0.9, beta2: 0.999,
      hidden: 8, activation: RELU, activationAlpha: 0, probDropout: 0.1, seed: 1, evalPeriod: 30,
    }, { step: (_it, loss) => losses.push(loss), evaluate: (_it, acc) => (last = acc) });
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(losses.slice(-10))).toBeLessThan(0.5 * mean(losses.slice(0, 10)));
    expect(last).toBe(1);
  });

  test('the command line writes a run directory: metrics, plots, samples, report', () => {
    writeIdxDataset(path.join(dir, 'data'), { train: 30, test: 10 });
    const out: string[] = [];
    const logs = path.join(dir, 'logs');
    const code = main(['gan', '--data', path.join(dir, 'data'), '--log-dir', logs, '--batch-size', '4', '--num-iterations', '6', '--latent-dim', '3',
      '--hidden-gen', '5', '--hidden-dscr', '5', '--train-k', '2', '--output-period', '3'], (l) => out.push(l), () => {});
    expect(code).toBe(0);
    const run = 'gan_lr-dscr-0.001_lr-gen-0.001_latent-dim-3_hidden-gen-5_hidden-dscr-5_activation-leakyrelu_activation-alpha-0.2_train-k-2_prob-dropout-0.3_batch-size-4_num-iterations-6_optimizer-adam_beta1-0.5_beta2-0.999_seed-1';
    expect(readdirSync(logs)).toEqual([run]);
    expect(readdirSync(path.join(logs, run)).sort()).toEqual(['index.html', 'loss.png', 'metrics.jsonl', 'samples-000003.png', 'samples-000006.png']);
    const lines = readFileSync(path.join(logs, run, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    expect(lines).toHaveLength(6);
    expect(Object.keys(lines[0]!)).toEqual(['plot', 'iteration', 'discriminator', 'generator']);
    const png = readFileSync(path.join(logs, run, 'samples-000003.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png[25]).toBe(0); // IHDR's colour type: greyscale, one byte a pixel
    expect(readFileSync(path.join(logs, run, 'index.html'), 'utf8')).toContain('<img src="samples-000006.png"');
    expect(out[0]).toBe(`run: ${path.join(logs, run)}`);
  });

  test('a GAN with two hidden layers each side trains, and its run directory names the widths', () => {
    writeIdxDataset(path.join(dir, 'data'), { train: 30, test: 10 });
    const out: string[] = [];
    const logs = path.join(dir, 'logs');
    const code = main(['gan', '--data', path.join(dir, 'data'), '--log-dir', logs, '--batch-size', '4', '--num-iterations', '8', '--latent-dim', '3',
      '--hidden-gen', '5,7', '--hidden-dscr', '6,4', '--output-period', '4'], (l) => out.push(l), () => {});
    expect(code).toBe(0);
    const run = 'gan_lr-dscr-0.001_lr-gen-0.001_latent-dim-3_hidden-gen-5x7_hidden-dscr-6x4_activation-leakyrelu_activation-alpha-0.2_train-k-1_prob-dropout-0.3_batch-size-4_num-iterations-8_optimizer-adam_beta1-0.5_beta2-0.999_seed-1';
    expect(readdirSync(logs)).toEqual([run]);
    expect(readdirSync(path.join(logs, run)).sort()).toEqual(['index.html', 'loss.png', 'metrics.jsonl', 'samples-000004.png', 'samples-000008.png']);
    const losses = readFileSync(path.join(logs, run, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    expect(losses).toHaveLength(8);
    for (const l of losses) expect([l.discriminator, l.generator].every((v) => Number.isFinite(v) && v! > 0)).toBe(true);
    expect(readFileSync(path.join(logs, run, 'index.html'), 'utf8')).toContain('<tr><th>hidden-gen</th><td>5,7</td></tr>');
    expect(out[2]).toMatch(/^last losses: discriminator \d+\.\d{4}, generator \d+\.\d{4}$/);
  });

  test('trainGan: the two-layer networks learn to tell real from generated images', () => {
    // (the discriminator alone, the generator's rate tiny: its loss must fall well below log 4)
    const data = tinyData();
    const losses: number[] = [];
    const { generator, generatorWidths, discriminator, discriminatorWidths } = trainGan(data, {
      lrDscr: 0.01, lrGen: 1e-9, batchSize: 8, numIterations: 60, latentDim: 4, hiddenGen: [6, 8], hiddenDscr: [8, 5],
      optimizer: 'adam', beta1: 0.5, beta2: 0.999, activation: LEAKYRELU, activationAlpha: 0.2, trainK: 1, probDropout: 0.1, seed: 2,
    }, { step: (_it, d) => losses.push(d) });
    expect(generatorWidths).toEqual([4, 6, 8, 16]);
    expect(discriminatorWidths).toEqual([16, 8, 5, 1]);
    expect(generator.length).toBe(weightCount(generatorWidths));
    expect(discriminator.length).toBe(weightCount(discriminatorWidths));
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(losses.slice(0, 5))).toBeGreaterThan(1);
    expect(mean(losses.slice(-10))).toBeLessThan(0.5 * mean(losses.slice(0, 5)));
  });

  test("an mlp run saves its model; gan --judge notes each grid with that classifier's view", () => {
    writeIdxDataset(path.join(dir, 'data'), { train: 30, test: 10 });
    const logs = path.join(dir, 'logs');
    const out: string[] = [];
    const data = ['--data', path.join(dir, 'data'), '--log-dir', logs];
    expect(main(['mlp', ...data, '--hidden', '6', '--num-iterations', '20'], (l) => out.push(l), () => {})).toBe(0);
    const model = path.join(out[0]!.slice('run: '.length), 'model.json');
    expect(out[2]).toMatch(/^test accuracy: \d\.\d{4}$/);
    expect(main(['gan', ...data, '--judge', model, '--batch-size', '4', '--num-iterations', '4', '--hidden-gen', '5', '--hidden-dscr', '5', '--output-period', '2'], (l) => out.push(l), () => {})).toBe(0);
    expect(out.at(-1)).toMatch(/^samples judged: mean top probability 0\.\d{3}, [1-9]0? of 10 digits$/);
    const html = readFileSync(path.join(out[3]!.slice('run: '.length), 'index.html'), 'utf8');
    expect(html).toMatch(/iteration 2: the generator's images of 64 fixed latent vectors; the classifier's mean top probability 0\.\d{3}, \d+ of the 10 digits appear/);
    const err: string[] = [];
    expect(main(['gan', ...data, '--judge', path.join(dir, 'none.json')], () => {}, (l) => err.push(l))).toBe(1);
    expect(err).toEqual([`train: --judge: no file ${path.join(dir, 'none.json')}; give the model.json of an mlp run`]);
  });

  test('bench: the hand-written step agrees with tsgrad before both are timed', () => {
    const out: string[] = [];
    expect(runBench((l) => out.push(l), 1)).toBe(0);
    expect(out[3]).toMatch(/^  tsgrad \/ hand-written +\d+\.\d\d×/);
  });

  test('scan runs the grid and writes the comparison', () => {
    writeIdxDataset(path.join(dir, 'data'), { train: 30, test: 10 });
    const out: string[] = [];
    const logs = path.join(dir, 'logs');
    const code = main(['scan', 'logreg', '--data', path.join(dir, 'data'), '--log-dir', logs, '--lr', '0.01,0.1', '--batch-size', '5,10', '--num-iterations', '8'], (l) => out.push(l), () => {});
    expect(code).toBe(0);
    const scan = path.join(logs, 'scan_logreg_lr-0.01+0.1_batch-size-5+10');
    expect(readdirSync(scan).sort()).toEqual(['index.html', 'loss.png', 'scan.md']);
    expect(readFileSync(path.join(scan, 'scan.md'), 'utf8').trim().split('\n')).toHaveLength(2 + 2 + 4);
    // each curve is named by the values it was run with
    expect(readFileSync(path.join(scan, 'index.html'), 'utf8')).toContain('━ lr 0.01, batch-size 5</span>');
    expect(readdirSync(logs)).toHaveLength(5);
  });

  test("scan of the GAN's layers: alternatives separated by /", () => {
    writeIdxDataset(path.join(dir, 'data'), { train: 30, test: 10 });
    const out: string[] = [];
    const logs = path.join(dir, 'logs');
    const code = main(['scan', 'gan', '--data', path.join(dir, 'data'), '--log-dir', logs, '--hidden-dscr', '3/4,2', '--hidden-gen', '3', '--latent-dim', '2',
      '--batch-size', '2', '--num-iterations', '2'], (l) => out.push(l), () => {});
    expect(code).toBe(0);
    expect(out.filter((l) => l.startsWith('scan'))).toEqual(['scan 1/2: --hidden-dscr 3', 'scan 2/2: --hidden-dscr 4,2', `scan: ${path.join(logs, 'scan_gan_hidden-dscr-3+4x2')}`]);
    expect(readdirSync(logs).filter((d) => d.includes('_hidden-dscr-4x2_'))).toHaveLength(1);
    expect(readdirSync(logs)).toHaveLength(3);
  });
});
