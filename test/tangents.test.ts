/**
 * tsgrad/runtime's forward-mode derivatives (`name_jvp` beside `name` and `name_vjp`), which
 * generated `f_jvp`s call: for each, at a random point x of its domain along a random
 * direction t,
 * - the value is exactly the kernel's (its outputs too, for a kernel that writes `out`);
 * - the tangent (a number, or what it writes into tangent.out / .Q / .R) equals central
 *   differences (f(x + εt) − f(x − εt)) / 2ε;
 * - it is the transpose of the vjp: ⟨c, jvp(t)⟩ = ⟨vjp(c), t⟩ for a random cotangent c;
 * - a missing key is a zero direction for that input.
 */
import {
  cos_jvp, dot, dot_jvp, dot_vjp, logsumexp, logsumexp_jvp, logsumexp_vjp, matmul, matmul_jvp, matmul_vjp, matvec, matvec_jvp,
  matvec_vjp, pow_jvp, pow_vjp, qr, qr_jvp, qr_vjp, sigmoid, sigmoid_jvp, sigmoid_vjp, sin_jvp, softmax, softmax_jvp, softmax_vjp,
  sum, sum_jvp, sum_vjp, cos_vjp, sin_vjp,
} from '../runtime/index.js';
import { rng } from './support/fixtures.js';

type Point = Record<string, number | Float64Array>;
type Random = () => number;

interface Case {
  readonly name: string;
  sample(r: Random): Point;
  /** The outputs as one vector (a scalar's value, or the arrays written, concatenated). */
  value(x: Point): Float64Array;
  /** The jvp's value (or outputs) and tangent, along t (keys as x, some may be missing). */
  jvp(x: Point, t: Partial<Point>): { value: Float64Array; tangent: Float64Array };
  /** The vjp: the inputs' adjoints for the outputs' cotangent c. */
  vjp(x: Point, c: Float64Array): Point;
}

const vector = (r: Random, n: number, lo = -2, hi = 2) => Float64Array.from({ length: n }, () => lo + r() * (hi - lo));
const a = (x: Partial<Point>, k: string) => x[k] as Float64Array;
const n = (x: Partial<Point>, k: string) => x[k] as number;
const zerosLike = (x: Point): Point => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === 'number' ? 0 : new Float64Array(v.length)]));
const scalar = (j: { value: number; tangent: number }) => ({ value: Float64Array.of(j.value), tangent: Float64Array.of(j.tangent) });
const [M, N] = [3, 4];
const MM = { m: 2, k: 3, n: 4 };
const QR = { m: 5, n: 3 };

