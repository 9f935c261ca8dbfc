/**
 * The ADBench GMM and LSTM objectives (fixtures/adbench/) on ADBench's own data: the generated
 * gradients against the reference values of ADBench's C++ unit tests (ρ ≤ 1e-8 per entry), and
 * on the larger files, where there is no reference gradient, against an independent dense
 * evaluation of the objective and central finite differences.
 */
import { gmmObjective } from '../fixtures/adbench/gmm/input.js';
import { gmmObjective_grad, gmmObjective_vjp } from '../fixtures/adbench/gmm/input.grad.js';
import { lstmObjective } from '../fixtures/adbench/lstm/input.js';
import { lstmObjective_grad } from '../fixtures/adbench/lstm/input.grad.js';
import { concat, maxRho, readGmm, readLstm, readReference, rho, type GmmInstance, type LstmInstance } from './support/adbench.js';
import { rng } from './support/fixtures.js';

/** Set ADBENCH_REPORT=1 to print the ρ maxima. */
const report = (what: string, value: number) => {
  if (process.env.ADBENCH_REPORT === '1') process.stdout.write(`${what}: ${value.toExponential(3)}\n`);
};

const gmmArgs = (g: GmmInstance) => [g.alphas, g.means, g.icf, g.x, g.d, g.k, g.n, g.gamma, g.m] as const;
const lstmArgs = (s: LstmInstance) => [s.mainParams, s.extraParams, s.state, s.sequence, s.l, s.c, s.b] as const;

/** A vector of the given length with entries uniform in [-1, 1), from a seeded generator. */
function direction(length: number, random: () => number): Float64Array {
  return Float64Array.from({ length }, () => 2 * random() - 1);
}

/** x + s·t, as a new array. */
function step(x: Float64Array, t: Float64Array, s: number): Float64Array {
  return x.map((v, i) => v + s * t[i]!);
}

