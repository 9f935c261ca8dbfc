// Losses with small helpers, and a little MLP.

const EPS = 1e-12;
const LN2 = Math.LN2;

function softplus(z: number): number {
  // numerically stable: log(1 + e^z)
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function sigmoid(z: number) {
  return 1 / (1 + Math.exp(-z));
}

export function huber(r: number, delta = 1): number {
  const a = Math.abs(r);
  if (a <= delta) return 0.5 * r * r;
  return delta * (a - 0.5 * delta);
}

/** @domain pred [-3, 3] length 5
 * @domain target [-3, 3] length 5
 * @domain delta (0.3, 2)
 */
export function huberLoss(pred: Float64Array, target: Float64Array, delta: number): number {
  let total = 0;
  for (let i = 0; i < pred.length; i++) total += huber(pred[i] - target[i], delta);
  return total / pred.length;
}

/** @domain z [-5, 5] */
export function softplusOf(z: number): number {
  return softplus(z);
}

/** log cosh loss, written the stable way.
 * @domain pred [-4, 4] length 5
 * @domain target [-4, 4] length 5
 */
export function logCoshLoss(pred: number[], target: number[]): number {
  let s = 0;
  for (let i = 0; i < pred.length; i++) {
    const d = pred[i] - target[i];
    s += d + softplus(-2 * d) - LN2;
  }
  return s / pred.length;
}

/** Binary focal loss on logits.
 * @domain logits [-3, 3] length 6
 * @domain labels int [0, 1] length 6
 * @domain gamma (0.5, 3)
 */
export function focalLoss(logits: Float64Array, labels: Int32Array, gamma: number, alpha = 0.25): number {
  let loss = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = sigmoid(logits[i]);
    const pt = labels[i] === 1 ? p : 1 - p;
    const at = labels[i] === 1 ? alpha : 1 - alpha;
    loss -= at * Math.pow(1 - pt, gamma) * Math.log(Math.max(pt, EPS));
  }
  return loss;
}

/** Binary cross-entropy with logits, per-sample weights.
 * @domain z [-4, 4] length 5
 * @domain y [0, 1] length 5
 * @domain w (0.1, 2) length 5
 */
export function bceWithLogits(z: Float64Array, y: Float64Array, w: Float64Array): number {
  let total = 0, wsum = 0;
  for (let i = 0; i < z.length; i++) {
    // max(z,0) - z*y + log(1+exp(-|z|))
    total += w[i] * (Math.max(z[i], 0) - z[i] * y[i] + Math.log1p(Math.exp(-Math.abs(z[i]))));
    wsum += w[i];
  }
  return total / wsum;
}

/** Softmax cross-entropy with the max trick via Math.max(...spread).
 * @domain logits [-3, 3] length 5
 * @domain target int [0, 4]
 */
export function softmaxXent(logits: number[], target: number): number {
  const m = Math.max(...logits);
  let s = 0;
  for (const l of logits) s += Math.exp(l - m);
  return m + Math.log(s) - logits[target];
}

/** Smooth L1 on 2-D boxes.
 * @domain a [-2, 2] length 4
 * @domain b [-2, 2] length 4
 */
export function smoothL1(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < 4; i++) {
    const d = Math.abs(a[i] - b[i]);
    s += d < 1 ? 0.5 * d * d : d - 0.5;
  }
  return s;
}

/** Quantile (pinball) loss.
 * @domain pred [-2, 2] length 5
 * @domain y [-2, 2] length 5
 * @domain tau (0.1, 0.9)
 */
export function pinball(pred: Float64Array, y: Float64Array, tau: number): number {
  let s = 0;
  for (let i = 0; i < pred.length; i++) {
    const r = y[i] - pred[i];
    s += r >= 0 ? tau * r : (tau - 1) * r;
  }
  return s;
}

/** Cauchy / Lorentzian robust loss.
 * @domain r [-3, 3] length 5
 * @domain c (0.5, 2)
 */
export function cauchyLoss(r: Float64Array, c: number): number {
  let s = 0;
  for (const ri of r) s += Math.log1p((ri / c) ** 2);
  return 0.5 * c * c * s;
}

/** Tukey's biweight with an early continue.
 * @domain r [-3, 3] length 6
 * @domain c (1, 4)
 */
