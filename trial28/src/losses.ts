// Losses with helpers.

const LOG_2PI = Math.log(2 * Math.PI);

function huberOne(r: number, delta: number): number {
  const a = Math.abs(r);
  return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

/** Mean Huber loss of residuals pred - target. */
export function huberLoss(pred: number[], target: number[], delta: number): number {
  let total = 0;
  for (let i = 0; i < pred.length; i++) total += huberOne(pred[i] - target[i], delta);
  return total / pred.length;
}

function logSigmoid(z: number): number {
  // stable: log(1 / (1 + e^-z))
  return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
}

/** Binary focal loss (Lin et al.), labels as 0/1 bytes. */
export function focalLoss(logits: Float64Array, labels: Uint8Array, gamma: number, alpha: number): number {
  let loss = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i];
    const pos = labels[i] === 1;
    const logP = pos ? logSigmoid(z) : logSigmoid(-z);
    const p = Math.exp(logP);
    const weight = pos ? alpha : 1 - alpha;
    loss -= weight * (1 - p) ** gamma * logP;
  }
  return loss / logits.length;
}

/** Contrastive loss over pairs of embeddings (rows of `dim`), same-class pairs pulled, others pushed past a margin. */
export function contrastiveLoss(emb: Float64Array, dim: number, pairs: Int32Array, same: Uint8Array, margin: number): number {
  const m = same.length;
  let acc = 0;
  for (let k = 0; k < m; k++) {
    const a = pairs[2 * k] * dim;
    const b = pairs[2 * k + 1] * dim;
    let d2 = 0;
    for (let j = 0; j < dim; j++) {
      const diff = emb[a + j] - emb[b + j];
      d2 += diff * diff;
    }
    const d = Math.sqrt(d2 + 1e-12);
    if (same[k]) {
      acc += d2;
    } else {
      const gap = Math.max(0, margin - d);
      acc += gap * gap;
    }
  }
  return acc / (2 * m);
}

/** Cholesky of the n x n matrix A (row-major) into the scratch L (lower, row-major). */
function cholesky(A: Float64Array, L: Float64Array, n: number): void {
  L.fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        L[i * n + i] = Math.sqrt(s);
      } else {
        L[i * n + j] = s / L[j * n + j];
      }
    }
  }
}

/** Negative log marginal likelihood of a GP with an RBF kernel on 1D inputs. */
export function gpNegLogLik(xs: Float64Array, ys: Float64Array, logEll: number, logSf: number, logSn: number): number {
  const n = xs.length;
  const ell = Math.exp(logEll);
  const sf2 = Math.exp(2 * logSf);
  const sn2 = Math.exp(2 * logSn);
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = (xs[i] - xs[j]) / ell;
      K[i * n + j] = sf2 * Math.exp(-0.5 * r * r) + (i === j ? sn2 : 0);
    }
  }
  const L = new Float64Array(n * n);
  cholesky(K, L, n);
  // forward substitution L z = y
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = ys[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * z[k];
    z[i] = s / L[i * n + i];
  }
  let quad = 0;
  let logDet = 0;
  for (let i = 0; i < n; i++) {
    quad += z[i] * z[i];
    logDet += Math.log(L[i * n + i]);
  }
  return 0.5 * quad + logDet + 0.5 * n * LOG_2PI;
}

/** A robust loss chosen by kind, written with switch fall-through: 0 = cauchy, 1 = welsch, 2 = l2 scaled, 3 = plain l2. */
export function robustLoss(r: Float64Array, kind: number, c: number): number {
  let sum = 0;
  for (let i = 0; i < r.length; i++) {
    const u = r[i] / c;
    let rho = 0;
    switch (kind) {
      case 0:
        rho = Math.log1p(u * u);
        break;
      case 1:
        rho = 1 - Math.exp(-u * u);
        break;
      case 2:
        rho = 0.5 * c * c; // scaled l2: falls through to add the plain term times c^2
      case 3:
        rho += 0.5 * u * u;
        break;
      default:
        rho = Math.abs(u);
    }
    sum += rho;
  }
  return sum;
}

/** Softmax cross-entropy with the softmax written into a scratch array passed in. */
function softmaxInto(z: Float64Array, out: Float64Array): void {
  let m = -Infinity;
  for (let i = 0; i < z.length; i++) m = Math.max(m, z[i]);
  let s = 0;
  for (let i = 0; i < z.length; i++) {
    out[i] = Math.exp(z[i] - m);
    s += out[i];
  }
  for (let i = 0; i < z.length; i++) out[i] /= s;
}

export function crossEntropyScratch(z: Float64Array, target: number, smoothing: number): number {
  const p = new Float64Array(z.length);
  softmaxInto(z, p);
  const k = z.length;
  let loss = 0;
  for (let i = 0; i < k; i++) {
    const q = i === target ? 1 - smoothing + smoothing / k : smoothing / k;
    loss -= q * Math.log(p[i]);
  }
  return loss;
}
