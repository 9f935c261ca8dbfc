/**
 * Second order beyond what every fixture gets (test/fixtures.test.ts checks each f_hvp against
 * differences of f_grad, and each f_hessian's symmetry):
 * - a callee's second-order form `g_vjpInOut_d` (second/index.ts) is the derivative of
 *   `g_vjpInOut` along its inputs, its seed and the adjoints it is given, against central
 *   differences of g_vjpInOut itself, and does what g_vjpInOut does, bit for bit;
 * - values stored into a Float32Array (seed 9104417 #11198): f_hvp against the Hessian by hand
 *   (the store's rounding taken with derivative 1, as f_grad takes it), to rounding, along a
 *   direction that single precision cannot hold; differences of f_grad confirm it with steps far
 *   above a Float32 ulp, and are off with the steps the fuzzer took;
 * - a function whose callee's vjp cannot be differentiated again says which, and why.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import { runtimeHelpers } from '../compiler/ir/names.js';
import { ownCallInUserTerms } from '../compiler/second/index.js';
import { helperTerms, runtimeTerms } from '../compiler/second/refusals.js';
import { type RuntimeFn, type RuntimeHelper, type TExpr, type TRole, type TVar, call, eachExprIn, fnCallee, helperCall, mathCall, methodCall, name, num, ref, scheduleCall, tape as tapeOp } from '../compiler/ir/target.js';
import { loadProgram } from '../compiler/frontend/index.js';
import { analyzed, link } from '../compiler/link/index.js';
import { reverseFunction } from '../compiler/reverse/index.js';
import { forwardVjpBody, singleActiveInput } from '../compiler/forward/vjp.js';
import { shiftAndSum_vjpInOut, shiftAndSum_vjpInOut_d, tripleInto_vjpInOut, tripleInto_vjpInOut_d } from '../fixtures/calls/written_param_helpers/helpers.grad.js';
import { fuzzed_grad, fuzzed_hvp, stored_hvp } from '../fixtures/second/float32_store/input.grad.js';
import { rng } from './support/fixtures.js';
import { tape } from '../runtime/index.js';

type Adj = Record<string, number | Float64Array>;
const random = rng(0x5ec0);
const vector = (n: number) => Float64Array.from({ length: n }, () => random() * 2 - 1);
const copy = (a: Adj): Adj => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'number' ? v : v.slice()]));
const flat = (a: Adj): number[] => Object.keys(a).sort().flatMap((k) => { const v = a[k]!; return typeof v === 'number' ? [v] : Array.from(v); });

describe("a callee's g_vjpInOut_d", () => {
  /**
   * `vjp(inputs, adj, seed)` at inputs + ε·t, adj + ε·adj_d, seed + ε·seed_d: the central
   * difference of what it leaves in adj is what `vjp_d` leaves in adj_d (each function is
   * polynomial of degree ≤ 2 in ε here, so the difference is exact up to rounding).
   */
  const check = (
    vjp: (x: Float64Array, y: Float64Array | number, adj: Adj, seed: number) => number,
    vjpD: (x: Float64Array, y: Float64Array | number, t: Adj, adj: Adj, adjD: Adj, seed: number, seedD: number) => number,
    x: Float64Array, y: Float64Array | number, t: Adj, adj: Adj, adjD: Adj,
  ) => {
    const seed = random() + 0.5;
    const seedD = random() * 2 - 1;
    const at = (eps: number): { adj: Adj; value: number } => {
      const step = (v: Float64Array | number, d: Float64Array | number | undefined) =>
        typeof v === 'number' ? v + eps * ((d as number | undefined) ?? 0) : v.map((e, i) => e + eps * ((d as Float64Array | undefined)?.[i] ?? 0));
      const keys = Object.keys(adj);
      const a = Object.fromEntries(keys.map((k) => [k, step(adj[k]!, adjD[k])])) as Adj;
      const value = vjp(step(x, t[keys[0]!]) as Float64Array, step(y, t[keys[1]!]), a, seed + eps * seedD);
      return { adj: a, value };
    };
    const h = 1e-4;
    const plus = flat(at(h).adj);
    const minus = flat(at(-h).adj);
    const a = copy(adj);
    const aD = copy(adjD);
    const xs = x.slice();
    const ys = typeof y === 'number' ? y : y.slice();
    const value = vjpD(xs, ys, t, a, aD, seed, seedD);
    // the same primal work: value, adjoints and arrays bit-equal to g_vjpInOut's
    const plain = copy(adj);
    const xp = x.slice();
    const yp = typeof y === 'number' ? y : y.slice();
    expect(value).toBe(vjp(xp, yp, plain, seed));
    expect(flat(a)).toEqual(flat(plain));
    expect(Array.from(xs)).toEqual(Array.from(xp));
    if (typeof ys !== 'number') expect(Array.from(ys)).toEqual(Array.from(yp as Float64Array));
    const want = plus.map((p, i) => (p - minus[i]!) / (2 * h));
    flat(aD).forEach((d, i) => expect(d).toBeCloseTo(want[i]!, 8));
    expect(tape.top).toBe(0);
  };

  test('shiftAndSum (reads and writes z, returns a number), from another module', () => {
    for (let k = 0; k < 3; k++) {
      const n = 4;
      check(
        shiftAndSum_vjpInOut as never, shiftAndSum_vjpInOut_d as never,
        vector(n), random() * 2 - 1, { z: vector(n), a: random() * 2 - 1 },
        { z: vector(n), a: random() }, { z: vector(n), a: random() },
      );
    }
  });

  test('tripleInto (only writes out)', () => {
    for (let k = 0; k < 3; k++) {
      const n = 3;
      check(
        tripleInto_vjpInOut as never, tripleInto_vjpInOut_d as never,
        vector(n), vector(n), { v: vector(n), out: vector(n) },
        { v: vector(n), out: vector(n) }, { v: vector(n), out: vector(n) },
      );
    }
  });
});

