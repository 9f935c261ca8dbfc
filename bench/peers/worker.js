/**
 * The peer libraries' side of `npm run bench:peers`, run in a worker thread: its own V8
 * isolate, so that what @jax-js/jax does to its isolate does not reach tsgrad's code in the
 * main thread. (@jax-js/jax grows its WebAssembly memory, which detaches an ArrayBuffer; from
 * then on V8 guards every typed-array access of that isolate against detached buffers, its
 * "ArrayBuffer detaching protector", and tsgrad's loops beside it ran 1.3-3.7x slower.)
 *
 * Messages from run.js: `load` (TensorFlow.js and @jax-js/jax; replies with @jax-js/jax's
 * measured exp/log accuracy), `setup` (one case: its peer variants, checked against tsgrad's
 * gradient sent with it; replies with the variants' names and the checks), `dispose`; these
 * reply with postMessage. `batch` and `slice` are the timing calls of bench/lib/timing.js,
 * answered synchronously: the result goes into the shared Float64Array and the main thread,
 * blocked in Atomics.wait on the shared Int32Array, is woken.
 *
 * Each case's variants here include tsgrad's f_vjp again ("in the peers' isolate"), so the
 * table also shows what the protector costs it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fixArgs, runBatch, warmSlice } from '../lib/timing.js';
import { gmmJax, gmmTf } from './gmm.js';
import { gmmData, mlpData, problems, relativeError } from './problems.js';

const here = dirname(fileURLToPath(import.meta.url));
const control = new Int32Array(workerData.control);
const result = new Float64Array(workerData.result);

/** tfjs-core + gradients + CPU backend as one ES module (see the note in run.js). */
async function loadTf() {
  const out = join(here, '.build', 'tfjs.js');
  const stamp = join(here, 'node_modules', '@tensorflow', 'tfjs-core', 'package.json');
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(stamp).mtimeMs) {
    const esbuild = await import('esbuild');
    mkdirSync(dirname(out), { recursive: true });
    await esbuild.build({
      stdin: {
        contents: [
          "export * from '@tensorflow/tfjs-core';",
          "import '@tensorflow/tfjs-core/dist/register_all_gradients';",
          "import '@tensorflow/tfjs-backend-cpu';",
        ].join('\n'),
        resolveDir: here,
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      mainFields: ['module', 'main'],
      outfile: out,
      logLevel: 'warning',
      // tfjs's Node platform code calls require('util') and the like
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
  }
  const tf = await import(pathToFileURL(out).href);
  // tfjs advises installing tfjs-node (native binaries) once, on the first op: keep the table clean
  // (in a worker thread console.log does not go through process.stdout.write: quiet both)
  const { write } = process.stdout;
  const { log, warn } = console;
  process.stdout.write = () => true;
  console.log = console.warn = () => {};
  try {
    await tf.setBackend('cpu');
    await tf.ready();
    tf.tidy(() => tf.add(1, 1).dataSync());
  } finally {
    process.stdout.write = write;
    Object.assign(console, { log, warn });
  }
  return tf;
}

async function loadJax() {
  globalThis.Float16Array ??= class Float16Array {};
  const jax = await import('@jax-js/jax');
  await jax.init('wasm', 'cpu');
  jax.defaultDevice('wasm');
  return jax;
}

/** How far @jax-js/jax's float64 exp and log are from Math.exp and Math.log. */
function jaxAccuracy(jax) {
  const np = jax.numpy;
  const x = Float64Array.from({ length: 1000 }, (_, i) => -3 + (6 * i) / 1000);
  const e = np.exp(np.array(x, { dtype: np.float64 })).dataSync();
  const y = x.map((v) => v + 3.1);
  const l = np.log(np.array(y, { dtype: np.float64 })).dataSync();
  let exp = 0;
  let log = 0;
  for (let i = 0; i < x.length; i++) {
    exp = Math.max(exp, Math.abs(e[i] - Math.exp(x[i])) / Math.exp(x[i]));
    log = Math.max(log, Math.abs(l[i] - Math.log(y[i])));
  }
  return { exp, log };
}

let tf;
let jax;
/** The current case's variants, by name, and what to free after it. */
let variants = {};
let disposables = [];
const inPeersIsolate = "tsgrad f_vjp, in the peers' isolate";

/** Rosenbrock or log-sum-exp: tf.grad, jax grad and jit(grad) of `x`, and tsgrad's f_vjp again. */
async function setupProblem(id, urls, reference) {
  const p = problems(tf, jax).find((q) => q.id === id);
  const gen = await import(urls.grad);
  const x = p.make();
  const adj = { x: new Float64Array(x.length) };
  const vjp = fixArgs(gen[`${p.fn}_vjp`], [x, adj]);
  const xTf = tf.tensor1d(Float32Array.from(x)); // tfjs's CPU backend: float32 only
  const tfGrad = tf.grad(p.tf);
  const jaxX = jax.numpy.array(x, { dtype: jax.numpy.float64 });
  const jaxGrad = jax.grad(p.jax);
  const jaxJitGrad = jax.jit(jax.grad(p.jax));
  disposables = [xTf];
  // tfjs computes in float32; @jax-js/jax in float64 but with exp and log of about float32
  // accuracy (measured at load), so both are held to 1e-5 relative to the largest entry
  const checks = {
    'tfjs tf.grad (float32)': [relativeError(tf.tidy(() => tfGrad(xTf).dataSync()), reference), 1e-5],
    '@jax-js/jax grad': [relativeError(jaxGrad(jaxX.ref).dataSync(), reference), 1e-5],
    '@jax-js/jax jit(grad)': [relativeError(jaxJitGrad(jaxX.ref).dataSync(), reference), 1e-5],
  };
  variants = {
    [inPeersIsolate]: () => {
      adj.x.fill(0);
      return vjp();
    },
    'tfjs tf.grad (float32)': () => tf.tidy(() => tfGrad(xTf).dataSync()[0]),
    '@jax-js/jax grad': () => jaxGrad(jaxX.ref).dataSync()[0],
    '@jax-js/jax jit(grad)': () => jaxJitGrad(jaxX.ref).dataSync()[0],
  };
  return checks;
}

/** ADBench's GMM: the peers' batched objective (gmm.js), gradient in alphas, means and icf. */
async function setupGmm(urls, reference) {
  const g = gmmData();
  const { gmmObjective_vjp } = await import(urls.grad);
  const args = [g.alphas, g.means, g.icf, g.x, g.d, g.k, g.n, g.gamma, g.m];
  const adj = { alphas: new Float64Array(g.alphas.length), means: new Float64Array(g.means.length), icf: new Float64Array(g.icf.length), x: new Float64Array(g.x.length), gamma: 0 };
  const vjp = fixArgs(gmmObjective_vjp, [...args, adj]);
  const f32 = (a) => Float32Array.from(a);
  const tfX = tf.tensor2d(f32(g.x), [g.n, g.d]);
  const tfParams = [tf.tensor1d(f32(g.alphas)), tf.tensor1d(f32(g.means)), tf.tensor1d(f32(g.icf))];
  const tfGrads = tf.grads(gmmTf(tf, tfX, g));
  const np = jax.numpy;
  const jaxX = np.array(g.x, { dtype: np.float64 }).reshape([g.n, g.d]);
  const jaxF = gmmJax(jax, jaxX, g);
  const jaxParams = [g.alphas, g.means, g.icf].map((a) => np.array(a, { dtype: np.float64 }));
  const jaxGrad = jax.grad((p) => jaxF(p[0], p[1], p[2]));
  const jaxJitGrad = jax.jit(jax.grad((p) => jaxF(p[0], p[1], p[2])));
  const jaxRun = (f) => { const out = f(jaxParams.map((a) => a.ref)); const first = out[0].dataSync()[0]; for (const a of out.slice(1)) a.dataSync(); return first; };
  const jaxAll = (f) => f(jaxParams.map((a) => a.ref)).map((a) => a.dataSync());
  const worst = (arrays) => Math.max(...arrays.map((a, i) => relativeError(a, reference[i])));
  disposables = [...tfParams, tfX];
  // float32 (tfjs) and float32-accurate exp/log (@jax-js/jax): 1e-5 of the largest entry
  const checks = {
    'tfjs tf.grads (float32)': [worst(tf.tidy(() => tfGrads(tfParams).map((t) => t.dataSync()))), 1e-5],
    '@jax-js/jax grad': [worst(jaxAll(jaxGrad)), 1e-5],
    '@jax-js/jax jit(grad)': [worst(jaxAll(jaxJitGrad)), 1e-5],
  };
  variants = {
    [inPeersIsolate]: () => {
      adj.alphas.fill(0); adj.means.fill(0); adj.icf.fill(0); adj.x.fill(0); adj.gamma = 0;
      return vjp();
    },
    'tfjs tf.grads (float32)': () => tf.tidy(() => tfGrads(tfParams).map((t) => t.dataSync())[0][0]),
    '@jax-js/jax grad': () => jaxRun(jaxGrad),
    '@jax-js/jax jit(grad)': () => jaxRun(jaxJitGrad),
  };
  return checks;
}

/** train/'s MLP step: the loss written with each library's ops, gradient in the four weights. */
async function setupMlp(urls, reference) {
  const { n, nIn, h, c, W1, b1, W2, b2, X, Y, mask } = mlpData();
  const { mlpLoss_vjp } = await import(urls.grad);
  const adj = { W1: new Float64Array(W1.length), b1: new Float64Array(h), W2: new Float64Array(W2.length), b2: new Float64Array(c) };
  const f32 = (a) => Float32Array.from(a);
  const tfW = [tf.tensor2d(f32(W1), [h, nIn]), tf.tensor1d(f32(b1)), tf.tensor2d(f32(W2), [c, h]), tf.tensor1d(f32(b2))];
  const tfX = tf.tensor2d(f32(X), [n, nIn]);
  const tfY = tf.tensor2d(f32(Y), [n, c]);
  const tfGrads = tf.grads((w1, v1, w2, v2) => {
    const hidden = tf.relu(tf.add(tf.matMul(tfX, w1, false, true), v1));
    const logits = tf.add(tf.matMul(hidden, w2, false, true), v2);
    return tf.mean(tf.neg(tf.sum(tf.mul(tfY, tf.logSoftmax(logits)), 1)));
  });
  // @jax-js/jax: the same loss with its numpy and nn (every use of an array but its last takes .ref)
  const np = jax.numpy;
  const jaxX = np.array(X, { dtype: np.float64 }).reshape([n, nIn]);
  const jaxY = np.array(Y, { dtype: np.float64 }).reshape([n, c]);
  const jaxW = [[W1, [h, nIn]], [b1, [h]], [W2, [c, h]], [b2, [c]]].map(([a, shape]) => np.array(a, { dtype: np.float64 }).reshape(shape));
  const jaxLoss = ([w1, v1, w2, v2]) => {
    const hidden = jax.nn.relu(np.matmul(jaxX.ref, w1.transpose()).add(v1));
    const logits = np.matmul(hidden, w2.transpose()).add(v2);
    return jaxY.ref.mul(jax.nn.logSoftmax(logits, 1)).sum(1).mean().mul(-1);
  };
  const jaxGrad = jax.grad(jaxLoss);
  const jaxJitGrad = jax.jit(jax.grad(jaxLoss));
  const jaxAll = (f) => f(jaxW.map((a) => a.ref)).map((a) => a.dataSync());
  const worst = (arrays) => Math.max(...arrays.map((a, i) => relativeError(a, reference[i])));
  disposables = [...tfW, tfX, tfY];
  const checks = {
    'tfjs tf.grads (float32)': [worst(tf.tidy(() => tfGrads(tfW).map((t) => t.dataSync()))), 1e-5],
    '@jax-js/jax grad': [worst(jaxAll(jaxGrad)), 1e-5],
    '@jax-js/jax jit(grad)': [worst(jaxAll(jaxJitGrad)), 1e-5],
  };
  variants = {
    [inPeersIsolate]: () => {
      for (const a of [adj.W1, adj.b1, adj.W2, adj.b2]) a.fill(0);
      return mlpLoss_vjp(W1, b1, W2, b2, X, Y, mask, n, 0, 0, adj);
    },
    'tfjs tf.grads (float32)': () => tf.tidy(() => tfGrads(tfW).map((t) => t.dataSync())[0][0]),
    '@jax-js/jax grad': () => jaxAll(jaxGrad)[0][0],
    '@jax-js/jax jit(grad)': () => jaxAll(jaxJitGrad)[0][0],
  };
  return checks;
}

/** Answers a synchronous call: the value into the shared buffer, then wakes the main thread. */
function answer(value) {
  result[0] = value;
  Atomics.store(control, 0, 1);
  Atomics.notify(control, 0);
}

parentPort.on('message', async (m) => {
  try {
    if (m.op === 'batch') return answer(runBatch(variants[m.name], m.iterations));
    if (m.op === 'slice') return answer(warmSlice(variants[m.name], m.size, m.sliceMs));
    if (m.op === 'load') {
      tf = await loadTf();
      jax = await loadJax();
      return parentPort.postMessage({ accuracy: jaxAccuracy(jax) });
    }
    if (m.op === 'setup') {
      const checks = m.id === 'gmm-d10-K25' ? await setupGmm(m.urls, m.reference) : m.id === 'mlp-step' ? await setupMlp(m.urls, m.reference) : await setupProblem(m.id, m.urls, m.reference);
      return parentPort.postMessage({ names: Object.keys(variants), checks });
    }
    if (m.op === 'dispose') {
      for (const x of disposables) x.dispose();
      disposables = [];
      variants = {};
      return parentPort.postMessage({});
    }
    throw new Error(`unknown message ${m.op}`);
  } catch (e) {
    // a synchronous caller waits on the shared flag: wake it with NaN, then report
    if (m.op === 'batch' || m.op === 'slice') answer(NaN);
    parentPort.postMessage({ error: String(e?.stack ?? e) });
  }
});
