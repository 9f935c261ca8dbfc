/**
 * tsgrad/runtime's qr and its registered pullback qr_vjp (issue 15, item 7):
 * - the factorisation: A = Q·R, QᵀQ = I, R upper triangular with a non-negative diagonal;
 * - qr_vjp against central differences with Richardson extrapolation (the dot-product test:
 *   ⟨Ā, T⟩ = d/dε ⟨Q̄, Q(A + εT)⟩ + ⟨R̄, R(A + εT)⟩), tall and square;
 * - qr_vjp against tsgrad's own differentiation of the Householder reflections written in
 *   TypeScript (fixtures/linalg/qr_householder), and the generated code calling qr_vjp
 *   (fixtures/linalg/qr_kernel) against both;
 * - a least-squares fit through qr: the squared residual's gradients are 2r in y and −2r·xᵀ in A.
 */
import { qr, qr_vjp } from '../runtime/index.js';
import { project_grad as householderGrad } from '../fixtures/linalg/qr_householder/input.grad.js';
import { project_grad as kernelGrad, residual_grad, residual_vjp } from '../fixtures/linalg/qr_kernel/input.grad.js';
import { residual_grad as exampleGrad } from '../examples/least_squares.grad.js';
import { residual_grad as exampleHouseholderGrad } from '../examples/least_squares_householder.grad.js';
import { rng } from './support/fixtures.js';

const random = rng(20261203);
const vector = (n: number) => Float64Array.from({ length: n }, () => 2 * random() - 1);
const maxAbs = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let e = 0;
  for (let i = 0; i < a.length; i++) e = Math.max(e, Math.abs(a[i]! - b[i]!));
  return e;
};

function factor(A: Float64Array, m: number, n: number) {
  const Q = new Float64Array(m * n);
  const R = new Float64Array(n * n);
  qr(A, m, n, Q, R);
  return { Q, R };
}

describe.each([[7, 4], [4, 4], [5, 1], [1, 1]])('qr of %i×%i', (m, n) => {
  test('A = Q·R, QᵀQ = I, R upper triangular with R[i][i] ≥ 0', () => {
    for (let trial = 0; trial < 5; trial++) {
      const A = vector(m * n);
      const { Q, R } = factor(A, m, n);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += Q[i * n + k]! * R[k * n + j]!;
          expect(Math.abs(s - A[i * n + j]!)).toBeLessThan(1e-13);
        }
      }
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let r = 0; r < m; r++) s += Q[r * n + i]! * Q[r * n + j]!;
          expect(Math.abs(s - (i === j ? 1 : 0))).toBeLessThan(1e-13);
          if (j < i) expect(R[i * n + j]).toBe(0);
        }
        expect(R[i * n + i]).toBeGreaterThanOrEqual(0);
      }
    }
  });

  test('qr_vjp against differences with extrapolation; adds into adj.A, clears adj.Q and adj.R', () => {
    for (let trial = 0; trial < 5; trial++) {
      const A = vector(m * n);
      const Qbar = vector(m * n);
      const Rbar = vector(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) Rbar[i * n + j] = 0; // R's lower part is not an output
      const T = vector(m * n);
      const phi = (eps: number) => {
        const { Q, R } = factor(A.map((a, i) => a + eps * T[i]!), m, n);
        let s = 0;
        for (let i = 0; i < m * n; i++) s += Qbar[i]! * Q[i]!;
        for (let i = 0; i < n * n; i++) s += Rbar[i]! * R[i]!;
        return s;
      };
      const central = (h: number) => (phi(h) - phi(-h)) / (2 * h);
      const h = 1e-3;
      const fd = (4 * central(h / 2) - central(h)) / 3; // Richardson: O(h⁴)
      const prefill = vector(m * n);
      const adj = { A: prefill.slice(), m: 0, n: 0, Q: Qbar.slice(), R: Rbar.slice() };
      const { Q, R } = factor(A, m, n);
      qr_vjp(A, m, n, Q, R, adj);
      let dot = 0;
      for (let i = 0; i < m * n; i++) dot += (adj.A[i]! - prefill[i]!) * T[i]!;
      expect(Math.abs(dot - fd)).toBeLessThan(1e-8 * Math.max(1, Math.abs(fd)));
      expect(Array.from(adj.Q)).toEqual(new Array(m * n).fill(0));
      expect(Array.from(adj.R)).toEqual(new Array(n * n).fill(0));
    }
  });
});

test('qr rejects m < n and short arrays', () => {
  expect(() => qr(new Float64Array(6), 2, 3, new Float64Array(6), new Float64Array(9))).toThrow(RangeError);
  expect(() => qr(new Float64Array(6), 3, 2, new Float64Array(6), new Float64Array(3))).toThrow(RangeError);
});

