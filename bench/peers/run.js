#!/usr/bin/env node
/**
 * tsgrad beside peer JavaScript AD libraries (`npm run bench:peers`, which installs them into
 * bench/peers/node_modules first): TensorFlow.js with its pure-JS CPU backend and @jax-js/jax
 * on its default (WebAssembly) device, each written idiomatically (tf.grad; jax grad and
 * jit(grad)), on Rosenbrock n = 1e3, log-sum-exp n = 1e4 and ADBench's GMM (d = 10, K = 25,
 * with the hand-written adjoint beside them; the peers' GMM is in gmm.js), timed in the same
 * interleaved rounds as tsgrad's primal and gradient; and a training step of train/'s MLP beside the same
 * step backpropagated by hand and in TensorFlow.js (issue 15 item 6). Each peer's gradient is checked against tsgrad's
 * before timing. Writes bench/peers/results.json and bench/peers/results.md.
 *
 * Each library runs in its own V8 isolate of the one process: tsgrad in the main thread, the peers
 * in a worker thread (worker.js), timed in the same interleaved rounds (bench/lib/timing.js; the
 * main thread asks the worker for each peer batch and waits for it). @jax-js/jax grows its
 * WebAssembly memory, which detaches an ArrayBuffer, and from then on V8 guards every typed-array
 * access of that isolate against detached buffers (its "ArrayBuffer detaching protector"): in one
 * isolate with the peers, tsgrad's loops ran 1.3-3.7x slower than alone (log-sum-exp's f_vjp
 * 251 µs alone, 937 µs beside @jax-js/jax, 2026-12-04). A user's program does not load a second AD
 * library, so each library is timed as its users run it; the worker times tsgrad's f_vjp again
 * beside the peers, and the table shows that row too.
 *
 * Notes on running the peers in Node 20 (measured, not assumed; handled in worker.js):
 * - @tensorflow/tfjs-core's package entry for Node (dist/tf-core.node.js) does not contain the
 *   gradient definitions; they are in its ES modules (dist/register_all_gradients.js), whose
 *   extensionless relative imports only a bundler resolves. So the worker bundles
 *   tfjs-core + its gradients + tfjs-backend-cpu once with esbuild (a devDependency of tsgrad)
 *   into bench/peers/.build/tfjs.js. tfjs's CPU backend computes in float32 only.
 * - @jax-js/jax 0.1.x tests `instanceof Float16Array`, a global Node has only from v22 on;
 *   on Node 20 the worker defines an empty placeholder class (no array is ever one), and
 *   initialises only the 'wasm' and 'cpu' devices ('webgpu' reads `navigator`).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { build as buildOnce } from '../lib/build.js';

/** The JavaScript built for the run, in temporary directories removed when it ends. */
const builtDirs = [];
async function build(...args) {
  const built = await buildOnce(...args);
  builtDirs.push(built.outDir);
  return built;
}
process.on('exit', () => { for (const d of builtDirs) rmSync(d, { recursive: true, force: true }); });
import { gmmData, mlpData, problems, relativeError } from './problems.js';
import { formatTime, machine } from '../lib/report.js';
import { fixArgs, measure, median } from '../lib/timing.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: '21' },
    'batch-ms': { type: 'string', default: '30' },
    'no-write': { type: 'boolean', default: false },
    // only the cases whose id contains this (rosenbrock-1e3, logsumexp, gmm-d10-K25, mlp-step); writes nothing
    filter: { type: 'string' },
  },
});
const wanted = (id) => opts.filter === undefined || id.includes(opts.filter);
if (opts.filter !== undefined) opts['no-write'] = true;
const timing = { rounds: Number(opts.rounds), batchMs: Number(opts['batch-ms']) };
const log = (s) => process.stdout.write(s + '\n');

if (!existsSync(join(here, 'node_modules', '@tensorflow', 'tfjs-core')) || !existsSync(join(here, 'node_modules', '@jax-js', 'jax'))) {
  log('The peers are not installed: run `npm run bench:peers` (it installs them into bench/peers/node_modules).');
  process.exit(2);
}

