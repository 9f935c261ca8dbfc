/**
 * Reverse loops over rows run two or four rows at a time (compiler/reverse/jam.ts), and inner reverse
 * loops whose every addition is scaled by a zero-tested adjoint run only when it is not 0. The
 * shape of the code, and the gradient against the analytic one for row counts that leave an
 * odd row over or none, rows whose adjoint is 0 (relu units that are off) among them.
 */
import { Names } from '../compiler/ir/names.js';
import {
  type TExpr, type TStmt, type TVar, bin, declare, eachExprIn, eachStmt, index, local, num, ref, tvar, update,
} from '../compiler/ir/target.js';
import type { Var } from '../compiler/ir/types.js';
import { jamRows } from '../compiler/reverse/jam.js';
import { tape } from '../runtime/index.js';
import { compileSource } from './support/compile.js';
import { scratchDirectory } from './support/scratch.js';

const scratch = scratchDirectory('tsgrad-jam-');

type Grad = (W: Float64Array, x: Float64Array) => { value: number; grad: { W: Float64Array; x: Float64Array } };

/** Compiles `source` and loads it and its generated module from this test's directory. */
function load(source: string): { g: Record<string, unknown>; code: string } {
  const r = compileSource(source);
  if (!r.code) throw new Error(JSON.stringify(r.diagnostics, null, 2));
  scratch.put('input.ts', source);
  const file = scratch.put('input.grad.ts', r.code);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { g: require(file), code: r.code };
}

/** One exported function's text in generated code. */
const fnText = (code: string, name: string) => {
  const at = code.indexOf(`export function ${name}(`);
  const end = code.indexOf('\nexport function', at + 1);
  return code.slice(at, end < 0 ? undefined : end);
};

const layer = (activation: string) => `
  export function f(W: Float64Array, x: Float64Array): number {
    const n = x.length;
    const rows = W.length / n;
    let total = 0;
    for (let i = 0; i < rows; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += W[i * n + j] * x[j];
      total += ${activation};
    }
    // (not the sum itself: a final loop that only adds into the result is fused with its reverse
    // instead, row by row, fusion.ts; this loop's reverse needs total's adjoint, known after it)
    return 0.5 * total * total;
  }`;

function inputs(rows: number, n: number, negativeRows: ReadonlySet<number> = new Set()) {
  const W = new Float64Array(rows * n);
  const x = new Float64Array(n);
  for (let j = 0; j < n; j++) x[j] = 0.5 + 0.1 * j;
  for (let i = 0; i < rows; i++) for (let j = 0; j < n; j++) W[i * n + j] = (negativeRows.has(i) ? -1 : 1) * (0.2 + 0.03 * ((i * 7 + j * 3) % 11));
  return { W, x };
}

/** The gradient of ½ (Σ_i act(W_i · x))², act and act' of the row's pre-activation. */
function analytic(W: Float64Array, x: Float64Array, act: (s: number) => number, derivative: (s: number) => number) {
  const n = x.length;
  const gW = new Float64Array(W.length);
  const gx = new Float64Array(n);
  const pre = (i: number) => { let s = 0; for (let j = 0; j < n; j++) s += W[i * n + j]! * x[j]!; return s; };
  let total = 0;
  for (let i = 0; i < W.length / n; i++) total += act(pre(i));
  for (let i = 0; i < W.length / n; i++) {
    const d = total * derivative(pre(i));
    for (let j = 0; j < n; j++) { gW[i * n + j] = d * x[j]!; gx[j]! += d * W[i * n + j]!; }
  }
  return { W: gW, x: gx };
}

const close = (a: Float64Array, b: Float64Array) => {
  expect(a.length).toBe(b.length);
  for (let k = 0; k < a.length; k++) expect(Math.abs(a[k]! - b[k]!)).toBeLessThanOrEqual(1e-13 * (1 + Math.abs(b[k]!)));
};