/** ⟨a, b⟩. */
function inner(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

describe('GMM', () => {
  test('gmm/test.txt: objective and gradient match reference.json', () => {
    const g = readGmm('gmm/test.txt');
    const ref = readReference('gmm_test');
    expect([g.d, g.k, g.n]).toEqual([2, 3, 1]);
    const r = gmmObjective_grad(...gmmArgs(g));
    expect(r.value).toBe(gmmObjective(...gmmArgs(g)));
    const gradient = concat(r.grad.alphas, r.grad.means, r.grad.icf);
    const valueRho = rho(r.value, ref.objective);
    const gradientRho = maxRho(gradient, ref.gradient);
    report('GMM test.txt objective ρ', valueRho);
    report('GMM test.txt gradient max ρ', gradientRho);
    expect(valueRho).toBeLessThanOrEqual(ref.tolerance);
    expect(gradientRho).toBeLessThanOrEqual(ref.tolerance);
    // sizes and the prior's degrees of freedom are constants
    expect([r.grad.d, r.grad.k, r.grad.n, r.grad.m]).toEqual([0, 0, 0, 0]);
  });

  test.each(['gmm/1k/gmm_d2_K5.txt', 'gmm/1k/gmm_d10_K25.txt', 'gmm/1k/gmm_d20_K50.txt'])(
    '%s: loads; the objective is finite and agrees with a dense evaluation; the gradient is finite',
    (file) => {
      const g = readGmm(file);
      expect(g.n).toBe(1000);
      const value = gmmObjective(...gmmArgs(g));
      expect(Number.isFinite(value)).toBe(true);
      const dense = gmmDense(g);
      report(`GMM ${file} objective ρ against the dense evaluation`, rho(value, dense));
      expect(rho(value, dense)).toBeLessThanOrEqual(1e-12);
      const r = gmmObjective_grad(...gmmArgs(g));
      expect(r.value).toBe(value);
      for (const a of [r.grad.alphas, r.grad.means, r.grad.icf, r.grad.x]) expect(a.every(Number.isFinite)).toBe(true);
    },
  );

  test('gmm_d2_K5: gradient entries against central finite differences', () => {
    const g = readGmm('gmm/1k/gmm_d2_K5.txt');
    const r = gmmObjective_grad(...gmmArgs(g));
    const random = rng(0xad);
    const params = { alphas: g.alphas, means: g.means, icf: g.icf, x: g.x };
    let worst = 0;
    for (const [key, x] of Object.entries(params) as [keyof typeof params, Float64Array][]) {
      for (let probe = 0; probe < 6; probe++) {
        const j = Math.floor(random() * x.length);
        const h = 1e-5 * Math.max(1, Math.abs(x[j]!));
        const at = (delta: number) => {
          const moved = { ...params, [key]: x.slice() };
          moved[key][j]! += delta;
          return gmmObjective(moved.alphas, moved.means, moved.icf, moved.x, g.d, g.k, g.n, g.gamma, g.m);
        };
        const fd = (at(h) - at(-h)) / (2 * h);
        const have = r.grad[key][j]!;
        worst = Math.max(worst, Math.abs(have - fd) / Math.max(1, Math.abs(fd)));
        expect(Math.abs(have - fd)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(fd)));
      }
    }
    report('GMM d2_K5 worst finite-difference error', worst);
  });

  test.each(['gmm/1k/gmm_d2_K5.txt', 'gmm/1k/gmm_d10_K25.txt'])('%s: dot-product test along a random direction', (file) => {
    const g = readGmm(file);
    const random = rng(0x6d);
    const ta = direction(g.alphas.length, random);
    const tm = direction(g.means.length, random);
    const ti = direction(g.icf.length, random);
    const r = gmmObjective_grad(...gmmArgs(g));
    const along = (e: number) =>
      gmmObjective(step(g.alphas, ta, e), step(g.means, tm, e), step(g.icf, ti, e), g.x, g.d, g.k, g.n, g.gamma, g.m);
    const eps = 1e-6;
    const fd = (along(eps) - along(-eps)) / (2 * eps);
    const have = inner(r.grad.alphas, ta) + inner(r.grad.means, tm) + inner(r.grad.icf, ti);
    report(`GMM ${file} directional derivative relative error`, Math.abs(have - fd) / Math.abs(fd));
    expect(Math.abs(have - fd)).toBeLessThanOrEqual(1e-6 * Math.abs(fd));
  });

  test('gmmObjective_vjp accumulates into a reused adj', () => {
    const g = readGmm('gmm/test.txt');
    const r = gmmObjective_grad(...gmmArgs(g));
    const adj = {
      alphas: new Float64Array(g.k), means: new Float64Array(g.k * g.d), icf: new Float64Array(g.icf.length),
      x: new Float64Array(g.x.length), d: 0, k: 0, n: 0, gamma: 0, m: 0,
    };
    gmmObjective_vjp(...gmmArgs(g), adj);
    expect(gmmObjective_vjp(...gmmArgs(g), adj, 2)).toBe(r.value);
    r.grad.icf.forEach((v, i) => expect(adj.icf[i]).toBeCloseTo(3 * v, 12));
    expect(adj.gamma).toBeCloseTo(3 * r.grad.gamma, 12);
  });
});

