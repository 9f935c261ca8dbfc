/**
 * tsgrad/runtime's kernels and their registered derivatives (`name_vjp` beside `name`).
 *
 * - The dot-product test (STYLE.md #9) for every kernel: for a random point x of its domain,
 *   a random direction t and a random output cotangent c, ⟨t, vjp(c)⟩ must equal
 *   ⟨(f(x + εt) − f(x − εt)) / 2ε, c⟩, where f(x) is the value of a scalar kernel and the
 *   `out` vector of a void one.
 * - The contract generated code relies on: a scalar kernel's vjp returns exactly the kernel's
 *   value and adds seed × gradient into adj; a void kernel's vjp reads the cotangent from
 *   adj.out, adds into the inputs' adjoints, clears adj.out (those elements were overwritten)
 *   and leaves `out` itself as it found it; no vjp touches its inputs.
 * - matmul's rule Ā = Ḡ·Bᵀ, B̄ = Aᵀ·Ḡ on a 2×3 · 3×2 example worked out by hand.
 */
import {
  dot, dot_vjp, logsumexp, logsumexp_vjp, matmul, matmul_vjp, matvec, matvec_vjp,
  sigmoid, sigmoid_vjp, softmax, softmax_vjp, sum, sum_vjp,
} from '../runtime/index.js';
import { rng } from './support/fixtures.js';

type Random = () => number;
/** A kernel's differentiable inputs, by parameter name: numbers or arrays. */
type Point = Record<string, number | Float64Array>;

interface KernelCase {
  readonly name: string;
  /** A random point of the kernel's domain. */
  sample(random: Random): Point;
  /** Length of the output vector: 1 for a scalar kernel, out.length for a void one. */
  readonly outputs: number;
  /** f(x): the scalar value as a one-element vector, or a fresh `out`. */
  value(x: Point): Float64Array;
  /** The registered vjp, called the way generated code calls it: adjoints of x for the cotangent c. */
  pullback(x: Point, c: Float64Array): Point;
}

const uniform = (random: Random, lo: number, hi: number) => lo + random() * (hi - lo);
const vector = (random: Random, n: number, lo: number, hi: number) =>
  Float64Array.from({ length: n }, () => uniform(random, lo, hi));
const arr = (x: Point, k: string) => x[k] as Float64Array;
const num = (x: Point, k: string) => x[k] as number;

/** Zeroed adjoints shaped like x. */
function zerosLike(x: Point): Point {
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === 'number' ? 0 : new Float64Array(v.length)]));
}

const M = 3; // matvec: A is M×N
const N = 4;
const MM = { m: 2, k: 3, n: 4 }; // matmul: A is m×k, B is k×n