test('the reverse of a matrix-vector product runs four rows per pass over x, the rows left over alone after', () => {
  const { g, code } = load(layer('Math.tanh(s)'));
  const vjp = fnText(code, 'f_vjp');
  expect(vjp).toMatch(/unroll-and-jam\): i, i_1 = i - 1, i_2 = i - 2 and i_3 = i - 3 share one pass of the loop over j/);
  expect(vjp).toMatch(/while \(i - 3 >= 0\) \{\n\s*const i_1 = i - 1;\n\s*const i_2 = i - 2;\n\s*const i_3 = i - 3;/);
  // x[j] loaded once for the four rows; their terms added into x_b[j] in one load and store, in order
  expect(vjp.match(/= x\[j\]!;/g)!.length).toBe(3); // the forward loop, the fused pass, the rows left over
  expect(vjp).toMatch(/x_b\[j\]! = x_b\[j\]! \+ t(\d+)_b \+ t\1_b_1 \+ t\1_b_2 \+ t\1_b_3;/);
  expect(vjp).toMatch(/while \(i >= 0\) \{/);
  for (const rows of [0, 1, 2, 3, 4, 5, 6, 7, 8, 11]) {
    const { W, x } = inputs(rows, 5);
    tape.top = 0;
    const r = (g.f_grad as Grad)(W, x);
    expect(tape.top).toBe(0);
    const want = analytic(W, x, Math.tanh, (s) => 1 - Math.tanh(s) ** 2);
    close(r.grad.W, want.W);
    close(r.grad.x, want.x);
  }
});

test('rows whose adjoint is 0 (relu units that are off) skip the pass over x; a pass with such a row runs the others alone', () => {
  const { g, code } = load(layer('s > 0 ? s : 0'));
  const vjp = fnText(code, 'f_vjp');
  expect(vjp).toMatch(/if \(s_b !== 0 && s_b_1 !== 0 && s_b_2 !== 0 && s_b_3 !== 0\) \{/);
  expect(vjp).toMatch(/a row whose adjoint is 0 adds nothing: the others run alone\n\s*if \(s_b !== 0\) for .*\n(.*\n)*?\s*if \(s_b_1 !== 0\) for /);
  // the odd row: its loop behind one test, without the per-element tests
  expect(vjp).toMatch(/if \(s_b !== 0\) for \(let j = /);
  expect(vjp).not.toMatch(/=== 0 \? 0 :/);
  for (const [rows, off] of [[4, [1]], [4, [0, 1]], [5, [4]], [5, [0, 2, 3]], [3, [0, 1, 2]], [6, []], [8, [2, 5]], [9, [0, 3, 8]]] as const) {
    const { W, x } = inputs(rows, 4, new Set(off));
    tape.top = 0;
    const r = (g.f_grad as Grad)(W, x);
    expect(tape.top).toBe(0);
    const want = analytic(W, x, (s) => (s > 0 ? s : 0), (s) => (s > 0 ? 1 : 0));
    close(r.grad.W, want.W);
    close(r.grad.x, want.x);
    for (const i of off) for (let j = 0; j < 4; j++) expect(r.grad.W[i * 4 + j]).toBe(0);
  }
});

test('f_hvp differentiates the code before these rewrites: its tangents are not 0 where the adjoint is', () => {
  const { g, code } = load(layer('s > 0 ? s * s : 0'));
  expect(fnText(code, 'f_vjp')).toMatch(/unroll-and-jam/);
  const hvp = fnText(code, 'f_hvp');
  expect(hvp).not.toMatch(/unroll-and-jam/);
  // f = ½ T², T = Σ relu(s_i)²: ∂²f/∂W_0j∂W_0k = g_j g_k + T · 2 x_j x_k with g_j = ∂T/∂W_0j = 2 s_0 x_j,
  // and 0 on a dead row's block (row 1); along v = e_W[0] (row 0 live), hvp.W[k] = ∂²f/∂W_0k∂W_00
  const { W, x } = inputs(3, 3, new Set([1]));
  const v = new Float64Array(W.length);
  v[0] = 1;
  const r = (g.f_hvp as (W: Float64Array, x: Float64Array, v: { W: Float64Array }) => { hvp: { W: Float64Array } })(W, x, { W: v });
  const pre = (i: number) => W[i * 3]! * x[0]! + W[i * 3 + 1]! * x[1]! + W[i * 3 + 2]! * x[2]!;
  const live = (i: number) => (pre(i) > 0 ? pre(i) : 0);
  const T = live(0) ** 2 + live(1) ** 2 + live(2) ** 2;
  const gradT = (i: number, k: number) => 2 * live(i) * x[k]!;
  for (let k = 0; k < 9; k++) {
    const i = Math.floor(k / 3), kk = k % 3;
    const want = gradT(i, kk) * gradT(0, 0) + (i === 0 ? T * 2 * x[kk]! * x[0]! : 0);
    expect(r.hvp.W[k]).toBeCloseTo(want, 12);
  }
  for (let k = 3; k < 6; k++) expect(r.hvp.W[k]).toBe(0);
});

test('an inner loop that takes values off the tape is neither jammed nor skipped', () => {
  const { g, code } = load(`
    export function f(W: Float64Array, x: Float64Array): number {
      const n = x.length;
      let total = 0;
      for (let i = 0; i < W.length / n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s = s > 1 ? s * 0.5 + W[i * n + j] * x[j] : s + W[i * n + j] * x[j];
        total += s;
      }
      return total;
    }`);
  const vjp = fnText(code, 'f_vjp');
  expect(vjp).not.toMatch(/unroll-and-jam/);
  const { W, x } = inputs(5, 4);
  tape.top = 0;
  const r = (g.f_grad as Grad)(W, x);
  expect(tape.top).toBe(0);
  // central differences on a few coordinates
  const f = (W2: Float64Array) => { const n = 4; let t = 0; for (let i = 0; i < 5; i++) { let s = 0; for (let j = 0; j < n; j++) s = s > 1 ? s * 0.5 + W2[i * n + j]! * x[j]! : s + W2[i * n + j]! * x[j]!; t += s; } return t; };
  for (const k of [0, 5, 19]) {
    const p = W.slice(); p[k]! += 1e-6;
    const m = W.slice(); m[k]! -= 1e-6;
    expect(r.grad.W[k]).toBeCloseTo((f(p) - f(m)) / 2e-6, 6);
  }
});

const twoProducts = (second: string) => `
  export function f(W: Float64Array, U: Float64Array, x: Float64Array, z: Float64Array): number {
    const n = x.length;
    const m = z.length;
    let total = 0;
    for (let i = 0; i < W.length / n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += W[i * n + j] * x[j];
      for (let j = 0; j < m; j++) s += ${second};
      total += Math.tanh(s);
    }
    return 0.5 * total * total;
  }`;

type Grad4 = (W: Float64Array, U: Float64Array, x: Float64Array, z: Float64Array) => { grad: Record<'W' | 'U' | 'x' | 'z', Float64Array> };
type Hvp4 = (W: Float64Array, U: Float64Array, x: Float64Array, z: Float64Array, v: Record<string, Float64Array>) => { grad: Record<'W' | 'U' | 'x' | 'z', Float64Array> };

/** f_grad's gradient, bit for bit f_hvp's (which differentiates the code before jamming), for 0 to 9 rows. */
function sameAsUnjammed(g: Record<string, unknown>, m: number) {
  for (const rows of [0, 1, 3, 4, 6, 9]) {
    const n = 5;
    const W = new Float64Array(rows * n).map((_, k) => Math.sin(k + 1) * 0.4);
    const U = new Float64Array(rows * m).map((_, k) => Math.cos(3 * k + 1) * 0.3);
    const x = new Float64Array(n).map((_, k) => 0.3 + 0.17 * k);
    const z = new Float64Array(m).map((_, k) => -0.2 + 0.11 * k);
    tape.top = 0;
    const r = (g.f_grad as Grad4)(W, U, x, z);
    expect(tape.top).toBe(0);
    const zeros = { W: new Float64Array(W.length), U: new Float64Array(U.length), x: new Float64Array(n), z: new Float64Array(m) };
    const h = (g.f_hvp as Hvp4)(W, U, x, z, zeros);
    for (const k of ['W', 'U', 'x', 'z'] as const) expect(Array.from(r.grad[k])).toEqual(Array.from(h.grad[k]));
  }
}

test('a row of two products (an Elman step, Wh·h and Wx·x) runs each product four rows per pass, additions in order', () => {
  const { g, code } = load(twoProducts('U[i * m + j] * z[j]'));
  const vjp = fnText(code, 'f_vjp');
  expect(vjp).toMatch(/four iterations of this loop at a time \(unroll-and-jam\): i, .* share one pass of the loops over j_1 and j,/);
  expect(vjp).toMatch(/z_b\[j_1\]! = z_b\[j_1\]! \+ t(\d+)_b \+ t\1_b_1 \+ t\1_b_2 \+ t\1_b_3;/);
  expect(vjp).toMatch(/x_b\[j\]! = x_b\[j\]! \+ t(\d+)_b \+ t\1_b_1 \+ t\1_b_2 \+ t\1_b_3;/);
  sameAsUnjammed(g, 4);
});

test('two products adding into one adjoint array are not jammed: the rows would add into x_b in another order', () => {
  const { g, code } = load(twoProducts('U[i * m + j] * x[j]'));
  expect(fnText(code, 'f_vjp')).not.toMatch(/unroll-and-jam/);
  sameAsUnjammed(g, 5);
});

describe('on the adjoint IR: rows are told apart by variable', () => {
  const param = (n: string, type: Var['type']): Var => ({ name: n, type, kind: 'param', mutable: false });
  const [W, x, h, n] = [param('W', 'f64[]'), param('x', 'f64[]'), param('h', 'f64[]'), param('n', 'int')];
  const xB = tvar('x_b', 'adjoint', 'f64[]', x);
  const hB = tvar('h_b', 'adjoint', 'f64[]', h);
  const nv = tvar('n', 'primal', 'int', n);
  const Wv = tvar('W', 'primal', 'f64[]', W);
  const down = (v: TVar, body: TStmt[]): TStmt => ({
    k: 'for', init: declare('let', v, bin('-', ref(nv), num(1))), test: bin('>=', ref(v), num(0)), update: update(v, '-=', 1), body,
  });
  /** for (i…) { const s_b = h_b[i]; for (j…) x_b[j] += <read> * W[i*n + j] }, where <read> is `read` of the row's s_b. */
  const rows = (read: (sB: TVar) => TVar): TStmt[] => {
    const [i, j] = [local('i', 'int'), local('j', 'int')];
    const sB = tvar('s_b', 'adjoint', 'f64', param('s', 'f64'));
    const term: TExpr = bin('*', ref(read(sB)), index(ref(Wv), bin('+', bin('*', ref(i), ref(nv)), ref(j))));
    return [down(i, [declare('const', sB, index(ref(hB), ref(i))), down(j, [{ k: 'assign', target: index(ref(xB), ref(j)), op: '+=', value: term }])])];
  };
  const names = () => { const m = new Names(); for (const v of ['W', 'x', 'h', 'n', 'x_b', 'h_b', 's_b', 'i', 'j']) m.fresh(v); return m; };

  test("the other rows' counters and scalars are variables of their own, each name one variable", () => {
    // (an inner loop of one statement: four rows per pass, so three other rows)
    const out = jamRows(rows((sB) => sB), new Set([xB, hB]), names());
    const decls = new Map<string, TVar | undefined>();
    eachStmt(out, (s) => { if (s.k === 'decl') decls.set(s.name, s.v); });
    expect([...decls.keys()].sort()).toEqual(['i', 'i_1', 'i_2', 'i_3', 'j', 's_b', 's_b_1', 's_b_2', 's_b_3']);
    // (every name read is the variable its declaration made)
    eachExprIn(out, (e) => {
      if (e.k === 'name' && decls.has(e.name)) expect(e.v).toBe(decls.get(e.name));
    });
    for (const r of [1, 2, 3]) {
      expect(decls.get(`i_${r}`)).toMatchObject({ name: `i_${r}`, role: 'int' });
      expect(decls.get(`s_b_${r}`)).toMatchObject({ name: `s_b_${r}`, role: 'adjoint', of: { name: 's' } });
    }
  });

  test('a loop where one name is two variables is left as it is', () => {
    // (L reads another variable printed s_b, not the row's: renaming the row's would not rename it)
    const other = tvar('s_b', 'adjoint', 'f64', param('s', 'f64'));
    const loop = rows(() => other);
    expect(jamRows(loop, new Set([xB, hB]), names())).toEqual(loop);
    expect(jamRows(rows((sB) => sB), new Set([xB, hB]), names())).not.toEqual(rows((sB) => sB));
  });
});