describe('LSTM', () => {
  const s = readLstm('lstm/lstm_l2_c1024.txt');

  test('lstm_l2_c1024: objective and gradient match reference.json', () => {
    const ref = readReference('lstm_l2_c1024');
    expect([s.l, s.c, s.b]).toEqual([2, 1024, 14]);
    const state = s.state.slice();
    const r = lstmObjective_grad(...lstmArgs(s));
    // the objective works on a copy of the state
    expect(s.state).toEqual(state);
    expect(r.value).toBe(lstmObjective(...lstmArgs(s)));
    const valueRho = rho(r.value, ref.objective);
    const gradientRho = maxRho(concat(r.grad.mainParams, r.grad.extraParams), ref.gradient);
    report('LSTM l2_c1024 objective ρ (reference has 8 digits)', valueRho);
    report('LSTM l2_c1024 gradient max ρ', gradientRho);
    expect(valueRho).toBeLessThanOrEqual(ref.tolerance);
    expect(gradientRho).toBeLessThanOrEqual(ref.tolerance);
    expect([r.grad.l, r.grad.c, r.grad.b]).toEqual([0, 0, 0]);
  });

  test('lstm_l2_c1024: state and sequence gradients (no reference) against finite differences', () => {
    const r = lstmObjective_grad(...lstmArgs(s));
    const random = rng(0x15);
    let worst = 0;
    for (const key of ['state', 'sequence', 'mainParams'] as const) {
      for (let probe = 0; probe < 5; probe++) {
        const j = Math.floor(random() * s[key].length);
        const h = 1e-5;
        const at = (delta: number) => {
          const moved = { ...s, [key]: s[key].slice() };
          moved[key][j]! += delta;
          return lstmObjective(...lstmArgs(moved));
        };
        const fd = (at(h) - at(-h)) / (2 * h);
        const have = r.grad[key][j]!;
        // the entries are small (1e-4 and less): absolute error, against the roundoff of the difference
        worst = Math.max(worst, Math.abs(have - fd));
        expect(Math.abs(have - fd)).toBeLessThanOrEqual(1e-9 + 1e-6 * Math.abs(fd));
      }
    }
    report('LSTM worst finite-difference error (absolute)', worst);
  });

  test('lstm_l2_c1024: dot-product test along a random direction', () => {
    const random = rng(0x1e);
    const t = {
      mainParams: direction(s.mainParams.length, random), extraParams: direction(s.extraParams.length, random),
      state: direction(s.state.length, random), sequence: direction(s.sequence.length, random),
    };
    const r = lstmObjective_grad(...lstmArgs(s));
    const along = (e: number) => lstmObjective(step(s.mainParams, t.mainParams, e), step(s.extraParams, t.extraParams, e),
      step(s.state, t.state, e), step(s.sequence, t.sequence, e), s.l, s.c, s.b);
    const eps = 1e-6;
    const fd = (along(eps) - along(-eps)) / (2 * eps);
    const have = inner(r.grad.mainParams, t.mainParams) + inner(r.grad.extraParams, t.extraParams) +
      inner(r.grad.state, t.state) + inner(r.grad.sequence, t.sequence);
    report('LSTM directional derivative relative error', Math.abs(have - fd) / Math.abs(fd));
    expect(Math.abs(have - fd)).toBeLessThanOrEqual(1e-6 * Math.abs(fd));
  });
});

/**
 * The GMM objective written independently of the fixture: each Q_k as a dense lower-triangular
 * matrix, the log-density of each point directly, log Γ by Lanczos' approximation.
 */
function gmmDense(g: GmmInstance): number {
  const PI = 3.14159265359;
  const { d, k, n } = g;
  const size = (d * (d + 1)) / 2;
  const Q: number[][][] = [];
  const logdet: number[] = [];
  let prior = 0;
  for (let c = 0; c < k; c++) {
    const q = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const block = g.icf.subarray(c * size, (c + 1) * size);
    let frobenius = 0;
    let L = d;
    for (let i = 0; i < d; i++) q[i]![i] = Math.exp(block[i]!);
    for (let col = 0; col < d; col++) for (let row = col + 1; row < d; row++) q[row]![col] = block[L++]!;
    for (const rowValues of q) for (const v of rowValues) frobenius += v * v;
    logdet.push(block.subarray(0, d).reduce((a, b) => a + b, 0));
    Q.push(q);
    prior += 0.5 * g.gamma * g.gamma * frobenius - g.m * logdet[c]!;
  }
  const lse = (v: number[]) => {
    const mx = Math.max(...v);
    return mx + Math.log(v.reduce((a, b) => a + Math.exp(b - mx), 0));
  };
  let data = 0;
  for (let p = 0; p < n; p++) {
    const terms: number[] = [];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let row = 0; row < d; row++) {
        let y = 0;
        for (let col = 0; col <= row; col++) y += Q[c]![row]![col]! * (g.x[p * d + col]! - g.means[c * d + col]!);
        norm += y * y;
      }
      terms.push(g.alphas[c]! + logdet[c]! - 0.5 * norm);
    }
    data += lse(terms);
  }
  const dof = d + g.m + 1;
  let logMultiGamma = 0.25 * d * (d - 1) * Math.log(PI);
  for (let j = 1; j <= d; j++) logMultiGamma += lgammaLanczos(0.5 * dof + 0.5 * (1 - j));
  const C = dof * d * (Math.log(g.gamma) - 0.5 * Math.log(2)) - logMultiGamma;
  return -0.5 * n * d * Math.log(2 * PI) + data - n * lse(Array.from(g.alphas)) + prior - k * C;
}

/** log Γ(z) for z > 0.5 (Lanczos, g = 7, n = 9). */
function lgammaLanczos(z: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  const x = z - 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