const kernels: KernelCase[] = [
  {
    name: 'sum',
    sample: (r) => ({ a: vector(r, 7, -2, 2) }),
    outputs: 1,
    value: (x) => Float64Array.of(sum(arr(x, 'a'))),
    pullback: (x, c) => {
      const adj = zerosLike(x) as { a: Float64Array };
      sum_vjp(arr(x, 'a'), adj, c[0]);
      return adj;
    },
  },
  {
    name: 'dot',
    sample: (r) => ({ a: vector(r, 6, -2, 2), b: vector(r, 6, -2, 2) }),
    outputs: 1,
    value: (x) => Float64Array.of(dot(arr(x, 'a'), arr(x, 'b'))),
    pullback: (x, c) => {
      const adj = zerosLike(x) as { a: Float64Array; b: Float64Array };
      dot_vjp(arr(x, 'a'), arr(x, 'b'), adj, c[0]);
      return adj;
    },
  },
  {
    // far from 0 as well: the shift by the maximum must not change the derivative
    name: 'logsumexp',
    sample: (r) => ({ a: vector(r, 5, -40, 40) }),
    outputs: 1,
    value: (x) => Float64Array.of(logsumexp(arr(x, 'a'))),
    pullback: (x, c) => {
      const adj = zerosLike(x) as { a: Float64Array };
      logsumexp_vjp(arr(x, 'a'), adj, c[0]);
      return adj;
    },
  },
  {
    // both branches of the stable formula
    name: 'sigmoid',
    sample: (r) => ({ x: uniform(r, -8, 8) }),
    outputs: 1,
    value: (x) => Float64Array.of(sigmoid(num(x, 'x'))),
    pullback: (x, c) => {
      const adj = { x: 0 };
      sigmoid_vjp(num(x, 'x'), adj, c[0]);
      return adj;
    },
  },
  {
    name: 'softmax',
    sample: (r) => ({ a: vector(r, 5, -3, 3) }),
    outputs: 5,
    value: (x) => {
      const out = new Float64Array(5);
      softmax(arr(x, 'a'), out);
      return out;
    },
    pullback: (x, c) => {
      const adj = { a: new Float64Array(5), out: c.slice() };
      softmax_vjp(arr(x, 'a'), new Float64Array(5), adj);
      return { a: adj.a };
    },
  },
  {
    name: 'matvec',
    sample: (r) => ({ A: vector(r, M * N, -1, 1), x: vector(r, N, -2, 2) }),
    outputs: M,
    value: (x) => {
      const out = new Float64Array(M);
      matvec(arr(x, 'A'), arr(x, 'x'), out);
      return out;
    },
    pullback: (x, c) => {
      const adj = { A: new Float64Array(M * N), x: new Float64Array(N), out: c.slice() };
      matvec_vjp(arr(x, 'A'), arr(x, 'x'), new Float64Array(M), adj);
      return { A: adj.A, x: adj.x };
    },
  },
  {
    name: 'matmul',
    sample: (r) => ({ A: vector(r, MM.m * MM.k, -1, 1), B: vector(r, MM.k * MM.n, -1, 1) }),
    outputs: MM.m * MM.n,
    value: (x) => {
      const out = new Float64Array(MM.m * MM.n);
      matmul(arr(x, 'A'), arr(x, 'B'), MM.m, MM.k, MM.n, out);
      return out;
    },
    pullback: (x, c) => {
      const adj = { A: new Float64Array(MM.m * MM.k), B: new Float64Array(MM.k * MM.n), m: 0, k: 0, n: 0, out: c.slice() };
      matmul_vjp(arr(x, 'A'), arr(x, 'B'), MM.m, MM.k, MM.n, new Float64Array(MM.m * MM.n), adj);
      return { A: adj.A, B: adj.B };
    },
  },
];

/** ⟨u, v⟩ over all entries of two points with the same keys. */
function inner(u: Point, v: Point): number {
  let s = 0;
  for (const [k, uk] of Object.entries(u)) {
    const vk = v[k]!;
    if (typeof uk === 'number') s += uk * (vk as number);
    else uk.forEach((ui, i) => { s += ui * (vk as Float64Array)[i]!; });
  }
  return s;
}

/** x + h·t. */
function step(x: Point, t: Point, h: number): Point {
  return Object.fromEntries(Object.entries(x).map(([k, v]) =>
    [k, typeof v === 'number' ? v + h * (t[k] as number) : v.map((vi, i) => vi + h * (t[k] as Float64Array)[i]!)]));
}

/** A random direction shaped like x, entries in [−1, 1]. */
function direction(x: Point, random: Random): Point {
  return Object.fromEntries(Object.entries(x).map(([k, v]) =>
    [k, typeof v === 'number' ? uniform(random, -1, 1) : vector(random, v.length, -1, 1)]));
}

function copyPoint(x: Point): Point {
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === 'number' ? v : v.slice()]));
}