/**
 * The worker thread (worker.js) that holds the peer libraries. `request` sends a message and
 * resolves with the reply; `remote(name)` is a variant for bench/lib/timing.js's `measure`
 * whose batches run in the worker, timed there, while this thread waits.
 */
class Peers {
  constructor() {
    this.control = new Int32Array(new SharedArrayBuffer(4));
    this.result = new Float64Array(new SharedArrayBuffer(8));
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { control: this.control.buffer, result: this.result.buffer } });
    this.errors = [];
    this.worker.on('error', (e) => this.errors.push(String(e?.stack ?? e)));
  }

  request(message) {
    return new Promise((resolve, reject) => {
      this.worker.once('message', (reply) => (reply.error ? reject(new Error(`in the peers' worker: ${reply.error}`)) : resolve(reply)));
      this.worker.postMessage(message);
    });
  }

  /** A synchronous call: the worker answers in the shared buffer and wakes this thread. */
  call(message) {
    Atomics.store(this.control, 0, 0);
    this.worker.postMessage(message);
    Atomics.wait(this.control, 0, 0);
    const value = this.result[0];
    if (Number.isNaN(value)) throw new Error(`the peers' worker failed on ${JSON.stringify(message)} (its error follows on exit)`);
    return value;
  }

  remote(name) {
    return {
      batch: (iterations) => this.call({ op: 'batch', name, iterations }),
      slice: (size, sliceMs) => this.call({ op: 'slice', name, size, sliceMs }),
    };
  }
}

/**
 * Times one case: tsgrad's `local` variants here, the peers' (set up in the worker with
 * `reference`, tsgrad's gradient, to check theirs against) there, in the same rounds.
 */
async function timeCase(peers, id, title, urls, reference, local, localChecks = {}) {
  const { names, checks: peerChecks } = await peers.request({ op: 'setup', id, urls, reference });
  const checks = { ...localChecks, ...peerChecks };
  const failures = Object.entries(checks).filter(([, [e, tol]]) => !(e <= tol)).map(([k, [e]]) => `${k}: gradient differs from tsgrad's by ${e.toExponential(2)}`);
  for (const m of failures) log(`  !!! ${id}: ${m}`);
  const variants = { ...local, ...Object.fromEntries(names.map((name) => [name, peers.remote(name)])) };
  const t = measure(variants, { ...timing, warmupMs: 300 });
  await peers.request({ op: 'dispose' });
  const ms = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.ms]));
  // per round, each time over tsgrad's f_vjp time of the same round; median over rounds
  const base = t['tsgrad f_vjp'].samples;
  const slower = Object.fromEntries(Object.keys(t).map((k) => [k, median(t[k].samples.map((v, i) => v / base[i]))]));
  log(`  ${id} done`);
  return { id, title, ms, slowerThanTsgrad: slower, failures, checks };
}

/** Rosenbrock or log-sum-exp: tsgrad's primal and f_vjp beside tf.grad, jax grad and jit(grad). */
async function problemCase(peers, p, built) {
  const src = await import(built.urlOf(p.source));
  const gen = await import(built.urlOf(p.source.replace(/\.ts$/, '.grad.ts')));
  const x = p.make();
  const reference = gen[`${p.fn}_grad`](x).grad.x;
  const adj = { x: new Float64Array(x.length) };
  const vjp = fixArgs(gen[`${p.fn}_vjp`], [x, adj]);
  return timeCase(peers, p.id, p.title, { grad: built.urlOf(p.source.replace(/\.ts$/, '.grad.ts')) }, reference, {
    'tsgrad primal': fixArgs(src[p.fn], [x]),
    'tsgrad f_vjp': () => {
      adj.x.fill(0);
      return vjp();
    },
  });
}

/**
 * One training step of train/'s MLP (batch 32, 784 → 128 relu → 10, softmax cross-entropy;
 * issue 15 item 6): tsgrad's mlpLoss_vjp, the same step backpropagated by hand in plain
 * TypeScript (train/bench.ts), and in the worker TensorFlow.js and @jax-js/jax with the loss
 * written with their ops. Each checked against tsgrad before timing.
 */