test('qr_vjp equals tsgrad differentiating the Householder reflections written in TypeScript', () => {
  for (let trial = 0; trial < 20; trial++) {
    const A = vector(15);
    const Wq = vector(15);
    const Wr = vector(9);
    const mine = householderGrad(A, Wq, Wr);
    const registered = kernelGrad(A, Wq, Wr);
    expect(registered.value).toBeCloseTo(mine.value, 12);
    expect(maxAbs(registered.grad.A, mine.grad.A)).toBeLessThan(1e-10);
    expect(maxAbs(registered.grad.Wq, mine.grad.Wq)).toBe(0);
    // Wr's gradient is R itself, lower triangle included (zeros)
    expect(maxAbs(registered.grad.Wr, mine.grad.Wr)).toBeLessThan(1e-14);
    // the same as calling qr_vjp by hand with adj.Q = Wq and adj.R = triu(Wr)
    const adj = { A: new Float64Array(15), m: 0, n: 0, Q: Wq.slice(), R: Wr.slice() };
    for (let i = 0; i < 3; i++) for (let j = 0; j < i; j++) adj.R[i * 3 + j] = 0;
    const { Q, R } = factor(A, 5, 3);
    qr_vjp(A, 5, 3, Q, R, adj);
    expect(maxAbs(adj.A, registered.grad.A)).toBeLessThan(1e-14);
  }
});

test('least squares through qr: ∂/∂y ‖r‖² = 2r, ∂/∂A ‖r‖² = −2r·xᵀ (normal equations), vjp with prefilled adj and seed', () => {
  for (let trial = 0; trial < 10; trial++) {
    const A = vector(15);
    const y = vector(5);
    // x from the normal equations AᵀA x = Aᵀy, independently of qr (Gaussian elimination, 3×3)
    const N = [0, 1, 2].map((i) => [0, 1, 2].map((j) => { let s = 0; for (let r = 0; r < 5; r++) s += A[r * 3 + i]! * A[r * 3 + j]!; return s; }));
    const c = [0, 1, 2].map((i) => { let s = 0; for (let r = 0; r < 5; r++) s += A[r * 3 + i]! * y[r]!; return s; });
    for (let p = 0; p < 3; p++) for (let q = p + 1; q < 3; q++) {
      const f = N[q]![p]! / N[p]![p]!;
      for (let j = p; j < 3; j++) N[q]![j]! -= f * N[p]![j]!;
      c[q]! -= f * c[p]!;
    }
    const x = [0, 0, 0];
    for (let p = 2; p >= 0; p--) { let s = c[p]!; for (let j = p + 1; j < 3; j++) s -= N[p]![j]! * x[j]!; x[p] = s / N[p]![p]!; }
    const r = [0, 1, 2, 3, 4].map((i) => y[i]! - (A[i * 3]! * x[0]! + A[i * 3 + 1]! * x[1]! + A[i * 3 + 2]! * x[2]!));
    const g = residual_grad(A, y);
    expect(g.value).toBeCloseTo(r.reduce((s, v) => s + v * v, 0), 12);
    expect(maxAbs(g.grad.y, r.map((v) => 2 * v))).toBeLessThan(1e-10);
    const gA = new Float64Array(15);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 3; j++) gA[i * 3 + j] = -2 * r[i]! * x[j]!;
    expect(maxAbs(g.grad.A, gA)).toBeLessThan(1e-10);
    const adj = { A: vector(15), y: vector(5) };
    const before = { A: adj.A.slice(), y: adj.y.slice() };
    residual_vjp(A, y, adj, 0.375);
    expect(maxAbs(adj.A.map((v, i) => v - before.A[i]!), gA.map((v) => 0.375 * v))).toBeLessThan(1e-10);
    expect(maxAbs(adj.y.map((v, i) => v - before.y[i]!), r.map((v) => 0.75 * v))).toBeLessThan(1e-10);
  }
});

test('examples/least_squares (qr_vjp) and least_squares_householder (reflections differentiated) agree, 30×4', () => {
  for (let trial = 0; trial < 5; trial++) {
    const A = vector(120);
    const y = vector(30);
    const a = exampleGrad(A, y, 30, 4);
    const b = exampleHouseholderGrad(A, y, 30, 4);
    expect(a.value).toBeCloseTo(b.value, 12);
    expect(maxAbs(a.grad.A, b.grad.A)).toBeLessThan(1e-10);
    expect(maxAbs(a.grad.y, b.grad.y)).toBeLessThan(1e-10);
    expect(a.grad.m).toBe(0);
  }
});