describe.each(kernels.map((k) => [k.name, k] as const))('%s', (_name, kernel) => {
  test('dot-product test: ⟨t, vjp(c)⟩ = ⟨(f(x+εt) − f(x−εt))/2ε, c⟩ along random directions', () => {
    const random = rng(0xd07 + kernel.name.length * 31 + kernel.name.charCodeAt(0));
    const eps = 1e-5;
    for (let trial = 0; trial < 20; trial++) {
      const x = kernel.sample(random);
      const t = direction(x, random);
      const c = vector(random, kernel.outputs, -1, 1);
      const lhs = inner(t, kernel.pullback(x, c));
      const plus = kernel.value(step(x, t, eps));
      const minus = kernel.value(step(x, t, -eps));
      let rhs = 0;
      for (let i = 0; i < kernel.outputs; i++) rhs += ((plus[i]! - minus[i]!) / (2 * eps)) * c[i]!;
      expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(lhs)));
    }
  });

  test('the vjp leaves its inputs unchanged', () => {
    const x = kernel.sample(rng(77));
    const before = copyPoint(x);
    kernel.pullback(x, vector(rng(78), kernel.outputs, -1, 1));
    expect(x).toEqual(before);
  });
});

describe('scalar kernels: the vjp returns the value and adds seed × gradient into adj', () => {
  const random = rng(4242);
  const a = vector(random, 6, -3, 3);
  const b = vector(random, 6, -3, 3);
  const seed = 0.75;

  test('sum', () => {
    const adj = { a: new Float64Array(6).fill(0.25) };
    expect(sum_vjp(a, adj, seed)).toBe(sum(a));
    adj.a.forEach((g) => expect(g).toBeCloseTo(0.25 + seed, 15));
  });

  test('dot', () => {
    const adj = { a: new Float64Array(6).fill(0.25), b: new Float64Array(6).fill(-1) };
    expect(dot_vjp(a, b, adj, seed)).toBe(dot(a, b));
    adj.a.forEach((g, i) => expect(g).toBeCloseTo(0.25 + seed * b[i]!, 14));
    adj.b.forEach((g, i) => expect(g).toBeCloseTo(-1 + seed * a[i]!, 14));
  });

  test('logsumexp: the gradient is softmax(a)', () => {
    const adj = { a: new Float64Array(6).fill(0.25) };
    const value = logsumexp_vjp(a, adj, seed);
    expect(value).toBe(logsumexp(a));
    const p = new Float64Array(6);
    softmax(a, p);
    adj.a.forEach((g, i) => expect(g).toBeCloseTo(0.25 + seed * p[i]!, 14));
  });

  test('sigmoid: the gradient is σ(1 − σ)', () => {
    for (const x of [-3, -0.5, 0, 0.5, 3]) {
      const adj = { x: 0.25 };
      expect(sigmoid_vjp(x, adj, seed)).toBe(sigmoid(x));
      const s = 1 / (1 + Math.exp(-x));
      expect(adj.x).toBeCloseTo(0.25 + seed * s * (1 - s), 15);
    }
  });

  test('far from the origin the values and gradients stay finite', () => {
    const big = Float64Array.of(1000, 1000, 990);
    const adj = { a: new Float64Array(3) };
    expect(logsumexp_vjp(big, adj)).toBeCloseTo(1000 + Math.log(2 + Math.exp(-10)), 10);
    expect(adj.a[0]).toBe(adj.a[1]);
    expect(adj.a[0]! + adj.a[1]! + adj.a[2]!).toBeCloseTo(1, 12);
    // masked entries (−∞) get probability and gradient 0
    const masked = { a: new Float64Array(3) };
    expect(logsumexp_vjp(Float64Array.of(-Infinity, 0, 0), masked)).toBeCloseTo(Math.log(2), 15);
    expect(Array.from(masked.a)).toEqual([0, 0.5, 0.5]);
    for (const x of [-800, 800]) {
      const s = { x: 0 };
      expect(Number.isFinite(sigmoid_vjp(x, s))).toBe(true);
      expect(s.x).toBe(0);
    }
  });
});