async function mlpStep(peers) {
  // (as `npm run train:compile` generates it: the weights' gradient only)
  const built = await build([join(here, '..', '..', 'train/models/mlp.ts')],
    ['train/bench.ts', 'train/random.ts'].map((f) => join(here, '..', '..', f)), { wrt: ['mlpLoss:W1,b1,W2,b2'] });
  const { mlpLoss } = await import(built.urlOf('train/models/mlp.ts'));
  const { mlpLoss_vjp } = await import(built.urlOf('train/models/mlp.grad.ts'));
  const { mlpStepByHand } = await import(built.urlOf('train/bench.ts'));
  const { n, h, c, W1, b1, W2, b2, X, Y, mask } = mlpData();
  const adj = { W1: new Float64Array(W1.length), b1: new Float64Array(h), W2: new Float64Array(W2.length), b2: new Float64Array(c) };
  const g = { W1: new Float64Array(W1.length), b1: new Float64Array(h), W2: new Float64Array(W2.length), b2: new Float64Array(c) };
  const scratch = { H: new Float64Array(n * h), P: new Float64Array(n * c), dH: new Float64Array(n * h) };
  const local = {
    'tsgrad primal': () => mlpLoss(W1, b1, W2, b2, X, Y, mask, n, 0, 0),
    'tsgrad f_vjp': () => {
      for (const a of [adj.W1, adj.b1, adj.W2, adj.b2]) a.fill(0);
      return mlpLoss_vjp(W1, b1, W2, b2, X, Y, mask, n, 0, 0, adj);
    },
    'hand-written backprop': () => {
      for (const a of [g.W1, g.b1, g.W2, g.b2]) a.fill(0);
      return mlpStepByHand(W1, b1, W2, b2, X, Y, n, g, scratch);
    },
  };
  local['tsgrad f_vjp']();
  local['hand-written backprop']();
  const reference = [adj.W1, adj.b1, adj.W2, adj.b2];
  const byHand = Math.max(...[g.W1, g.b1, g.W2, g.b2].map((a, i) => relativeError(a, reference[i])));
  return timeCase(peers, 'mlp-step', 'MLP step 784-128-10 b=32', { grad: built.urlOf('train/models/mlp.grad.ts') }, reference, local, { 'hand-written backprop': [byHand, 1e-12] });
}

/**
 * ADBench's GMM objective (d = 10, K = 25, n = 1000; issue 13 item 5): tsgrad's f_vjp and the
 * hand-written adjoint (bench/hand/gmm_adjoint.ts) here, and in the worker TensorFlow.js's
 * tf.grads and @jax-js/jax's grad and jit(grad) of the objective written batched with each
 * library's ops (gmm.js). The gradient with respect to alphas, means and icf, checked against
 * tsgrad's before timing.
 */
async function gmmPeers(peers) {
  const built = await build([join(here, '..', '..', 'fixtures/adbench/gmm/input.ts')], [join(here, '..', 'hand', 'gmm_adjoint.ts')]);
  const { gmmObjective } = await import(built.urlOf('fixtures/adbench/gmm/input.ts'));
  const { gmmObjective_vjp } = await import(built.urlOf('fixtures/adbench/gmm/input.grad.ts'));
  const { gmm_adjoint } = await import(built.urlOf('bench/hand/gmm_adjoint.ts'));
  const g = gmmData();
  const args = [g.alphas, g.means, g.icf, g.x, g.d, g.k, g.n, g.gamma, g.m];
  const zeros = () => ({ alphas: new Float64Array(g.alphas.length), means: new Float64Array(g.means.length), icf: new Float64Array(g.icf.length), x: new Float64Array(g.x.length), gamma: 0 });
  const adj = zeros();
  const hand = zeros();
  const clear = (a) => { a.alphas.fill(0); a.means.fill(0); a.icf.fill(0); a.x.fill(0); a.gamma = 0; };
  const vjp = fixArgs(gmmObjective_vjp, [...args, adj]);
  const byHand = fixArgs(gmm_adjoint, [...args, hand]);
  const local = {
    'tsgrad primal': fixArgs(gmmObjective, args),
    'tsgrad f_vjp': () => { clear(adj); return vjp(); },
    'hand-written adjoint': () => { clear(hand); return byHand(); },
  };
  local['tsgrad f_vjp']();
  local['hand-written adjoint']();
  const reference = [adj.alphas, adj.means, adj.icf];
  const handError = Math.max(...[hand.alphas, hand.means, hand.icf].map((a, i) => relativeError(a, reference[i])));
  return timeCase(peers, 'gmm-d10-K25', 'ADBench GMM d=10 K=25 n=1000', { grad: built.urlOf('fixtures/adbench/gmm/input.grad.ts') }, reference, local, { 'hand-written adjoint': [handError, 1e-9] });
}

