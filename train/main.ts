// `npm run train -- <logreg|mlp|gan|scan> [options]`: trains on MNIST with gradients that
// tsgrad generated from the models in ./models, and writes what it saw under --log-dir.
import { parseArgs } from 'node:util';
import { ACTIVATIONS, type ActivationName } from './activations.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { accuracy, judge, loadModel, saveModel, trainClassifier, type ClassifierParams } from './classifier.js';
import { DataError, loadIdxDirectory, loadMnistPackage, type Dataset } from './data.js';
import { trainGan } from './gan.js';
import { COMMANDS, completeValues, helpText, parseValue, UsageError, type Spec, type Values } from './options.js';
import type { OptimizerName } from './optimizers.js';
import { imageGrid } from './plot.js';
import { progressBar } from './progress.js';
import { RunLog, type Hyperparameters } from './report.js';
import { BENCH_HELP, runBench } from './bench.js';
import { runScan, SCAN_HELP } from './scan.js';

type Command = keyof typeof COMMANDS;

const USAGE = `Usage: npm run train -- <command> [options]

Commands:
${Object.entries(COMMANDS).map(([c, { summary }]) => `  ${c.padEnd(8)}${summary}`).join('\n')}
  scan    runs a grid of hyperparameters of one of these and compares them
  bench   times a training step of the MLP: tsgrad's gradient against backpropagation by hand

\`npm run train -- <command> --help\` lists a command's options.
`;

