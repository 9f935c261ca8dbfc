// `npm run train -- bench`: one training step of the MLP (forward and gradient, batch 32,
// 784 → 128 relu → 10) by tsgrad's generated mlpLoss_vjp, side by side with the same step
// backpropagated by hand in plain TypeScript, interleaved in one process.
import { mlpLoss_vjp } from './models/mlp.grad.js';
import { normal, uniform } from './random.js';

export const BENCH_HELP = `Usage: npm run train -- bench

Times one training step of the MLP (forward and gradient, batch 32, 784 → 128 relu → 10,
softmax cross-entropy): tsgrad's generated mlpLoss_vjp against the same step backpropagated by
hand in plain TypeScript (train/bench.ts), interleaved in one process, after checking that both
give the same loss and gradients. It takes no options.

TensorFlow.js (its pure-JS CPU backend) and @jax-js/jax time the same step in
\`npm run bench:peers\` (the row "MLP step 784-128-10 b=32" of bench/peers/results.md), which
installs them into bench/peers/node_modules first.
`;

/** The hand-written step: the same loss, gradients of the weights only (not of X). */
export function mlpStepByHand(W1: Float64Array, b1: Float64Array, W2: Float64Array, b2: Float64Array, X: Float64Array, Y: Float64Array, n: number,
  g: { W1: Float64Array; b1: Float64Array; W2: Float64Array; b2: Float64Array }, scratch: { H: Float64Array; P: Float64Array; dH: Float64Array }): number {
  const h = b1.length, c = b2.length, nIn = W1.length / h;
  const { H, P, dH } = scratch;
  let loss = 0;
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < h; j++) {
      let z = b1[j]!;
      for (let k = 0; k < nIn; k++) z += X[r * nIn + k]! * W1[j * nIn + k]!;
      H[r * h + j] = z > 0 ? z : 0;
    }
    let top = -Infinity;
    for (let j = 0; j < c; j++) {
      let z = b2[j]!;
      for (let k = 0; k < h; k++) z += H[r * h + k]! * W2[j * h + k]!;
      P[r * c + j] = z;
      top = Math.max(top, z);
    }
    let s = 0;
    for (let j = 0; j < c; j++) s += P[r * c + j] = Math.exp(P[r * c + j]! - top);
    for (let j = 0; j < c; j++) {
      P[r * c + j]! /= s;
      if (Y[r * c + j]! > 0) loss -= Y[r * c + j]! * Math.log(P[r * c + j]!);
    }
  }
  dH.fill(0);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < c; j++) {
      const d = (P[r * c + j]! - Y[r * c + j]!) / n;
      g.b2[j]! += d;
      for (let k = 0; k < h; k++) {
        g.W2[j * h + k]! += d * H[r * h + k]!;
        dH[r * h + k]! += d * W2[j * h + k]!;
      }
    }
    for (let j = 0; j < h; j++) {
      if (H[r * h + j]! <= 0) continue;
      const d = dH[r * h + j]!;
      g.b1[j]! += d;
      for (let k = 0; k < nIn; k++) g.W1[j * nIn + k]! += d * X[r * nIn + k]!;
    }
  }
  return loss / n;
}

export function runBench(out: (line: string) => void, rounds = 11): number {
  const n = 32, nIn = 784, h = 128, c = 10;
  const u = uniform(5);
  const gaussian = normal(u);
  const W1 = Float64Array.from({ length: h * nIn }, () => gaussian() * 0.05), b1 = new Float64Array(h).fill(0.01);
  const W2 = Float64Array.from({ length: c * h }, () => gaussian() * 0.1), b2 = new Float64Array(c);
  const X = Float64Array.from({ length: n * nIn }, u), Y = new Float64Array(n * c);
  for (let r = 0; r < n; r++) Y[r * c + (r % c)] = 1;
  const mask = new Float64Array(n * h).fill(1);
  const adj = { W1: new Float64Array(W1.length), b1: new Float64Array(h), W2: new Float64Array(W2.length), b2: new Float64Array(c) };
  const g = { W1: new Float64Array(W1.length), b1: new Float64Array(h), W2: new Float64Array(W2.length), b2: new Float64Array(c) };
  const scratch = { H: new Float64Array(n * h), P: new Float64Array(n * c), dH: new Float64Array(n * h) };
  const tsgrad = () => {
    for (const a of [adj.W1, adj.b1, adj.W2, adj.b2]) a.fill(0);
    return mlpLoss_vjp(W1, b1, W2, b2, X, Y, mask, n, 0, 0, adj);
  };
  const hand = () => {
    for (const a of [g.W1, g.b1, g.W2, g.b2]) a.fill(0);
    return mlpStepByHand(W1, b1, W2, b2, X, Y, n, g, scratch);
  };
  // the two agree before anything is timed
  const [a, b] = [tsgrad(), hand()];
  let worst = Math.abs(a - b);
  for (const k of ['W1', 'b1', 'W2', 'b2'] as const) g[k].forEach((v, i) => (worst = Math.max(worst, Math.abs(v - adj[k][i]!))));
  if (worst > 1e-9) throw new Error(`the hand-written step disagrees with tsgrad's by ${worst}`);
  const time = (f: () => number, reps: number) => {
    const t = performance.now();
    for (let i = 0; i < reps; i++) f();
    return (performance.now() - t) / reps;
  };
  for (let i = 0; i < 5; i++) (tsgrad(), hand());
  const ratios: number[] = [], ts: number[] = [], hs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t1 = time(tsgrad, 5), t2 = time(hand, 5);
    ts.push(t1), hs.push(t2), ratios.push(t1 / t2);
  }
  const median = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
  out(`MLP training step, batch ${n}, ${nIn} → ${h} relu → ${c}, softmax cross-entropy; medians of ${rounds} interleaved rounds`);
  out(`  tsgrad (mlpLoss_vjp)        ${median(ts).toFixed(2)} ms`);
  out(`  hand-written backprop       ${median(hs).toFixed(2)} ms`);
  out(`  tsgrad / hand-written       ${median(ratios).toFixed(2)}×  (both compute the weights' gradients only: mlpLoss_vjp is generated --wrt W1,b1,W2,b2)`);
  return 0;
}
