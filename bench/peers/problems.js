/**
 * What bench/peers/run.js (tsgrad, in the main thread) and bench/peers/worker.js (the peer
 * libraries, in a worker thread) both need: the problems as each library's users would write
 * them, the seeded inputs, and the check of one gradient against another.
 */
import { readGmm } from '../lib/adbench.js';
import { rng, uniform } from '../lib/check.js';

/** Rosenbrock and log-sum-exp: tsgrad's source and function, their input, and the peers' forms (given tf and jax). */
export function problems(tf, jax) {
  const np = jax?.numpy;
  return [
    {
      id: 'rosenbrock-1e3',
      title: 'Rosenbrock n=1e3',
      source: 'bench/cases/rosenbrock.ts',
      fn: 'rosenbrock',
      make: () => uniform(rng(1), 1e3, -1.5, 1.5),
      tf: (x) => {
        const n = x.shape[0];
        const head = tf.slice(x, 0, n - 1);
        const tail = tf.slice(x, 1, n - 1);
        const a = tf.sub(tail, tf.square(head));
        const b = tf.sub(1, head);
        return tf.sum(tf.add(tf.mul(100, tf.square(a)), tf.square(b)));
      },
      // jax-js arrays are reference counted: each use but the last takes `.ref`
      jax: (x) => {
        const n = x.shape[0];
        const head = x.ref.slice([0, n - 1]);
        const tail = x.slice([1, n]);
        const a = tail.sub(head.ref.mul(head.ref));
        const b = np.subtract(1, head);
        return a.ref.mul(a).mul(100).add(b.ref.mul(b)).sum();
      },
    },
    {
      id: 'logsumexp',
      title: 'log-sum-exp n=1e4',
      source: 'bench/cases/logsumexp.ts',
      fn: 'logSumExp',
      make: () => uniform(rng(1), 1e4, -3, 3),
      tf: (x) => tf.logSumExp(x),
      jax: (x) => jax.nn.logsumexp(x),
    },
  ];
}

/** ADBench's GMM d = 10, K = 25, n = 1000 (data/adbench). */
export const gmmData = () => readGmm('gmm/1k/gmm_d10_K25.txt');

/** One training step of train/'s MLP: batch 32, 784 → 128 relu → 10, seeded weights and inputs. */
export function mlpData() {
  const n = 32, nIn = 784, h = 128, c = 10;
  const random = rng(5);
  const W1 = uniform(random, h * nIn, -0.08, 0.08), b1 = new Float64Array(h).fill(0.01);
  const W2 = uniform(random, c * h, -0.2, 0.2), b2 = new Float64Array(c);
  const X = uniform(random, n * nIn, 0, 1), Y = new Float64Array(n * c);
  for (let r = 0; r < n; r++) Y[r * c + (r % c)] = 1;
  const mask = new Float64Array(n * h).fill(1);
  return { n, nIn, h, c, W1, b1, W2, b2, X, Y, mask };
}

/** Largest |a − b| over the largest |b|. */
export function relativeError(a, b) {
  let err = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    err = Math.max(err, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return err / scale;
}