describe('void kernels: the vjp adds into the inputs, clears adj.out and leaves out as it was', () => {
  const random = rng(99);

  test('softmax', () => {
    const a = vector(random, 4, -2, 2);
    const out = Float64Array.of(7, 7, 7, 7); // whatever the array held before the call
    const c = vector(random, 4, -1, 1);
    const adj = { a: new Float64Array(4).fill(0.25), out: c.slice() };
    expect(softmax_vjp(a, out, adj)).toBeUndefined();
    expect(Array.from(adj.out)).toEqual([0, 0, 0, 0]);
    expect(Array.from(out)).toEqual([7, 7, 7, 7]);
    // ā = s ⊙ (c − ⟨c, s⟩)
    const s = new Float64Array(4);
    softmax(a, s);
    const cs = dot(c, s);
    adj.a.forEach((g, i) => expect(g).toBeCloseTo(0.25 + s[i]! * (c[i]! - cs), 14));
  });

  test('matvec', () => {
    const A = vector(random, M * N, -1, 1);
    const x = vector(random, N, -1, 1);
    const out = new Float64Array(M).fill(3);
    const c = vector(random, M, -1, 1);
    const adj = { A: new Float64Array(M * N).fill(0.25), x: new Float64Array(N).fill(0.25), out: c.slice() };
    expect(matvec_vjp(A, x, out, adj)).toBeUndefined();
    expect(Array.from(adj.out)).toEqual(new Array(M).fill(0));
    expect(Array.from(out)).toEqual(new Array(M).fill(3));
    // Ā = c xᵀ, x̄ = Aᵀ c
    for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) expect(adj.A[i * N + j]).toBeCloseTo(0.25 + c[i]! * x[j]!, 14);
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let i = 0; i < M; i++) s += A[i * N + j]! * c[i]!;
      expect(adj.x[j]).toBeCloseTo(0.25 + s, 14);
    }
  });

  test('matmul clears all m·n entries of adj.out, and only those', () => {
    const { m, k, n } = MM;
    const G = new Float64Array(m * n + 2).fill(1); // two entries past the matrix: not matmul's
    const adj = { A: new Float64Array(m * k), B: new Float64Array(k * n), m: 0, k: 0, n: 0, out: G };
    const out = new Float64Array(m * n + 2).fill(5);
    matmul_vjp(vector(random, m * k, -1, 1), vector(random, k * n, -1, 1), m, k, n, out, adj);
    expect(Array.from(G)).toEqual([...new Array(m * n).fill(0), 1, 1]);
    expect(Array.from(out)).toEqual(new Array(m * n + 2).fill(5));
    // integer sizes get no adjoint
    expect([adj.m, adj.k, adj.n]).toEqual([0, 0, 0]);
  });
});

test('matmul: Ā = Ḡ·Bᵀ and B̄ = Aᵀ·Ḡ on a 2×3 · 3×2 example', () => {
  // A = [1 2 3; 4 5 6], B = [7 8; 9 10; 11 12], Ḡ = [1 −1; 2 0.5]
  const A = Float64Array.of(1, 2, 3, 4, 5, 6);
  const B = Float64Array.of(7, 8, 9, 10, 11, 12);
  const out = new Float64Array(4);
  matmul(A, B, 2, 3, 2, out);
  expect(Array.from(out)).toEqual([58, 64, 139, 154]);
  const adj = { A: new Float64Array(6), B: new Float64Array(6), m: 0, k: 0, n: 0, out: Float64Array.of(1, -1, 2, 0.5) };
  matmul_vjp(A, B, 2, 3, 2, out, adj);
  // Ḡ·Bᵀ: row 1 = (7 − 8, 9 − 10, 11 − 12); row 2 = (14 + 4, 18 + 5, 22 + 6)
  expect(Array.from(adj.A)).toEqual([-1, -1, -1, 18, 23, 28]);
  // Aᵀ·Ḡ: row p = (A₁ₚ·1 + A₂ₚ·2, A₁ₚ·(−1) + A₂ₚ·0.5)
  expect(Array.from(adj.B)).toEqual([9, 1, 12, 0.5, 15, 0]);
  expect(Array.from(adj.out)).toEqual([0, 0, 0, 0]);
  // accumulating: a second call adds the same again
  adj.out.set([1, -1, 2, 0.5]);
  matmul_vjp(A, B, 2, 3, 2, out, adj);
  expect(Array.from(adj.A)).toEqual([-2, -2, -2, 36, 46, 56]);
  expect(Array.from(adj.B)).toEqual([18, 2, 24, 1, 30, 0]);
});
