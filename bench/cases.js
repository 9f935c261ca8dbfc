/**
 * The benchmark cases: which function of which module, on which inputs, the target ratio of
 * the faster of f_grad / f_vjp to the primal (issue 7), and the hand-written adjoint where
 * there is one. Inputs come from a seeded generator or from ADBench's files, so every run
 * times the same computation.
 */
import { readFileSync } from 'node:fs';
import { readGmm, readLstm, readReference } from './lib/adbench.js';
import { uniform } from './lib/check.js';

const ROSENBROCK = 'bench/cases/rosenbrock.ts';
const GMM = 'fixtures/adbench/gmm/input.ts';
const LSTM = 'fixtures/adbench/lstm/input.ts';

const rosenbrock = (n) => ({
  id: `rosenbrock-${n === 1e3 ? '1e3' : '1e5'}`,
  title: `Rosenbrock n=${n === 1e3 ? '1e3' : '1e5'}`,
  source: ROSENBROCK,
  fn: 'rosenbrock',
  params: ['x'],
  make: (random) => [uniform(random, n, -1.5, 1.5)],
  target: 2.0,
  hand: {
    source: 'bench/hand/rosenbrock_adjoint.ts',
    fn: 'rosenbrock_adjoint',
    keys: ['x'],
    args: (a, adj) => [a[0], adj.x],
  },
});

/** A weight matrix of `rows` × `cols`, uniform in ±1/√cols. */
const weights = (random, rows, cols) => uniform(random, rows * cols, -1 / Math.sqrt(cols), 1 / Math.sqrt(cols));

const gmm = (d, k) => ({
  id: `gmm-d${d}-K${k}`,
  title: `ADBench GMM d=${d} K=${k} n=1000`,
  source: GMM,
  fn: 'gmmObjective',
  params: ['alphas', 'means', 'icf', 'x', 'd', 'k', 'n', 'gamma', 'm'],
  make: () => {
    const g = readGmm(`gmm/1k/gmm_d${d}_K${k}.txt`);
    return [g.alphas, g.means, g.icf, g.x, g.d, g.k, g.n, g.gamma, g.m];
  },
  skip: ['d', 'k', 'n', 'm'],
  target: 3.0,
  hand: {
    source: 'bench/hand/gmm_adjoint.ts',
    fn: 'gmm_adjoint',
    keys: ['alphas', 'means', 'icf', 'x', 'gamma'],
    args: (a, adj) => [...a, adj],
    // and independently of tsgrad: ADBench's own reference gradient for gmm/test.txt
    reference: (f) => {
      const g = readGmm('gmm/test.txt');
      const ref = readReference('gmm_test');
      const adj = { alphas: new Float64Array(g.k), means: new Float64Array(g.k * g.d), icf: new Float64Array(g.icf.length), x: new Float64Array(g.x.length), gamma: 0 };
      const value = f(g.alphas, g.means, g.icf, g.x, g.d, g.k, g.n, g.gamma, g.m, adj);
      const gradient = [...adj.alphas, ...adj.means, ...adj.icf];
      const rho = (a, b) => Math.abs(a - b) / Math.max(1, Math.abs(a) + Math.abs(b));
      const worst = Math.max(rho(value, ref.objective), ...gradient.map((v, i) => rho(v, ref.gradient[i])));
      return { worst, tolerance: ref.tolerance, what: 'ADBench reference.json gmm_test' };
    },
  },
});

/** The same objective in a common style: scratch xc/Qxc, a logsumexp helper (issue 13). */
const gmmScratch = (d, k) => ({
  ...gmm(d, k),
  id: `gmm-scratch-d${d}-K${k}`,
  title: `GMM scratch style d=${d} K=${k} n=1000`,
  source: 'bench/cases/gmm_scratch.ts',
  fn: 'gmmScratch',
  style: 'issue 13',
  hand: undefined,
});