const cases: Case[] = [
  { name: 'sum', sample: (r) => ({ a: vector(r, 6) }), value: (x) => Float64Array.of(sum(a(x, 'a'))),
    jvp: (x, t) => scalar(sum_jvp(a(x, 'a'), t as { a?: Float64Array })),
    vjp: (x, c) => { const adj = zerosLike(x) as { a: Float64Array }; sum_vjp(a(x, 'a'), adj, c[0]); return adj; } },
  { name: 'dot', sample: (r) => ({ a: vector(r, 5), b: vector(r, 5) }), value: (x) => Float64Array.of(dot(a(x, 'a'), a(x, 'b'))),
    jvp: (x, t) => scalar(dot_jvp(a(x, 'a'), a(x, 'b'), t as { a?: Float64Array; b?: Float64Array })),
    vjp: (x, c) => { const adj = zerosLike(x) as { a: Float64Array; b: Float64Array }; dot_vjp(a(x, 'a'), a(x, 'b'), adj, c[0]); return adj; } },
  { name: 'logsumexp', sample: (r) => ({ a: vector(r, 5, -3, 3) }), value: (x) => Float64Array.of(logsumexp(a(x, 'a'))),
    jvp: (x, t) => scalar(logsumexp_jvp(a(x, 'a'), t as { a?: Float64Array })),
    vjp: (x, c) => { const adj = zerosLike(x) as { a: Float64Array }; logsumexp_vjp(a(x, 'a'), adj, c[0]); return adj; } },
  { name: 'sigmoid', sample: (r) => ({ x: -4 + 8 * r() }), value: (x) => Float64Array.of(sigmoid(n(x, 'x'))),
    jvp: (x, t) => scalar(sigmoid_jvp(n(x, 'x'), t as { x?: number })),
    vjp: (x, c) => { const adj = { x: 0 }; sigmoid_vjp(n(x, 'x'), adj, c[0]); return adj; } },
  { name: 'pow', sample: (r) => ({ x: 0.5 + 2 * r(), y: -2 + 4 * r() }), value: (x) => Float64Array.of(Math.pow(n(x, 'x'), n(x, 'y'))),
    jvp: (x, t) => scalar(pow_jvp(n(x, 'x'), n(x, 'y'), t as { x?: number; y?: number })),
    vjp: (x, c) => { const adj = { x: 0, y: 0 }; pow_vjp(n(x, 'x'), n(x, 'y'), adj, c[0]); return adj; } },
  { name: 'sin', sample: (r) => ({ x: -4 + 8 * r() }), value: (x) => Float64Array.of(Math.sin(n(x, 'x'))),
    jvp: (x, t) => scalar(sin_jvp(n(x, 'x'), t as { x?: number })),
    vjp: (x, c) => { const adj = { x: 0 }; sin_vjp(n(x, 'x'), adj, c[0]); return adj; } },
  { name: 'cos', sample: (r) => ({ x: -4 + 8 * r() }), value: (x) => Float64Array.of(Math.cos(n(x, 'x'))),
    jvp: (x, t) => scalar(cos_jvp(n(x, 'x'), t as { x?: number })),
    vjp: (x, c) => { const adj = { x: 0 }; cos_vjp(n(x, 'x'), adj, c[0]); return adj; } },
  { name: 'softmax', sample: (r) => ({ a: vector(r, 5, -3, 3) }),
    value: (x) => { const out = new Float64Array(5); softmax(a(x, 'a'), out); return out; },
    jvp: (x, t) => { const out = new Float64Array(5); const to = new Float64Array(5); softmax_jvp(a(x, 'a'), out, { ...t as { a?: Float64Array }, out: to }); return { value: out, tangent: to }; },
    vjp: (x, c) => { const adj = { a: new Float64Array(5), out: c.slice() }; softmax_vjp(a(x, 'a'), new Float64Array(5), adj); return { a: adj.a }; } },
  { name: 'matvec', sample: (r) => ({ A: vector(r, M * N), x: vector(r, N) }),
    value: (x) => { const out = new Float64Array(M); matvec(a(x, 'A'), a(x, 'x'), out); return out; },
    jvp: (x, t) => { const out = new Float64Array(M); const to = new Float64Array(M); matvec_jvp(a(x, 'A'), a(x, 'x'), out, { ...t as { A?: Float64Array; x?: Float64Array }, out: to }); return { value: out, tangent: to }; },
    vjp: (x, c) => { const adj = { A: new Float64Array(M * N), x: new Float64Array(N), out: c.slice() }; matvec_vjp(a(x, 'A'), a(x, 'x'), new Float64Array(M), adj); return { A: adj.A, x: adj.x }; } },
  { name: 'matmul', sample: (r) => ({ A: vector(r, MM.m * MM.k), B: vector(r, MM.k * MM.n) }),
    value: (x) => { const out = new Float64Array(MM.m * MM.n); matmul(a(x, 'A'), a(x, 'B'), MM.m, MM.k, MM.n, out); return out; },
    jvp: (x, t) => {
      const out = new Float64Array(MM.m * MM.n);
      const to = new Float64Array(MM.m * MM.n);
      matmul_jvp(a(x, 'A'), a(x, 'B'), MM.m, MM.k, MM.n, out, { ...t as { A?: Float64Array; B?: Float64Array }, out: to });
      return { value: out, tangent: to };
    },
    vjp: (x, c) => {
      const adj = { A: new Float64Array(MM.m * MM.k), B: new Float64Array(MM.k * MM.n), m: 0, k: 0, n: 0, out: c.slice() };
      matmul_vjp(a(x, 'A'), a(x, 'B'), MM.m, MM.k, MM.n, new Float64Array(MM.m * MM.n), adj);
      return { A: adj.A, B: adj.B };
    } },
  { name: 'qr', sample: (r) => ({ A: vector(r, QR.m * QR.n) }),
    value: (x) => { const Q = new Float64Array(QR.m * QR.n); const R = new Float64Array(QR.n * QR.n); qr(a(x, 'A'), QR.m, QR.n, Q, R); return Float64Array.of(...Q, ...R); },
    jvp: (x, t) => {
      const [Q, R, tQ, tR] = [new Float64Array(QR.m * QR.n), new Float64Array(QR.n * QR.n), new Float64Array(QR.m * QR.n), new Float64Array(QR.n * QR.n)];
      qr_jvp(a(x, 'A'), QR.m, QR.n, Q, R, { ...t as { A?: Float64Array }, Q: tQ, R: tR });
      return { value: Float64Array.of(...Q, ...R), tangent: Float64Array.of(...tQ, ...tR) };
    },
    vjp: (x, c) => {
      const adj = { A: new Float64Array(QR.m * QR.n), m: 0, n: 0, Q: c.slice(0, QR.m * QR.n), R: c.slice(QR.m * QR.n) };
      qr_vjp(a(x, 'A'), QR.m, QR.n, new Float64Array(QR.m * QR.n), new Float64Array(QR.n * QR.n), adj);
      return { A: adj.A };
    } },
];

