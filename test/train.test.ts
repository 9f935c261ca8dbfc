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
import { DataError, encodeIdx, IDX_FILES, loadIdxDirectory, loadMnistPackage, type Dataset } from '../train/data.js';
import { runBench } from '../train/bench.js';
import { main } from '../train/main.js';
import { discriminatorLoss, generatorLoss } from '../train/models/gan.js';
import { discriminatorLoss_grad, discriminatorLoss_vjp, generatorLoss_grad } from '../train/models/gan.grad.js';
import { CELU, ELU, LEAKYRELU, RELU, SIGMOID, TANH, TRELU } from '../train/models/layers.js';
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

  const latent = 3, pixels = 6, gHidden = 4, dHidden = 5;
  const gParams = () => [rand(gHidden * latent), rand(gHidden), rand(pixels * gHidden), rand(pixels)];
  const dParams = () => [rand(dHidden * pixels), rand(dHidden), rand(dHidden), rand(1)];

  test.each([['leakyrelu', LEAKYRELU, 0.2], ['elu', ELU, 1], ['sigmoid', SIGMOID, 0]])('GAN discriminator loss with %s', (_name, kind, alpha) => {
    const args = [...dParams(), rand(n * pixels), rand(n * pixels), mask(n * dHidden), mask(n * dHidden).reverse(), n, kind, alpha];
    checkDirectional(discriminatorLoss, discriminatorLoss_grad, args, ['D1', 'db1', 'D2', 'db2', 'real', 'fake', 'maskReal', 'maskFake', 'n', 'kind', 'alpha'], 20 + kind);
  });

  test.each([['leakyrelu', LEAKYRELU, 0.2], ['celu', CELU, 0.5], ['tanh', TANH, 0]])('GAN generator loss with %s', (_name, kind, alpha) => {
    const args = [...gParams(), ...dParams(), rand(n * latent, 2), mask(n * dHidden), n, kind, alpha, kind, alpha];
    checkDirectional(generatorLoss, generatorLoss_grad, args, ['G1', 'gb1', 'G2', 'gb2', 'D1', 'db1', 'D2', 'db2', 'Z', 'mask', 'n', 'kind', 'alpha', 'gKind', 'gAlpha'], 30 + kind);
  });

  test('GAN discriminator: the vjp with seed 3 adds three times the gradient', () => {
    const args = [...dParams(), rand(n * pixels), rand(n * pixels), mask(n * dHidden), mask(n * dHidden), n, LEAKYRELU, 0.2] as const;
    const { grad } = discriminatorLoss_grad(...(args as unknown as Parameters<typeof discriminatorLoss_grad>));
    const adj = { D1: new Float64Array(grad.D1.length).fill(1), db1: new Float64Array(dHidden), D2: new Float64Array(dHidden), db2: new Float64Array(1) };
    discriminatorLoss_vjp(...(args as unknown as Parameters<typeof discriminatorLoss>), adj, 3);
    adj.D1.forEach((v, i) => expect(v).toBeCloseTo(1 + 3 * grad.D1[i]!, 12));
    adj.db2.forEach((v, i) => expect(v).toBeCloseTo(3 * grad.db2[i]!, 12));
  });

  test('the generated gradient modules are current (npm run train:compile)', () => {
    const sources = ['mlp.ts', 'gan.ts'].map((f) => path.join(root, 'train', 'models', f));
    const wrt = ['logregLoss:W,b', 'mlpLoss:W1,b1,W2,b2', 'discriminatorLoss:D1,db1,D2,db2', 'generatorLoss:G1,gb1,G2,gb2'];
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
});
