// Psychometrics, sports science, music and typesetting: ordinary library-style numeric code.

const LOG_EPS = 1e-12;

/** Logistic with an offset guessing floor (3PL). */
function irtProb(theta: number, a: number, b: number, c = 0): number {
  const z = a * (theta - b);
  return c + (1 - c) / (1 + Math.exp(-z));
}

function bernoulliLogLik(p: number, y: number): number {
  const q = Math.min(Math.max(p, LOG_EPS), 1 - LOG_EPS);
  return y * Math.log(q) + (1 - y) * Math.log(1 - q);
}

/**
 * 2PL / 3PL log-likelihood of one examinee's responses.
 * `guess` is optional: left out, the model is 2PL.
 */
export function irtLogLik(
  theta: number,
  disc: Float64Array,
  diff: Float64Array,
  responses: Uint8Array,
  guess?: Float64Array,
): number {
  let ll = 0;
  for (let i = 0; i < disc.length; i++) {
    const c = guess ? guess[i] : 0;
    ll += bernoulliLogLik(irtProb(theta, disc[i], diff[i], c), responses[i]);
  }
  // a weak N(0,1) prior on ability
  return ll - 0.5 * theta * theta;
}

/** Item information summed over a test (Fisher information for 2PL), as a function of ability. */
export function testInformation(theta: number, disc: readonly number[], diff: readonly number[]): number {
  return disc.reduce((acc, a, i) => {
    const p = irtProb(theta, a, diff[i]);
    return acc + a * a * p * (1 - p);
  }, 0);
}

/** Banister impulse-response: performance = p0 + k1 * fitness - k2 * fatigue, simulated daily. */
export function banisterPerformance(
  loads: Float64Array,
  p0: number,
  k1: number,
  k2: number,
  tau1: number,
  tau2: number,
): number {
  const d1 = Math.exp(-1 / tau1);
  const d2 = Math.exp(-1 / tau2);
  let fitness = 0;
  let fatigue = 0;
  for (const w of loads) {
    fitness = fitness * d1 + w;
    fatigue = fatigue * d2 + w;
  }
  return p0 + k1 * fitness - k2 * fatigue;
}

/** Fit the Banister model against observed performances (sum of squares), state as an object updated by a step. */
interface Fitness { fit: number; fat: number }
function banisterDay(s: Fitness, w: number, d1: number, d2: number): Fitness {
  return { fit: s.fit * d1 + w, fat: s.fat * d2 + w };
}
export function banisterFitLoss(
  params: Float64Array, // [p0, k1, k2, tau1, tau2]
  loads: Float64Array,
  observed: Float64Array, // NaN where not measured
): number {
  const [p0, k1, k2, tau1, tau2] = params;
  const d1 = Math.exp(-1 / tau1);
  const d2 = Math.exp(-1 / tau2);
  let s: Fitness = { fit: 0, fat: 0 };
  let loss = 0;
  for (let day = 0; day < loads.length; day++) {
    s = banisterDay(s, loads[day], d1, d2);
    const obs = observed[day];
    if (Number.isNaN(obs)) continue;
    const r = p0 + k1 * s.fit - k2 * s.fat - obs;
    loss += r * r;
  }
  return loss / loads.length;
}

/** Equal-temperament tuning error in cents of a set of partials against just ratios. */
const JUST = [1, 9 / 8, 5 / 4, 4 / 3, 3 / 2, 5 / 3, 15 / 8, 2];
export function tuningErrorCents(stretch: number, ref: number, steps: Int32Array): number {
  let total = 0;
  for (let i = 0; i < steps.length; i++) {
    const f = ref * Math.pow(2, (steps[i] * stretch) / 12);
    const target = ref * JUST[i % JUST.length];
    const cents = 1200 * Math.log2(f / target);
    total += cents * cents;
  }
  return Math.sqrt(total / steps.length);
}

/** FM synthesis (Chowning): one operator modulating a carrier; writes samples and returns their energy. */
export function fmSynth(
  out: Float64Array,
  carrier: number,
  ratio: number,
  index: number,
  sampleRate = 8000,
  opts: { decay?: number; feedback?: boolean } = {},
): number {
  const decay = opts.decay ?? 3;
  const twoPi = 2 * Math.PI;
  let prev = 0;
  let energy = 0;
  for (let n = 0; n < out.length; n++) {
    const t = n / sampleRate;
    const env = Math.exp(-decay * t);
    const mod = index * env * Math.sin(twoPi * carrier * ratio * t + (opts.feedback ? 0.5 * prev : 0));
    const y = env * Math.sin(twoPi * carrier * t + mod);
    out[n] = y;
    prev = mod;
    energy += y * y;
  }
  return energy / out.length;
}

/** Knuth-Plass-like badness of a line, smooth in the stretch ratio. */
function badness(natural: number, stretch: number, shrink: number, width: number): number {
  const slack = width - natural;
  const r = slack >= 0 ? slack / stretch : slack / shrink;
  return 100 * Math.abs(r) ** 3;
}

function softMin(xs: number[], temp: number): number {
  const m = Math.min(...xs);
  let s = 0;
  for (const x of xs) s += Math.exp(-(x - m) / temp);
  return m - temp * Math.log(s);
}

/**
 * Smoothed optimal line-breaking cost: dynamic programming over break points where the min is a soft minimum.
 * word widths w, interword glue `space` (stretch ±`flex`), target line width `width`.
 */
export function lineBreakCost(w: Float64Array, space: number, flex: number, width: number, temp = 1): number {
  const n = w.length;
  const best: number[] = [0];
  for (let j = 1; j <= n; j++) {
    const cands: number[] = [];
    let natural = -space;
    for (let i = j - 1; i >= 0; i--) {
      natural += w[i] + space;
      if (natural > width * 1.5) break;
      const gaps = Math.max(j - i - 1, 1);
      const last = j === n;
      const bad = last && natural <= width ? 0 : badness(natural, flex * gaps, 0.5 * flex * gaps, width);
      cands.push(best[i] + (1 + bad) ** 2);
    }
    best.push(cands.length ? softMin(cands, temp) : best[j - 1] + 1e4);
  }
  return best[n];
}

/** Ordinal rating-scale model (Andrich): log-probability of an observed category. */
export function ratingScaleLogProb(theta: number, delta: number, taus: readonly number[], category: number): number {
  const logits: number[] = [0];
  let acc = 0;
  for (let k = 0; k < taus.length; k++) {
    acc += theta - delta - taus[k];
    logits.push(acc);
  }
  const m = Math.max(...logits);
  const z = logits.reduce((s, l) => s + Math.exp(l - m), 0);
  return logits[category] - m - Math.log(z);
}