async function main() {
  const peers = new Peers();
  const { accuracy } = await peers.request({ op: 'load' });
  log(`@jax-js/jax float64 on its wasm device: exp max relative error ${accuracy.exp.toExponential(1)}, log max absolute error ${accuracy.log.toExponential(1)} (on [-3, 3] and [0.1, 3.1]; Math.exp/Math.log as reference)`);
  const list = problems().filter((p) => wanted(p.id));
  const built = list.length > 0 ? await build([...new Set(list.map((p) => join(here, '..', '..', p.source)))]) : undefined;
  const rows = [];
  for (const p of list) rows.push(await problemCase(peers, p, built));
  if (wanted('gmm-d10-K25')) rows.push(await gmmPeers(peers));
  if (wanted('mlp-step')) rows.push(await mlpStep(peers));
  await peers.worker.terminate();
  const table = [['case', 'library', 'time per gradient', '× tsgrad f_vjp', 'check']];
  for (const r of rows) {
    for (const k of Object.keys(r.ms)) {
      const check = r.checks[k] ? `${r.checks[k][0] <= r.checks[k][1] ? 'ok' : 'FAILED'} (${r.checks[k][0].toExponential(0)})` : '';
      table.push([r.title, k, formatTime(r.ms[k]), k === 'tsgrad primal' ? `(${r.slowerThanTsgrad[k].toFixed(2)})` : `${r.slowerThanTsgrad[k].toFixed(1)}x`, check]);
    }
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const m = machine();
  log('');
  log(`${m.os}, ${m.cpu}, Node ${m.node}; tsgrad ${m.commit}`);
  log(`medians of ${timing.rounds} interleaved rounds of ~${timing.batchMs} ms batches; peers include reading the gradient back (dataSync)`);
  log('');
  for (const [i, row] of table.entries()) {
    log(row.map((c, j) => (j < 2 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
    if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const rosen = rows.find((r) => r.id === 'rosenbrock-1e3');
  const targets = [];
  if (rosen) {
    const jaxBest = Math.min(rosen.slowerThanTsgrad['@jax-js/jax grad'], rosen.slowerThanTsgrad['@jax-js/jax jit(grad)']);
    const tfRatio = rosen.slowerThanTsgrad['tfjs tf.grad (float32)'];
    targets.push(
      `Rosenbrock n=1e3: tsgrad is ${jaxBest.toFixed(0)}x faster than @jax-js/jax's faster form (target ≥ 10x: ${jaxBest >= 10 ? 'met' : 'MISSED'})`,
      `Rosenbrock n=1e3: tsgrad is ${tfRatio.toFixed(0)}x faster than TensorFlow.js (target ≥ 100x: ${tfRatio >= 100 ? 'met' : 'MISSED'})`);
  }
  const lse = rows.find((r) => r.id === 'logsumexp');
  if (lse) {
    const peer = Math.min(lse.slowerThanTsgrad['tfjs tf.grad (float32)'], lse.slowerThanTsgrad['@jax-js/jax grad'], lse.slowerThanTsgrad['@jax-js/jax jit(grad)']);
    targets.push(`log-sum-exp n=1e4: tsgrad is ${peer.toFixed(1)}x faster than the fastest peer form (target > 1x: ${peer > 1 ? 'met' : 'MISSED'})`);
  }
  const gmm = rows.find((r) => r.id === 'gmm-d10-K25');
  if (gmm) {
    const gmmPeer = Math.min(gmm.slowerThanTsgrad['tfjs tf.grads (float32)'], gmm.slowerThanTsgrad['@jax-js/jax grad'], gmm.slowerThanTsgrad['@jax-js/jax jit(grad)']);
    targets.push(`GMM d=10 K=25: tsgrad is ${gmmPeer.toFixed(1)}x faster than the fastest peer form (target > 1x: ${gmmPeer > 1 ? 'met' : 'MISSED'}) and takes ${(1 / gmm.slowerThanTsgrad['hand-written adjoint']).toFixed(2)}x the hand-written adjoint`);
  }
  const mlp = rows.find((r) => r.id === 'mlp-step');
  if (mlp) {
    const byHand = 1 / mlp.slowerThanTsgrad['hand-written backprop'];
    const overTf = mlp.slowerThanTsgrad['tfjs tf.grads (float32)'];
    const overJax = Math.min(mlp.slowerThanTsgrad['@jax-js/jax grad'], mlp.slowerThanTsgrad['@jax-js/jax jit(grad)']);
    targets.push(
      `MLP step: tsgrad takes ${byHand.toFixed(2)}x the hand-written backpropagation (target ≤ 1.5x: ${byHand <= 1.5 ? 'met' : 'MISSED'}) and is ${overTf.toFixed(1)}x faster than TensorFlow.js (target > 1x: ${overTf > 1 ? 'met' : 'MISSED'}) and @jax-js/jax's faster form takes ${overJax.toFixed(2)}x tsgrad's time (target > 1x: ${overJax > 1 ? 'met' : 'MISSED'})`);
  }
  log('');
  for (const l of targets) log(l);

  if (!opts['no-write']) {
    const version = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
    const versions = { '@tensorflow/tfjs-core': version('@tensorflow/tfjs-core'), '@jax-js/jax': version('@jax-js/jax') };
    const results = { command: 'npm run bench:peers', date: new Date().toISOString(), machine: m, versions, timing, jaxAccuracy: accuracy, rows, targets };
    writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    const md = [
      '# tsgrad beside peer libraries',
      '',
      `Produced by \`npm run bench:peers\` on ${results.date.slice(0, 10)}: ${m.os}, ${m.cpu}, Node ${m.node}, tsgrad ${m.commit};`,
      `@tensorflow/tfjs-core ${versions['@tensorflow/tfjs-core']} (CPU backend, float32), @jax-js/jax ${versions['@jax-js/jax']} (wasm device, float64).`,
      `Medians of ${timing.rounds} interleaved rounds in one process; a peer's time includes reading the gradient back with dataSync().`,
      '"× tsgrad f_vjp" is the median over rounds of the ratio to tsgrad\'s f_vjp batch of the same round.',
      `@jax-js/jax's float64 exp has a measured maximum relative error of ${accuracy.exp.toExponential(1)} and its log an absolute error of ${accuracy.log.toExponential(1)} (float32-like accuracy).`,
      '',
      `| ${table[0].join(' | ')} |`,
      `| --- | --- | ---: | ---: | --- |`,
      ...table.slice(1).map((row) => `| ${row.join(' | ')} |`),
      '',
      ...targets.map((t) => `- ${t}`),
      '',
      'tsgrad runs in the main thread and the peers in a worker thread (bench/peers/worker.js), each in its',
      'own V8 isolate, their batches interleaved in the same rounds. In one isolate with @jax-js/jax, tsgrad',
      'is slower: @jax-js/jax grows its WebAssembly memory, which detaches an ArrayBuffer, after which V8',
      'guards every typed-array access of that isolate (the "ArrayBuffer detaching protector"). The row',
      `"${"tsgrad f_vjp, in the peers' isolate"}" is tsgrad's f_vjp timed in the worker, beside the peers, to show it.`,
      '',
    ].join('\n');
    writeFileSync(join(here, 'results.md'), md);
    log('\nwrote bench/peers/results.json and bench/peers/results.md');
  }
  process.exitCode = rows.some((r) => r.failures.length > 0) ? 1 : 0;
}

await main();
