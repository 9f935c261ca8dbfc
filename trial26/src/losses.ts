// Losses built from small helpers.
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function huber(r: number, delta = 1): number {
  const a = Math.abs(r);
  return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

/** Mean Huber loss; delta optional. */
export function huberLoss(pred: Float64Array, target: Float64Array, delta?: number): number {
  const d = delta ?? 1.0;
  let s = 0;
  for (let i = 0; i < pred.length; i++) s += huber(pred[i] - target[i], d);
  return s / pred.length;
}

/** Binary focal loss over logits; labels are 0/1 bytes. */
export function focalLoss(logits: number[], labels: Uint8Array, gamma = 2, alpha = 0.25): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = sigmoid(logits[i]);
    const pt = labels[i] === 1 ? p : 1 - p;
    const at = labels[i] === 1 ? alpha : 1 - alpha;
    total -= at * Math.pow(1 - pt, gamma) * Math.log(Math.max(pt, 1e-12));
  }
  return total / logits.length;
}

function sqDist(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    s += d * d;
  }
  return s;
}

/** Triplet margin loss on squared distances. */
export function tripletLoss(anchor: Float64Array, positive: Float64Array, negative: Float64Array, margin = 0.5): number {
  return Math.max(0, sqDist(anchor, positive) - sqDist(anchor, negative) + margin);
}

/** Contrastive loss of a pair (Hadsell et al.). */
export function contrastiveLoss(a: Float64Array, b: Float64Array, same: boolean, margin = 1.0): number {
  const d = Math.sqrt(sqDist(a, b) + 1e-9);
  if (same) return 0.5 * d * d;
  const gap = Math.max(0, margin - d);
  return 0.5 * gap * gap;
}

/** KL(N(mu1, exp(lv1)) || N(mu2, exp(lv2))) for diagonal Gaussians. */
export function klDiagGauss(mu1: Float64Array, logvar1: Float64Array, mu2: Float64Array, logvar2: Float64Array): number {
  let kl = 0;
  for (let i = 0; i < mu1.length; i++) {
    const dm = mu1[i] - mu2[i];
    kl += 0.5 * (logvar2[i] - logvar1[i] + (Math.exp(logvar1[i]) + dm * dm) / Math.exp(logvar2[i]) - 1);
  }
  return kl;
}

/** Same KL with the parameters in objects, destructured: the way a VAE's code passes them. */
export function klFromObjects(p: { mu: number; logvar: number }, q: { mu: number; logvar: number }): number {
  const { mu: m1, logvar: l1 } = p;
  const { mu: m2, logvar: l2 } = q;
  return 0.5 * (l2 - l1 + (Math.exp(l1) + (m1 - m2) ** 2) / Math.exp(l2) - 1);
}

/** A linear model's squared error, parameters passed as { w, b } and destructured in the signature. */
export function linearLoss({ w, b }: { w: Float64Array; b: number }, x: Float64Array, y: number): number {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return (z - y) ** 2;
}

const leaky = (v: number): number => (v > 0 ? v : 0.01 * v);

/** 3x3 valid convolution of an h*w image, leaky ReLU, then mean of squares (a small CNN layer by loops). */
export function convLayerLoss(img: Float64Array, h: number, w: number, kernel: Float32Array, bias: number): number {
  const oh = h - 2, ow = w - 2;
  let acc = 0;
  for (let r = 0; r < oh; r++) {
    for (let c = 0; c < ow; c++) {
      let s = bias;
      for (let kr = 0; kr < 3; kr++) {
        for (let kc = 0; kc < 3; kc++) s += kernel[kr * 3 + kc] * img[(r + kr) * w + c + kc];
      }
      const a = leaky(s);
      acc += a * a;
    }
  }
  return acc / (oh * ow);
}

/** The same layer writing its feature map into out. */
export function convLayer(img: Float64Array, h: number, w: number, kernel: Float64Array, out: Float64Array): void {
  const oh = h - 2, ow = w - 2;
  for (let r = 0; r < oh; r++) {
    for (let c = 0; c < ow; c++) {
      let s = 0;
      for (let k = 0; k < 9; k++) s += kernel[k] * img[(r + ((k / 3) | 0)) * w + c + (k % 3)];
      out[r * ow + c] = Math.tanh(s);
    }
  }
}

/** Softmax cross-entropy with a max-shifted log-sum-exp. */
export function softmaxXent(logits: Float64Array, label: number): number {
  const m = Math.max(...logits);
  let z = 0;
  for (const v of logits) z += Math.exp(v - m);
  return m + Math.log(z) - logits[label];
}

/** Log-cosh regression loss with log1p/expm1 for stability. */
export function logCoshLoss(pred: number[], target: number[]): number {
  let s = 0;
  for (let i = 0; i < pred.length; i++) {
    const d = Math.abs(pred[i] - target[i]);
    s += d + Math.log1p(Math.expm1(-2 * d) + 1) - Math.LN2;
  }
  return s;
}