describe('values stored into a Float32Array (seed 9104417 #11198)', () => {
  // f = 2c + g(y) + u with u = fround(z₁) (the store, derivative 1), c = a − 0.640625,
  // y = 0.53125·z₁ + u·c, g(y) = y − sinh(tanh y), z₁ = z + 4·1.890625·(−1.294921875)
  const g1 = (y: number) => { const t = Math.tanh(y); return 1 - Math.cosh(t) * (1 - t * t); };
  const g2 = (y: number) => { const t = Math.tanh(y); const s = 1 - t * t; return -Math.sinh(t) * s * s + 2 * Math.cosh(t) * s * t; };
  const byHand = (a: number, z: number, v: { a: number; z: number }, steps = 4) => {
    let z1 = z;
    for (let k = 0; k < steps; k++) z1 += 1.890625 * (-0.796875 * 1.625);
    const u = Math.fround(z1);
    const c = a - 0.640625;
    const y = 0.53125 * z1 + u * c;
    const k = 0.53125 + c;
    const haa = g2(y) * u * u;
    const haz = g2(y) * u * k + g1(y);
    const hzz = g2(y) * k * k;
    return { a: haa * v.a + haz * v.z, z: haz * v.a + hzz * v.z };
  };
  const z = 1.3446788834407926;

  test("f_hvp is the Hessian by hand, to rounding: the fuzzer's 1.69799", () => {
    const r = fuzzed_hvp(0, z, { a: 0, z: 1.625 });
    expect(r.hvp.a).toBeCloseTo(1.69799, 5);
    const want = byHand(0, z, { a: 0, z: 1.625 });
    expect(Math.abs(r.hvp.a - want.a)).toBeLessThan(1e-12 * Math.abs(want.a));
    expect(Math.abs(r.hvp.z - want.z)).toBeLessThan(1e-12 * Math.abs(want.z) + 1e-15);
  });

  test('the tangents of the stored values keep double precision', () => {
    // (0.1 is not a Float32 value: a tangent array of Float32 would round it, an error of 1e-9 here)
    for (const [a, zz] of [[0.2, z], [-0.3, 2.5], [0.1, 9.8]] as const) {
      const v = { a: 0.3, z: 0.1 };
      const r = fuzzed_hvp(a, zz, v);
      const want = byHand(a, zz, v);
      expect(Math.abs(r.hvp.a - want.a)).toBeLessThan(1e-13 * (1 + Math.abs(want.a)));
      expect(Math.abs(r.hvp.z - want.z)).toBeLessThan(1e-13 * (1 + Math.abs(want.z)));
    }
    // stored(a, x) is the same function without the loop
    const s = stored_hvp(0.25, 0.7, { a: 0.1, x: 0.1 });
    const want = byHand(0.25, 0.7, { a: 0.1, z: 0.1 }, 0);
    expect(Math.abs(s.hvp.a - want.a)).toBeLessThan(1e-13 * (1 + Math.abs(want.a)));
    expect(Math.abs(s.hvp.x - want.z)).toBeLessThan(1e-13 * (1 + Math.abs(want.z)));
  });

  test('differences of f_grad: steps far above a Float32 ulp confirm f_hvp; the steps of a few hundred ulps are off', () => {
    const want = fuzzed_hvp(0, z, { a: 0, z: 1.625 }).hvp.a;
    const diff = (h: number) => (fuzzed_grad(0, z + h * 1.625).grad.a - fuzzed_grad(0, z - h * 1.625).grad.a) / (2 * h);
    const extrapolated = (h: number) => (4 * diff(h / 2) - diff(h)) / 3;
    // (the gradient is a staircase of steps one Float32 ulp (2^-20 here) wide, about a line of slope f_hvp)
    expect(Math.abs(extrapolated(1e-2) - want)).toBeLessThan(1e-3 * Math.abs(want));
    expect(Math.abs(diff(1e-3) - want)).toBeLessThan(1e-3 * Math.abs(want));
    // the fuzzer's steps: 2h·1.625 is 340.8 ulps (h = 1e-4) and 34.08 (h = 1e-5), of which the
    // differences count 340 and 34, the same fraction: 1.68230 both times
    expect(diff(1e-4)).toBeCloseTo(1.68230, 4);
    expect(diff(1e-5)).toBeCloseTo(1.68230, 4);
  });
});

