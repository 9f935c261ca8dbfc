// Losses with small helpers.

function softplus(x: number): number {
  return x > 20 ? x : Math.log1p(Math.exp(x));
}

function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export function huberLoss(pred: Float64Array, target: Float64Array, delta = 1): number {
  let s = 0;
  for (let i = 0; i < pred.length; i++) {
    const r = Math.abs(pred[i] - target[i]);
    s += r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
  }
  return s / pred.length;
}

export function logCoshLoss(pred: Float64Array, target: Float64Array): number {
  let s = 0;
  for (let i = 0; i < pred.length; i++) {
    const r = pred[i] - target[i];
    // stable log(cosh r) = |r| + log1p(exp(-2|r|)) - log 2
    s += Math.abs(r) + Math.log1p(Math.exp(-2 * Math.abs(r))) - Math.LN2;
  }
  return s;
}

/** Binary focal loss on logits. */
export function focalLoss(logits: Float64Array, labels: Uint8Array, gamma = 2, alpha = 0.25): number {
  let s = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = sigmoid(logits[i]);
    const pt = labels[i] === 1 ? p : 1 - p;
    const at = labels[i] === 1 ? alpha : 1 - alpha;
    s -= at * Math.pow(1 - pt, gamma) * Math.log(Math.max(pt, 1e-12));
  }
  return s;
}

/** Pinball (quantile) loss for several quantiles. */
export function pinballLoss(pred: Float64Array, y: number, taus: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < taus.length; k++) {
    const e = y - pred[k];
    s += Math.max(taus[k] * e, (taus[k] - 1) * e);
  }
  return s;
}

/** Triplet margin loss on embeddings. */
export function tripletLoss(anchor: Float64Array, pos: Float64Array, neg: Float64Array, margin = 0.2): number {
  let dp = 0, dn = 0;
  for (let i = 0; i < anchor.length; i++) {
    dp += (anchor[i] - pos[i]) ** 2;
    dn += (anchor[i] - neg[i]) ** 2;
  }
  return Math.max(0, Math.sqrt(dp) - Math.sqrt(dn) + margin);
}

/** Label-smoothed cross-entropy from logits. */
export function smoothCE(logits: Float64Array, label: number, eps = 0.1): number {
  const K = logits.length;
  const mx = Math.max(...logits);
  let z = 0;
  for (const l of logits) z += Math.exp(l - mx);
  const logZ = mx + Math.log(z);
  let loss = 0;
  for (let k = 0; k < K; k++) {
    const q = k === label ? 1 - eps + eps / K : eps / K;
    loss -= q * (logits[k] - logZ);
  }
  return loss;
}

/** Logistic regression NLL with softplus, L2 penalty. */
export function logisticNLL(w: Float64Array, b: number, X: Float64Array, y: Float64Array, l2 = 1e-3): number {
  const d = w.length;
  const n = y.length;
  let nll = 0;
  for (let i = 0; i < n; i++) {
    let z = b;
    for (let j = 0; j < d; j++) z += w[j] * X[i * d + j];
    nll += softplus(z) - y[i] * z;
  }
  let reg = 0;
  for (const wj of w) reg += wj * wj;
  return nll / n + 0.5 * l2 * reg;
}

/** Contrastive (InfoNCE) loss with cosine similarities. */
export function infoNCE(q: Float64Array, keys: Float64Array, positive: number, temp: number): number {
  const D = q.length;
  const N = keys.length / D;
  let qn = 0;
  for (const v of q) qn += v * v;
  qn = Math.sqrt(qn);
  const sims = new Float64Array(N);
  for (let k = 0; k < N; k++) {
    let dot = 0, kn = 0;
    for (let d = 0; d < D; d++) {
      dot += q[d] * keys[k * D + d];
      kn += keys[k * D + d] ** 2;
    }
    sims[k] = dot / (qn * Math.sqrt(kn) * temp);
  }
  let mx = sims[0];
  for (let k = 1; k < N; k++) if (sims[k] > mx) mx = sims[k];
  let z = 0;
  for (let k = 0; k < N; k++) z += Math.exp(sims[k] - mx);
  return -(sims[positive] - mx - Math.log(z));
}

/** Smooth-L1 with a charbonnier penalty and total variation regulariser on a 1-D signal. */
export function tvDenoise(u: Float64Array, f: Float64Array, lambda: number, eps = 1e-3): number {
  let data = 0;
  let tv = 0;
  for (let i = 0; i < u.length; i++) {
    data += Math.sqrt((u[i] - f[i]) ** 2 + eps * eps);
    if (i > 0) tv += Math.sqrt((u[i] - u[i - 1]) ** 2 + eps * eps);
  }
  return data + lambda * tv;
}

/** Hinge loss of a linear SVM, squared hinge variant selected by a boolean. */
export function svmLoss(w: Float64Array, X: Float64Array, y: Float64Array, squared: boolean, C = 1): number {
  const d = w.length;
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    let m = 0;
    for (let j = 0; j < d; j++) m += w[j] * X[i * d + j];
    const h = Math.max(0, 1 - y[i] * m);
    s += squared ? h * h : h;
  }
  let r = 0;
  for (let j = 0; j < d; j++) r += w[j] * w[j];
  return 0.5 * r + C * s;
}

/** KL divergence between two diagonal Gaussians (VAE term). */
export function gaussKL(mu: Float64Array, logvar: Float64Array): number {
  let kl = 0;
  for (let i = 0; i < mu.length; i++) kl += -0.5 * (1 + logvar[i] - mu[i] * mu[i] - Math.exp(logvar[i]));
  return kl;
}

/** Dice loss on soft predictions. */
export function diceLoss(p: Float64Array, g: Float64Array, smooth = 1): number {
  let inter = 0, sp = 0, sg = 0;
  for (let i = 0; i < p.length; i++) {
    const s = sigmoid(p[i]);
    inter += s * g[i];
    sp += s;
    sg += g[i];
  }
  return 1 - (2 * inter + smooth) / (sp + sg + smooth);
}