/**
 * Issue 13 item 4: the same function written by a second hand (bench/cases/styles/, written
 * from what each case computes, without reading the compiler), timed on the same inputs. The
 * bench checks that its value equals the first version's within 1e-12 (relative).
 */
const secondHand = (base, file, fn, extra = {}) => ({
  ...base,
  id: `${base.id}-h2`,
  style: 'hand 2',
  source: `bench/cases/styles/${file}`,
  fn,
  hand: undefined,
  sameAs: { source: base.source, fn: base.fn, id: base.id },
  ...extra,
});

/**
 * Issue 13 item 4: functions of the real-world corpus (corpus/, third-party code as its authors
 * wrote it), compiled from corpus/ as they are, on inputs drawn from the domains of
 * corpus/manifest.json (seeded). `length` replaces the manifest's array length (5 or 6, the
 * size of a finite-difference test) for functions of any length (statistics, norms). Arrays are
 * plain arrays (the functions take number[]); parameters the manifest fixes ({ value }) are
 * passed as that value and not differentiated by finite differences.
 */
const manifest = JSON.parse(readFileSync(new URL('../corpus/manifest.json', import.meta.url), 'utf8'));
const corpusCase = (module, name, { length, target = 3.0, fdStep, hand } = {}) => {
  const entry = manifest.functions.find((f) => f.module === module && f.name === name);
  if (!entry) throw new Error(`corpus/manifest.json has no ${module}#${name}`);
  const params = Object.keys(entry.domains);
  const fixed = params.filter((p) => 'value' in entry.domains[p]);
  return {
    id: `corpus-${entry.package.replace(/^@/, '').replace(/\//g, '-')}-${name}`,
    title: `${entry.package} ${name}${length ? ` n=${length}` : ''}`,
    style: 'corpus',
    source: `corpus/${module}`,
    fn: name,
    params,
    skip: fixed,
    make: (random) => params.map((p) => {
      const dom = entry.domains[p];
      if ('value' in dom) return dom.value;
      if (Array.isArray(dom)) return dom[0] + (dom[1] - dom[0]) * random();
      return Array.from(uniform(random, length ?? dom.length, dom.range[0], dom.range[1]));
    }),
    target,
    fdStep,
    // (a hand-written adjoint of the same algorithm, called with the same arguments and adj)
    hand: hand && {
      source: 'bench/hand/corpus_adjoints.ts',
      fn: hand,
      keys: params.filter((p) => !fixed.includes(p)),
      args: (a, adj) => [...a, adj],
    },
  };
};