export function tukeyBiweight(r: Float64Array, c: number): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    if (Math.abs(r[i]) > c) {
      s += (c * c) / 6;
      continue;
    }
    const u = 1 - (r[i] / c) ** 2;
    s += ((c * c) / 6) * (1 - u * u * u);
  }
  return s;
}

/** KL divergence between two softmaxes of logits.
 * @domain p [-2, 2] length 4
 * @domain q [-2, 2] length 4
 */
export function klLogits(p: Float64Array, q: Float64Array): number {
  const lp = logSoftmaxInto(p, new Float64Array(p.length));
  const lq = logSoftmaxInto(q, new Float64Array(q.length));
  let kl = 0;
  for (let i = 0; i < p.length; i++) kl += Math.exp(lp[i]) * (lp[i] - lq[i]);
  return kl;
}

function logSoftmaxInto(x: Float64Array, out: Float64Array): Float64Array {
  let m = -Infinity;
  for (let i = 0; i < x.length; i++) if (x[i] > m) m = x[i];
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.exp(x[i] - m);
  const lse = m + Math.log(s);
  for (let i = 0; i < x.length; i++) out[i] = x[i] - lse;
  return out;
}

/** Elastic net penalty plus squared error of a linear model.
 * @domain w [-1, 1] length 4
 * @domain X [-1, 1] length 12
 * @domain y [-1, 1] length 3
 * @domain l1 (0.01, 0.5)
 * @domain l2 (0.01, 0.5)
 */
export function elasticNet(w: Float64Array, X: Float64Array, y: Float64Array, l1: number, l2: number): number {
  const d = w.length;
  let sse = 0;
  for (let r = 0; r < y.length; r++) {
    let pred = 0;
    for (let c = 0; c < d; c++) pred += X[r * d + c] * w[c];
    sse += (pred - y[r]) ** 2;
  }
  let pen1 = 0, pen2 = 0;
  for (const wi of w) {
    pen1 += Math.abs(wi);
    pen2 += wi * wi;
  }
  return sse / (2 * y.length) + l1 * pen1 + 0.5 * l2 * pen2;
}

/** Hinge squared (L2-SVM) with labels in {-1, 1}.
 * @domain w [-1, 1] length 3
 * @domain X [-1, 1] length 12
 * @domain y int [0, 1] length 4
 */
export function squaredHinge(w: Float64Array, X: Float64Array, y: Int8Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const label = y[i] === 0 ? -1 : 1;
    let m = 0;
    for (let j = 0; j < 3; j++) m += w[j] * X[i * 3 + j];
    const slack = Math.max(0, 1 - label * m);
    s += slack * slack;
  }
  return s;
}

// ---- a small MLP 4 -> 5 -> 2 with scratch buffers reused across calls ----
const HIDDEN = 5;
const IN = 4;
const OUT = 2;
const hiddenScratch = new Float64Array(HIDDEN);

/** Uses a module-level scratch buffer (likely refused: a module-level array written).
 * @domain W [-1, 1] length 30
 * @domain x [-1, 1] length 4
 */
export function mlpScratch(W: Float64Array, x: Float64Array): number {
  for (let h = 0; h < HIDDEN; h++) {
    let a = W[h * (IN + 1) + IN];
    for (let i = 0; i < IN; i++) a += W[h * (IN + 1) + i] * x[i];
    hiddenScratch[h] = Math.tanh(a);
  }
  let out = 0;
  const off = HIDDEN * (IN + 1);
  for (let h = 0; h < HIDDEN; h++) out += W[off + h] * hiddenScratch[h];
  return out * out;
}

function dense(W: Float64Array, offset: number, input: Float64Array, nIn: number, nOut: number, out: Float64Array): void {
  for (let o = 0; o < nOut; o++) {
    let a = W[offset + o * (nIn + 1) + nIn];
    for (let i = 0; i < nIn; i++) a += W[offset + o * (nIn + 1) + i] * input[i];
    out[o] = a;
  }
}

/** The MLP with scratch buffers passed in by the caller (reused across calls).
 * @domain W [-1, 1] length 37
 * @domain x [-1, 1] length 4
 * @domain target [0, 1] length 2
 * @domain hidden [0, 0] length 5
 * @domain logits [0, 0] length 2
 */