/** Parses and checks the options of `command`; every value has its default filled. */
export function parseOptions(command: Command, args: string[]): Values | 'help' {
  const spec = COMMANDS[command].spec;
  const { values } = parseArgs({
    args: joinNegativeValues(args),
    strict: true,
    allowPositionals: false,
    options: { ...Object.fromEntries(Object.keys(spec).map((k) => [k, { type: 'string' as const }])), help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return 'help';
  const out: Values = {};
  for (const [name, s] of Object.entries(spec)) {
    const text = (values as Record<string, string | boolean | undefined>)[name] as string | undefined;
    out[name] = text === undefined ? s.default : parseValue(name, s, text);
  }
  return completeValues(out);
}

/**
 * `--lr -0.1` as `--lr=-0.1`, so that a negative number reaches the check of its option (which
 * says what is allowed) instead of reading as an option itself.
 */
export function joinNegativeValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1];
    if (args[i]!.startsWith('--') && !args[i]!.includes('=') && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${args[i]}=${next}`);
      i++;
    } else out.push(args[i]!);
  }
  return out;
}

export function loadData(values: Values): Dataset {
  return values.data ? loadIdxDirectory(values.data as string) : loadMnistPackage();
}

/** The hyperparameters that name a run (those that change what it computes). */
function hyperparameters(spec: Spec, values: Values): Hyperparameters {
  const hp: Hyperparameters = {};
  for (const name of Object.keys(spec)) {
    if (name === 'log-dir' || name === 'data' || name === 'judge' || name === 'eval-period' || name === 'output-period') continue;
    if (name === 'activation-alpha' && (values.activation === 'relu' || values.activation === 'tanh' || values.activation === 'sigmoid')) continue;
    if (values[name] !== undefined) hp[name] = values[name]!;
  }
  return hp;
}

export interface RunResult {
  dir: string;
  /** The classifiers' test accuracy, the GAN's last losses. */
  metrics: Record<string, number>;
}

export function runCommand(command: Command, values: Values, data: Dataset, print: (line: string) => void = console.log, bar = true): RunResult {
  const v = values;
  const spec = COMMANDS[command].spec;
  let judgeModel: ClassifierParams | undefined;
  if (v.judge !== undefined) {
    if (!existsSync(v.judge as string)) throw new DataError(`--judge: no file ${v.judge}; give the model.json of an mlp run`);
    judgeModel = loadModel(readFileSync(v.judge as string, 'utf8'));
  }
  const log = new RunLog(v['log-dir'] as string, command, hyperparameters(spec, v));
  const total = v['num-iterations'] as number;
  const progress = progressBar(total, bar && process.stderr.isTTY === true);
  const started = performance.now();
  const metrics: Record<string, number> = {};
  try {
    if (command === 'gan') {
      let last = { dscr: NaN, gen: NaN };
      trainGan(data, {
        lrDscr: v['lr-dscr'] as number, lrGen: v['lr-gen'] as number, batchSize: v['batch-size'] as number, numIterations: total,
        latentDim: v['latent-dim'] as number, hiddenGen: v['hidden-gen'] as number[], hiddenDscr: v['hidden-dscr'] as number[],
        optimizer: v.optimizer as OptimizerName, beta1: v.beta1 as number, beta2: v.beta2 as number,
        activation: ACTIVATIONS[v.activation as ActivationName], activationAlpha: v['activation-alpha'] as number,
        trainK: v['train-k'] as number, probDropout: v['prob-dropout'] as number, seed: v.seed as number,
      }, {
        step(iteration, dscr, gen) {
          last = { dscr, gen };
          log.log('loss', { iteration, discriminator: dscr, generator: gen });
          progress.update(iteration, `D ${dscr.toFixed(3)} G ${gen.toFixed(3)}`);
        },
        samplesEvery: {
          period: v['output-period'] as number,
          count: 64,
          call(iteration, images) {
            const file = `samples-${String(iteration).padStart(6, '0')}.png`;
            let note = '';
            if (judgeModel) {
              const j = judge(judgeModel, images, 64);
              log.log('judge', { iteration, meanTopProbability: j.meanTopProbability });
              log.log('digits', { iteration, digits: j.digits });
              metrics.meanTopProbability = j.meanTopProbability;
              metrics.digits = j.digits;
              note = `; the classifier's mean top probability ${j.meanTopProbability.toFixed(3)}, ${j.digits} of the 10 digits appear`;
            }
            log.image(file, imageGrid(images, 64, data.rows, data.cols, { low: -1, high: 1 }), `iteration ${iteration}: the generator's images of 64 fixed latent vectors${note}`);
          },
        },
      });
      metrics.discriminatorLoss = last.dscr;
      metrics.generatorLoss = last.gen;
      log.result('last discriminator loss', last.dscr.toFixed(4));
      log.result('last generator loss', last.gen.toFixed(4));
      if (judgeModel) log.result('the last samples, judged by the classifier', `mean top probability ${metrics.meanTopProbability!.toFixed(3)}, ${metrics.digits} of 10 digits`);
    } else {
      const model = trainClassifier(data, {
        model: command, lr: v.lr as number, batchSize: v['batch-size'] as number, numIterations: total,
        optimizer: v.optimizer as OptimizerName, beta1: v.beta1 as number, beta2: v.beta2 as number,
        hidden: (v.hidden as number | undefined) ?? 0, activation: v.activation === undefined ? 0 : ACTIVATIONS[v.activation as ActivationName],
        activationAlpha: (v['activation-alpha'] as number | undefined) ?? 0, probDropout: (v['prob-dropout'] as number | undefined) ?? 0,
        seed: v.seed as number, evalPeriod: v['eval-period'] as number,
      }, {
        step(iteration, loss) {
          log.log('loss', { iteration, train: loss });
          progress.update(iteration, loss.toFixed(4));
        },
        evaluate(iteration, testAccuracy) {
          log.log('accuracy', { iteration, test: testAccuracy });
        },
      });
      writeFileSync(join(log.dir, 'model.json'), saveModel(model));
      metrics.trainAccuracy = accuracy(model, data.train);
      metrics.testAccuracy = accuracy(model, data.test);
      log.result('train accuracy', metrics.trainAccuracy.toFixed(4));
      log.result('test accuracy', metrics.testAccuracy.toFixed(4));
    }
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  metrics.seconds = seconds;
  log.result('data', `${data.name}: ${data.train.count} train, ${data.test.count} test`);
  log.result('time', `${seconds.toFixed(1)} s (${(total / seconds).toFixed(1)} iterations/s)`);
  log.finish(25);
  print(`run: ${log.dir}`);
  print(`time: ${seconds.toFixed(1)} s`);
  if (command !== 'gan') print(`test accuracy: ${metrics.testAccuracy!.toFixed(4)}`);
  else print(`last losses: discriminator ${metrics.discriminatorLoss!.toFixed(4)}, generator ${metrics.generatorLoss!.toFixed(4)}`);
  if (metrics.digits !== undefined) print(`samples judged: mean top probability ${metrics.meanTopProbability!.toFixed(3)}, ${metrics.digits} of 10 digits`);
  return { dir: log.dir, metrics };
}

/** The command line; returns the exit code (0 done, 1 a data error, 2 a usage error). */
export function main(argv: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): number {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h') {
      (command === undefined ? err : out)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === 'bench') {
      if (args[0] === '--help' || args[0] === '-h') {
        out(BENCH_HELP);
        return 0;
      }
      if (args.length > 0) throw new UsageError(`bench takes no options (not '${args[0]}')`);
      return runBench(out);
    }
    if (command === 'scan') {
      if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
        out(SCAN_HELP);
        return 0;
      }
      return runScan(args, out);
    }
    if (!(command in COMMANDS)) throw new UsageError(`unknown command '${command}'; expected logreg, mlp, gan, scan or bench`);
    const values = parseOptions(command as Command, args);
    if (values === 'help') {
      const { summary, spec } = COMMANDS[command as Command];
      out(helpText(command, summary, spec));
      return 0;
    }
    const data = loadData(values);
    runCommand(command as Command, values, data, out);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`train: ${(e as Error).message}\nRun \`npm run train -- ${command && (command in COMMANDS || command === 'bench') ? command + ' ' : ''}--help\` for the options.`);
      return 2;
    }
    if (e instanceof DataError) {
      err(`train: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
