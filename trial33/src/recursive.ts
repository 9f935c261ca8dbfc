// Recursive routines over flat arrays, each with the loop I would write instead (for timing).

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function dotRow(W: Float64Array, row: number, x: Float64Array): number {
  let s = 0;
  for (let j = 0; j < x.length; j++) s += W[row * x.length + j] * x[j];
  return s;
}

function softNode(i: number, depth: number, x: Float64Array, W: Float64Array, b: Float64Array, leaf: Float64Array): number {
  if (depth === 0) return leaf[i - (leaf.length - 1)];
  const g = sigmoid(dotRow(W, i, x) + b[i]);
  return g * softNode(2 * i + 1, depth - 1, x, W, b, leaf) + (1 - g) * softNode(2 * i + 2, depth - 1, x, W, b, leaf);
}

/** Soft decision tree (heap layout: inner nodes 0..2^d-2, leaves after), prediction for x. */
export function softTree(x: Float64Array, W: Float64Array, b: Float64Array, leaf: Float64Array, depth: number): number {
  return softNode(0, depth, x, W, b, leaf);
}

/** The same by a loop over leaves, multiplying path probabilities. */
export function softTreeLoop(x: Float64Array, W: Float64Array, b: Float64Array, leaf: Float64Array, depth: number): number {
  const nLeaves = leaf.length;
  let out = 0;
  for (let l = 0; l < nLeaves; l++) {
    let node = 0;
    let p = 1;
    for (let d = depth - 1; d >= 0; d--) {
      const g = sigmoid(dotRow(W, node, x) + b[node]);
      const right = (l >> d) & 1;
      p *= right ? 1 - g : g;
      node = 2 * node + 1 + right;
    }
    out += p * leaf[l];
  }
  return out;
}

function agmRec(a: number, b: number, tol: number): number {
  if (Math.abs(a - b) <= tol * a) return 0.5 * (a + b);
  return agmRec(0.5 * (a + b), Math.sqrt(a * b), tol);
}

/** Complete elliptic integral K(k) through the arithmetic-geometric mean, recursively. */
export function ellipticK(k: number): number {
  return Math.PI / (2 * agmRec(1, Math.sqrt(1 - k * k), 1e-15));
}

/** Loop version. */
export function ellipticKLoop(k: number): number {
  let a = 1;
  let b = Math.sqrt(1 - k * k);
  while (Math.abs(a - b) > 1e-15 * a) [a, b] = [0.5 * (a + b), Math.sqrt(a * b)];
  return Math.PI / (a + b);
}

function lse2(a: number, b: number): number {
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

function lseRange(x: Float64Array, lo: number, hi: number): number {
  if (hi - lo === 1) return x[lo];
  const mid = (lo + hi) >> 1;
  return lse2(lseRange(x, lo, mid), lseRange(x, mid, hi));
}

/** log-sum-exp by divide and conquer (pairwise, as a parallel reduction would). */
export function dcLogSumExp(x: Float64Array): number {
  return lseRange(x, 0, x.length);
}

/** Loop version. */
export function logSumExpLoop(x: Float64Array): number {
  const m = Math.max(...x);
  let s = 0;
  for (const v of x) s += Math.exp(v - m);
  return m + Math.log(s);
}

export enum Op { Const = 0, Var = 1, Add = 2, Mul = 3, Sin = 4, Exp = 5 }

function evalNode(i: number, ops: Int32Array, arg: Int32Array, consts: Float64Array, x: Float64Array): number {
  switch (ops[i]) {
    case Op.Const:
      return consts[i];
    case Op.Var:
      return x[arg[i]];
    case Op.Add:
      return evalNode(2 * i + 1, ops, arg, consts, x) + evalNode(2 * i + 2, ops, arg, consts, x);
    case Op.Mul:
      return evalNode(2 * i + 1, ops, arg, consts, x) * evalNode(2 * i + 2, ops, arg, consts, x);
    case Op.Sin:
      return Math.sin(evalNode(2 * i + 1, ops, arg, consts, x));
    default:
      return Math.exp(evalNode(2 * i + 1, ops, arg, consts, x));
  }
}

/** Expression tree in heap layout (op codes, variable indices, constants): value at x. */
export function exprTree(ops: Int32Array, arg: Int32Array, consts: Float64Array, x: Float64Array): number {
  return evalNode(0, ops, arg, consts, x);
}

/** Loop version: evaluate nodes bottom-up into a scratch array. */
export function exprTreeLoop(ops: Int32Array, arg: Int32Array, consts: Float64Array, x: Float64Array): number {
  const n = ops.length;
  const val = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const l = 2 * i + 1;
    const r = 2 * i + 2;
    switch (ops[i]) {
      case Op.Const: val[i] = consts[i]; break;
      case Op.Var: val[i] = x[arg[i]]; break;
      case Op.Add: val[i] = val[l] + val[r]; break;
      case Op.Mul: val[i] = val[l] * val[r]; break;
      case Op.Sin: val[i] = Math.sin(val[l]); break;
      default: val[i] = Math.exp(val[l]);
    }
  }
  return val[0];
}

function continuant(n: number, a: Float64Array, b: Float64Array, c: Float64Array): number {
  if (n === 0) return 1;
  if (n === 1) return a[0];
  return a[n - 1] * continuant(n - 1, a, b, c) - b[n - 2] * c[n - 2] * continuant(n - 2, a, b, c);
}

/** Determinant of a tridiagonal matrix (diagonal a, super b, sub c) by the memo-free continuant recursion. */
export function tridiagDet(a: Float64Array, b: Float64Array, c: Float64Array): number {
  return continuant(a.length, a, b, c);
}