describe('notes', () => {
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'tsgrad-second-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("a callee whose vjp calls a registered derivative: the note names both", () => {
    const file = join(dir, 'input.ts');
    writeFileSync(file, [
      'export function inner(x: number): number { return Math.exp(x); }',
      'export function inner_vjp(x: number, adj: { x: number }, seed = 1): number { const y = Math.exp(x); adj.x += seed * y; return y; }',
      '/** @noinline */',
      'function helper(x: number): number { return inner(x) * x; }',
      // (c keeps outer in reverse mode, whose split-mode call this is about: a function of one
      // active number gets its vjp in forward mode, compiler/forward/vjp.ts)
      'export function outer(x: number, c: number): number { let s = 0; for (let i = 0; i < 3; i++) s += helper(x + i); return s * c; }',
      'export function direct(x: number): number { return inner(x) + x * x; }',
    ].join('\n'));
    const r = compileFiles([file]).find((x) => x.sourceFile === file)!;
    expect(r.diagnostics).toEqual([]);
    const notes = r.notes.filter((n) => n.code === 'TSG2005').map((n) => n.message);
    expect(notes).toContainEqual(expect.stringMatching(/^'direct' gets no hvp \(second order\): it calls 'inner', whose derivative is registered \(inner_vjp\) without a second-order form/));
    expect(notes).toContainEqual(expect.stringMatching(/^'outer' gets no hvp \(second order\): it calls 'helper', whose split-mode forward half f_hvp cannot differentiate: it calls 'inner', whose derivative is registered \(inner_vjp\)/));
    // (helper's forms are not emitted for nobody)
    expect(r.code).not.toMatch(/helper_(vjp|fwd|rev)_d/);
  });
});