const firstHands = [
  rosenbrock(1e3),
  rosenbrock(1e5),
  {
    id: 'logsumexp',
    title: 'log-sum-exp n=1e4',
    source: 'bench/cases/logsumexp.ts',
    fn: 'logSumExp',
    params: ['x'],
    make: (random) => [uniform(random, 1e4, -3, 3)],
    target: 2.5,
  },
  {
    id: 'softmax-xent',
    title: 'softmax cross-entropy n=1e3',
    source: 'bench/cases/softmax_xent.ts',
    fn: 'softmaxCrossEntropy',
    params: ['logits', 'label'],
    make: (random) => [uniform(random, 1e3, -3, 3), 417],
    skip: ['label'],
    target: 4,
  },
  {
    id: 'mlp',
    title: 'MLP 64-128-10 tanh',
    source: 'bench/cases/mlp.ts',
    fn: 'mlpLoss',
    params: ['W1', 'b1', 'W2', 'b2', 'x', 'y'],
    make: (random) => [weights(random, 128, 64), uniform(random, 128, -0.1, 0.1), weights(random, 10, 128),
      uniform(random, 10, -0.1, 0.1), uniform(random, 64), uniform(random, 10)],
    target: 4,
  },
  {
    id: 'rnn',
    title: 'Elman RNN H=32 T=50',
    source: 'bench/cases/rnn.ts',
    fn: 'elmanLoss',
    // input size 8, hidden 32, 50 steps, 4 outputs
    params: ['Wx', 'Wh', 'b', 'Wy', 'xs', 'y'],
    make: (random) => [weights(random, 32, 8), weights(random, 32, 32), uniform(random, 32, -0.1, 0.1),
      weights(random, 4, 32), uniform(random, 50 * 8), uniform(random, 4)],
    target: 4,
  },
  {
    id: 'rnn-rebind',
    title: 'Elman RNN H=32 T=50, h = next',
    source: 'bench/cases/rnn_rebind.ts',
    fn: 'elmanRebind',
    style: 'issue 13',
    params: ['Wx', 'Wh', 'b', 'Wy', 'xs', 'y'],
    make: (random) => [weights(random, 32, 8), weights(random, 32, 32), uniform(random, 32, -0.1, 0.1),
      weights(random, 4, 32), uniform(random, 50 * 8), uniform(random, 4)],
    target: 4,
  },
  {
    id: 'rk4',
    title: 'RK4 Lotka-Volterra 1000 steps',
    source: 'bench/cases/rk4.ts',
    fn: 'rk4Loss',
    params: ['p', 'y0', 'target', 'dt', 'steps'],
    make: () => [new Float64Array([1.1, 0.4, 0.1, 0.4]), new Float64Array([10, 5]), new Float64Array([4, 8]), 0.01, 1000],
    skip: ['steps'],
    target: 4,
  },
  // issue 14 item 4: a million steps, taped (125 MiB of tape) and checkpointed (@checkpoint: one
  // step's tape; its state, y, 16 bytes, so the default 16 MiB budget gives it a snapshot per
  // step, 15.3 MiB, and it recomputes nothing)
  ...[false, true].map((checkpointed) => ({
    id: checkpointed ? 'rk4-1e6-checkpoint' : 'rk4-1e6',
    title: `RK4 Lotka-Volterra 1e6 steps${checkpointed ? ', @checkpoint' : ''}`,
    source: checkpointed ? 'bench/cases/rk4_checkpoint.ts' : 'bench/cases/rk4.ts',
    fn: 'rk4Loss',
    params: ['p', 'y0', 'target', 'dt', 'steps'],
    make: () => [new Float64Array([1.1, 0.4, 0.1, 0.4]), new Float64Array([10, 5]), new Float64Array([4, 8]), 1e-4, 1e6],
    // (dt = 1e-4 is not checked by differences: their step, 1e-6, is 1% of it; the 1000-step case checks dt)
    skip: ['steps', 'dt'],
    target: checkpointed ? 20 : 4,
  })),
  gmm(2, 5),
  gmmScratch(2, 5),
  gmm(10, 25),
  gmmScratch(10, 25),
  gmm(20, 50),
  {
    id: 'lstm-l2-c1024',
    title: 'ADBench LSTM l=2 c=1024 b=14',
    source: LSTM,
    fn: 'lstmObjective',
    params: ['mainParams', 'extraParams', 'state', 'sequence', 'l', 'c', 'b'],
    make: () => {
      const s = readLstm('lstm/lstm_l2_c1024.txt');
      return [s.mainParams, s.extraParams, s.state, s.sequence, s.l, s.c, s.b];
    },
    skip: ['l', 'c', 'b'],
    target: 3.0,
  },
  // issue 13 item 2: recursion as users write it (bench/cases/recursive.ts): each level's
  // call records what its reverse needs (split mode) instead of rerunning the levels below
  {
    id: 'det-minors-7',
    title: 'determinant by minors 7x7, recursive',
    style: 'issue 13',
    source: 'bench/cases/recursive.ts',
    fn: 'det',
    params: ['a', 'n'],
    make: (random) => [uniform(random, 49, -1, 1), 7],
    skip: ['n'],
    target: 3.0,
  },
  {
    id: 'gamma-recursive',
    title: 'gamma by recursion to [1, 2], x in [18.5, 19.5]',
    style: 'issue 13',
    source: 'bench/cases/recursive.ts',
    fn: 'gamma',
    params: ['x'],
    make: (random) => [18.5 + random()],
    target: 3.0,
  },
  // issue 15 item 7: backpropagating through QR by its registered pullback, and through the
  // Householder reflections written in TypeScript; the same fit of 200 values by 10 columns
  ...['least_squares', 'least_squares_householder'].map((name) => ({
    id: name === 'least_squares' ? 'least-squares-qr' : 'least-squares-householder',
    title: `least squares m=200 n=10, ${name === 'least_squares' ? 'qr + qr_vjp' : 'Householder in TS'}`,
    source: `examples/${name}.ts`,
    fn: 'residual',
    params: ['A', 'y', 'm', 'n'],
    make: (random) => [uniform(random, 200 * 10, -1, 1), uniform(random, 200, -1, 1), 200, 10],
    skip: ['m', 'n'],
    target: 3.0,
    // (beside the Householder reflections: what a hand adjoint of the same algorithm keeps)
    hand: name === 'least_squares' ? undefined : {
      source: 'bench/hand/householder_adjoint.ts',
      fn: 'householder_adjoint',
      keys: ['A', 'y'],
      args: (a, adj) => [...a, adj],
    },
  })),
];