/** Loop version (three-term recurrence). */
export function tridiagDetLoop(a: Float64Array, b: Float64Array, c: Float64Array): number {
  let prev = 1;
  let cur = a[0];
  for (let i = 1; i < a.length; i++) [prev, cur] = [cur, a[i] * cur - b[i - 1] * c[i - 1] * prev];
  return cur;
}

function chebT(n: number, x: number): number {
  if (n === 0) return 1;
  if (n === 1) return x;
  const h = n >> 1;
  if (n % 2 === 0) {
    const t = chebT(h, x);
    return 2 * t * t - 1;
  }
  return 2 * chebT(h, x) * chebT(h + 1, x) - x;
}

/** Chebyshev series sum c_k T_k(x), each T_k by the doubling recursion. */
export function chebSeries(coef: readonly number[], x: number): number {
  let s = 0;
  coef.forEach((ck, k) => {
    s += ck * chebT(k, x);
  });
  return s;
}

/** Loop version (three-term recurrence). */
export function chebSeriesLoop(coef: readonly number[], x: number): number {
  let t0 = 1;
  let t1 = x;
  let s = coef[0];
  for (let k = 1; k < coef.length; k++) {
    s += coef[k] * t1;
    [t0, t1] = [t1, 2 * x * t1 - t0];
  }
  return s;
}

function expHalf(x: number): number {
  if (Math.abs(x) < 1e-3) return 1 + x * (1 + x * (0.5 + x * (1 / 6 + x / 24)));
  const e = expHalf(0.5 * x);
  return e * e;
}

/** exp by scaling and squaring, recursively, inside a soft-plus. */
export function softplusSS(x: number, y: number): number {
  return Math.log(1 + expHalf(x - y)) + y;
}

function hsPath(node: number, depth: number, target: number, h: Float64Array, W: Float64Array): number {
  if (depth === 0) return 0;
  const bit = (target >> (depth - 1)) & 1;
  const z = dotRow(W, node, h);
  const nll = bit ? Math.log1p(Math.exp(z)) : Math.log1p(Math.exp(-z));
  return nll + hsPath(2 * node + 1 + bit, depth - 1, target, h, W);
}

/** Hierarchical softmax NLL of a target word: the path from the root, recursively. */
export function hierSoftmaxNLL(h: Float64Array, W: Float64Array, target: number, depth: number): number {
  return hsPath(0, depth, target, h, W);
}

/** Loop version. */
export function hierSoftmaxNLLLoop(h: Float64Array, W: Float64Array, target: number, depth: number): number {
  let node = 0;
  let nll = 0;
  for (let d = depth; d > 0; d--) {
    const bit = (target >> (d - 1)) & 1;
    const z = dotRow(W, node, h);
    nll += bit ? Math.log1p(Math.exp(z)) : Math.log1p(Math.exp(-z));
    node = 2 * node + 1 + bit;
  }
  return nll;
}

function softMinimax(i: number, depth: number, maximizing: boolean, leaves: Float64Array, temp: number): number {
  if (depth === 0) return leaves[i - (leaves.length - 1)];
  const a = softMinimax(2 * i + 1, depth - 1, !maximizing, leaves, temp);
  const b = softMinimax(2 * i + 2, depth - 1, !maximizing, leaves, temp);
  const s = maximizing ? 1 : -1;
  return s * temp * lse2((s * a) / temp, (s * b) / temp);
}

/** Smoothed minimax value of a binary game tree (leaf payoffs), for a differentiable planner. */
export function gameValue(leaves: Float64Array, temp: number, depth: number): number {
  return softMinimax(0, depth, true, leaves, temp);
}

function pruneLik(node: number, state: number, nInner: number, tips: Int32Array, brLen: Float64Array): number {
  if (node >= nInner) return tips[node - nInner] === state ? 1 : 0;
  let out = 1;
  for (const child of [2 * node + 1, 2 * node + 2]) {
    const t = brLen[child - 1];
    const same = 0.5 + 0.5 * Math.exp(-2 * t);
    const diff = 0.5 - 0.5 * Math.exp(-2 * t);
    out *= same * pruneLik(child, state, nInner, tips, brLen) + diff * pruneLik(child, 1 - state, nInner, tips, brLen);
  }
  return out;
}

/** Felsenstein pruning, 2-state symmetric model, perfect binary tree; log-likelihood of one site. */
export function siteLogLik(brLen: Float64Array, tips: Int32Array): number {
  const nInner = tips.length - 1;
  return Math.log(0.5 * pruneLik(0, 0, nInner, tips, brLen) + 0.5 * pruneLik(0, 1, nInner, tips, brLen));
}

function ping(n: number, x: number): number {
  return n === 0 ? x : pong(n - 1, Math.sin(x) + 0.5 * x);
}
function pong(n: number, x: number): number {
  return n === 0 ? x : ping(n - 1, x * x * 0.25 + 0.1);
}

/** Two maps alternating, written as mutual recursion. */
export function alternatingMap(x: number, n: number): number {
  return ping(n, x);
}

interface Moments { n: number; mean: number; m2: number }

function combine(a: Moments, b: Moments): Moments {
  const n = a.n + b.n;
  const d = b.mean - a.mean;
  return { n, mean: a.mean + (d * b.n) / n, m2: a.m2 + b.m2 + (d * d * a.n * b.n) / n };
}

function momentsOf(x: Float64Array, lo: number, hi: number): Moments {
  if (hi - lo === 1) return { n: 1, mean: x[lo], m2: 0 };
  const mid = (lo + hi) >> 1;
  return combine(momentsOf(x, lo, mid), momentsOf(x, mid, hi));
}

/** Chan's parallel variance: moments combined over halves (a recursive helper returning an object). */
export function pairwiseVariance(x: Float64Array): number {
  const m = momentsOf(x, 0, x.length);
  return m.m2 / (m.n - 1);
}