const close = (x: number, y: number, tol: number) => Math.abs(x - y) <= tol * Math.max(1, Math.abs(x), Math.abs(y));

describe.each(cases.map((c) => [c.name, c] as const))('%s_jvp', (_name, c) => {
  test('value exact, tangent = central differences, the transpose of the vjp, a missing key zero', () => {
    const random = rng(0x7a9 + c.name.length);
    for (let point = 0; point < 4; point++) {
      const x = c.sample(random);
      const t: Point = Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === 'number' ? random() * 2 - 1 : vector(random, v.length, -1, 1)]));
      const j = c.jvp(x, t);
      expect(Array.from(j.value)).toEqual(Array.from(c.value(x)));
      const eps = 1e-6;
      const moved = (s: number) => c.value(Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === 'number' ? v + s * (t[k] as number) : v.map((vi, i) => vi + s * (t[k] as Float64Array)[i]!)])));
      const plus = moved(eps);
      const minus = moved(-eps);
      plus.forEach((p, i) => expect(close(j.tangent[i]!, (p - minus[i]!) / (2 * eps), 1e-6)).toBe(true));
      // ⟨c, jvp(t)⟩ = ⟨vjp(c), t⟩
      const cot = vector(random, j.tangent.length, -1, 1);
      const pulled = c.vjp(x, cot);
      let lhs = 0;
      j.tangent.forEach((ti, i) => { lhs += cot[i]! * ti; });
      let rhs = 0;
      for (const [k, v] of Object.entries(t)) {
        const g = pulled[k]!;
        if (typeof v === 'number') rhs += (g as number) * v;
        else v.forEach((vi, i) => { rhs += (g as Float64Array)[i]! * vi; });
      }
      expect(close(lhs, rhs, 1e-10)).toBe(true);
      // one input's direction only: the others' keys missing
      const [first, ...rest] = Object.keys(t);
      const only = c.jvp(x, { [first!]: t[first!] });
      const without = c.jvp(x, Object.fromEntries(rest.map((k) => [k, t[k]!])));
      only.tangent.forEach((o, i) => expect(close(o + without.tangent[i]!, j.tangent[i]!, 1e-12)).toBe(true));
    }
  });
});