/** The second hands, each placed after the case it rewrites. */
const secondHands = {
  'rosenbrock-1e3': (c) => secondHand(c, 'rosenbrock.ts', 'rosenbrockStyled'),
  'rosenbrock-1e5': (c) => secondHand(c, 'rosenbrock.ts', 'rosenbrockStyled'),
  logsumexp: (c) => secondHand(c, 'logsumexp.ts', 'logSumExpStyled'),
  'softmax-xent': (c) => secondHand(c, 'softmax_xent.ts', 'softmaxCrossEntropyStyled'),
  mlp: (c) => secondHand(c, 'mlp.ts', 'mlpLossStyled'),
  rnn: (c) => secondHand(c, 'rnn.ts', 'elmanLossStyled'),
  rk4: (c) => secondHand(c, 'rk4.ts', 'rk4LossStyled'),
  'gmm-d2-K5': (c) => secondHand(c, 'gmm.ts', 'gmmStyled'),
  'gmm-d10-K25': (c) => secondHand(c, 'gmm.ts', 'gmmStyled'),
  'lstm-l2-c1024': (c) => secondHand(c, 'lstm.ts', 'lstmStyled'),
  'least-squares-qr': (c) => secondHand(c, 'least_squares.ts', 'leastSquaresStyled'),
  'least-squares-householder': (c) => secondHand(c, 'least_squares.ts', 'leastSquaresStyled'),
};

/** Issue 13 item 4: real functions from the corpus, third-party code used as it is. */
const realFunctions = [
  corpusCase('jstat/special.ts', 'gammaln'),
  corpusCase('jstat/special.ts', 'betacf', { hand: 'betacf_adjoint' }),
  corpusCase('gamma/index.ts', 'lngamma'),
  corpusCase('gamma/index.ts', 'gamma'),
  corpusCase('bessel/bessel.ts', 'besselj'),
  corpusCase('gl-matrix/mat4.ts', 'determinant', { hand: 'determinant_adjoint' }),
  // two Newton steps from dt ≈ 8000 days: the result jumps by days within dt ± 0.01 (the
  // default step, 1e-6·dt, gives 185 where the derivative is 16.808, converged from 1e-4 down)
  corpusCase('suncalc/index.ts', 'getSetJ', { fdStep: 1e-5 }),
  corpusCase('tween-functions/index.ts', 'easeOutElastic'),
  corpusCase('stats-lite/stats.ts', 'sampleStdev', { length: 1000 }),
  corpusCase('compute-l2norm/index.ts', 'l2norm', { length: 1000, hand: 'l2norm_adjoint' }),
];

export const cases = [
  ...firstHands.flatMap((c) => [{ style: 'hand 1', ...c }, ...(secondHands[c.id] ? [secondHands[c.id](c)] : [])]),
  ...realFunctions,
];