export function mlpLoss(W: Float64Array, x: Float64Array, target: Float64Array, hidden: Float64Array, logits: Float64Array): number {
  dense(W, 0, x, IN, HIDDEN, hidden);
  for (let h = 0; h < HIDDEN; h++) hidden[h] = Math.tanh(hidden[h]);
  dense(W, HIDDEN * (IN + 1), hidden, HIDDEN, OUT, logits);
  let loss = 0;
  for (let o = 0; o < OUT; o++) loss += (sigmoid(logits[o]) - target[o]) ** 2;
  return loss;
}

/** The MLP allocating its own buffers each call.
 * @domain W [-1, 1] length 37
 * @domain x [-1, 1] length 4
 * @domain label int [0, 1]
 */
export function mlpXent(W: Float64Array, x: Float64Array, label: number): number {
  const hidden = new Float64Array(HIDDEN);
  const logits = new Float64Array(OUT);
  dense(W, 0, x, IN, HIDDEN, hidden);
  for (let h = 0; h < HIDDEN; h++) hidden[h] = hidden[h] > 0 ? hidden[h] : 0.01 * hidden[h];
  dense(W, HIDDEN * (IN + 1), hidden, HIDDEN, OUT, logits);
  const m = Math.max(logits[0], logits[1]);
  const lse = m + Math.log(Math.exp(logits[0] - m) + Math.exp(logits[1] - m));
  return lse - logits[label];
}

/** Triplet margin loss with euclidean distances.
 * @domain a [-1, 1] length 3
 * @domain p [-1, 1] length 3
 * @domain n [-1, 1] length 3
 */
export function tripletLoss(a: Float64Array, p: Float64Array, n: Float64Array, margin = 0.5): number {
  const dap = Math.hypot(a[0] - p[0], a[1] - p[1], a[2] - p[2]);
  const dan = Math.hypot(a[0] - n[0], a[1] - n[1], a[2] - n[2]);
  return Math.max(dap - dan + margin, 0);
}

/** Dice loss for soft masks.
 * @domain pred (0, 1) length 6
 * @domain mask [0, 1] length 6
 */
export function diceLoss(pred: Float64Array, mask: Float64Array): number {
  let inter = 0, sp = 0, sm = 0;
  for (let i = 0; i < pred.length; i++) {
    inter += pred[i] * mask[i];
    sp += pred[i];
    sm += mask[i];
  }
  return 1 - (2 * inter + 1) / (sp + sm + 1);
}

/** Poisson negative log-likelihood with a log link, using a class with static constants.
 * @domain eta [-1, 1] length 4
 * @domain counts int [0, 5] length 4
 */
export function poissonNll(eta: Float64Array, counts: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < eta.length; i++) {
    const mu = Math.exp(Math.min(eta[i], Limits.MAX_ETA));
    s += mu - counts[i] * eta[i];
  }
  return s;
}

class Limits {
  static readonly MAX_ETA = 20;
}

/** Contrastive loss using the arrow-function helper (closure over nothing).
 * @domain a [-1, 1] length 3
 * @domain b [-1, 1] length 3
 * @domain same int [0, 1]
 */
export function contrastive(a: Float64Array, b: Float64Array, same: number): number {
  const sq = (v: number) => v * v;
  const d = Math.sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1]) + sq(a[2] - b[2]));
  return same ? d * d : sq(Math.max(0, 1 - d));
}

/** Label-smoothed cross-entropy with a Float32Array of logits.
 * @domain logits [-2, 2] length 4
 * @domain target int [0, 3]
 * @domain smoothing (0, 0.3)
 */
export function smoothedXent(logits: Float32Array, target: number, smoothing: number): number {
  let m = logits[0];
  for (let i = 1; i < logits.length; i++) m = Math.max(m, logits[i]);
  let s = 0;
  for (let i = 0; i < logits.length; i++) s += Math.exp(logits[i] - m);
  const lse = Math.log(s) + m;
  const k = logits.length;
  let loss = 0;
  for (let i = 0; i < k; i++) {
    const q = i === target ? 1 - smoothing + smoothing / k : smoothing / k;
    loss -= q * (logits[i] - lse);
  }
  return loss;
}