// trial21: TSG2005 said a function that swaps arrays "calls 'f64Zeros', a function of
// tsgrad/runtime": a name of the generated code, which the user never wrote.
describe("notes name none of the generated code's own helpers", () => {
  /** A derivative variable a sweep would make (`v_b`, the adjoint of an array v). */
  const made = (n: string, role: TRole): TVar => ({ name: n, role, type: 'f64[]', of: { name: n.slice(0, -2), type: 'f64[]', kind: 'param', mutable: false } });
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'tsgrad-second-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("every runtime helper of the generated code (not a kernel the user may call) is told in the user's terms", () => {
    // (each name the generated code imports for itself is a RuntimeFn, a RuntimeHelper, the tape,
    // whose operations are TapeOps, or f_hessian's denseHessian and the copies of arrays of rows
    // in and out, which only emit/ calls: emit/rows.ts)
    const described = new Set([...Object.keys(runtimeTerms), ...Object.keys(helperTerms), 'tape', 'denseHessian', 'rowStarts', 'flatRows', 'addRows', 'rowsOf', 'listRows', 'flatKey']);
    expect([...runtimeHelpers].filter((n) => !described.has(n))).toEqual([]);
    // ('sum' is also a kernel the user imports: its name is theirs)
    const own = [...runtimeHelpers].filter((n) => n !== 'sum');
    expect(own).toEqual(expect.arrayContaining(['f64Zeros', 'restore', 'tape', 'adjointOf', 'revolve']));
    const calls: (TExpr & { k: 'call' | 'runtime' | 'tape' })[] = [
      ...(Object.keys(runtimeTerms) as RuntimeFn[]).map((fn) => ({ k: 'runtime', fn, args: [name('n')] }) as const),
      ...(Object.keys(helperTerms) as RuntimeHelper[]).filter((fn) => fn !== 'sum').map((fn) => ({ k: 'call', callee: { k: 'helper', fn }, args: [name('x')] }) as const),
      tapeOp('pushRef', name('xs')) as TExpr & { k: 'tape' }, tapeOp('pop') as TExpr & { k: 'tape' },
      scheduleCall('next', name('checkpoints')) as TExpr & { k: 'call' },
      methodCall('copyWithin', ref(made('v_b', 'adjoint')), num(0), num(1)) as TExpr & { k: 'call' },
      methodCall('reverse', ref(made('x_d', 'tangent'))) as TExpr & { k: 'call' },
    ];
    for (const e of calls) {
      const terms = ownCallInUserTerms(e);
      expect(terms).toEqual(expect.any(String));
      for (const helper of own) expect(terms).not.toMatch(new RegExp(`\\b${helper}\\b`));
      expect(terms).not.toMatch(/\b\w+_[bd]\b/);
    }
    expect(ownCallInUserTerms({ k: 'runtime', fn: 'f64Zeros', args: [name('n')] })).toBe('allocates the zeroed adjoint of an array the function creates (new Float64Array(n)) or rebinds');
    // a call the user wrote keeps its name (the note says 'sum' or 'helper', which the user knows)
    const users = [helperCall('sum', name('xs')), call(fnCallee('dot', 'primal', { runtime: true }), name('a'), name('b')), call(fnCallee('qr', 'vjp', { runtime: true }), name('a')),
      call(fnCallee('helper'), name('x')), mathCall('exp', name('x')), methodCall('slice', name('xs')), methodCall('slice', call(fnCallee('helper'), name('x')))];
    // (and an array named like a derivative that no sweep made is the user's)
    for (const e of [...users, methodCall('copyWithin', name('v_b'), num(0), num(1))]) expect(ownCallInUserTerms(e as TExpr & { k: 'call' })).toBeUndefined();
  });

  /** `source` written to a module of its own and linked; its function `name` once inlined. */
  const linkedFunction = (source: string, name: string) => {
    const file = join(dir, 'input.ts');
    writeFileSync(file, source);
    const m = link(loadProgram([file]), [file], undefined).modules.get(resolve(file))!;
    return { m, fn: m.funcs.get(name)! };
  };

  test('an adjoint array is one the reverse sweep made, whatever its spelling', () => {
    // (ys_b is the user's: its adjoint is ys_b_b, and ys's cannot be ys_b)
    const { m, fn } = linkedFunction('export function f(ys_b: Float64Array, ys: Float64Array): number { let s = 0; for (let i = 0; i < ys.length; i++) s += Math.sin(ys_b[i]! * ys[i]!); return s; }\n', 'f');
    const a = reverseFunction(fn, analyzed(m, fn).active);
    const read = new Map<string, TExpr & { k: 'name' }>();
    eachExprIn(a.body, (x) => { if (x.k === 'name') read.set(x.name, x); });
    // (the adjoint arrays, read as the variables the sweep made: of ys_b and of ys)
    for (const [n, of] of [['ys_b_b', 'ys_b'], ['ys_b_1', 'ys']]) {
      const x = read.get(n!)!;
      expect([x.v?.role, x.v?.of?.name]).toEqual(['adjoint', of]);
      expect(ownCallInUserTerms(methodCall('copyWithin', x, num(0), num(1)) as TExpr & { k: 'call' })).toBe("calls the array method '.copyWithin' on an adjoint or tangent array");
    }
    // (ys_b itself is the primal variable, by identity too)
    expect([read.get('ys_b')!.v?.role, read.get('ys_b')!.v?.of?.name]).toEqual(['primal', 'ys_b']);
    expect(ownCallInUserTerms(methodCall('copyWithin', read.get('ys_b')!, num(0), num(1)) as TExpr & { k: 'call' })).toBeUndefined();
  });

  test("a forward-mode vjp's tangent arrays are the ones its sweep named", () => {
    const { m, fn } = linkedFunction('export function g(x: number, n: number): number { const a = new Float64Array(n); for (let i = 0; i < n; i++) a[i] = Math.sin(x * i); return a[n - 1]!; }\n', 'g');
    const { active } = analyzed(m, fn);
    const input = singleActiveInput(fn, active, () => true)!;
    expect(input.name).toBe('x');
    const body = forwardVjpBody(fn, active, input, m.file, () => []);
    const tangents = new Map<string, TVar>();
    eachExprIn(body, (x) => { if (x.k === 'name' && x.v?.role === 'tangent') tangents.set(x.name, x.v); });
    expect(tangents.get('a_d')?.of?.name).toBe('a');
    expect(tangents.get('a_d')?.type).toBe('f64[]');
    expect(ownCallInUserTerms(methodCall('reverse', ref(tangents.get('a_d')!)) as TExpr & { k: 'call' })).toBe("calls the array method '.reverse' on an adjoint or tangent array");
  });
});
