/**
 * The reverse phase's code-shaping passes, each on a small function: increments that leave
 * the element's adjoint in place, accumulators summed in locals, short loops unrolled. The
 * gradients themselves are checked by the fixtures (finite differences); here, the shape.
 */
import { generated } from './support/compile.js';

const project = (files: { 'input.ts': string }) => ({ main: { code: generated(files['input.ts']), diagnostics: [] as unknown[] } });

test('an increment a[i] += e leaves a_b[i] in place instead of clearing and re-adding it', () => {
  const { main } = project({ 'input.ts': `
    export function f(A: Float64Array, x: Float64Array): number {
      const n = x.length;
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) y[i] += A[i * n + j] * x[j];
      let s = 0;
      for (let i = 0; i < n; i++) s += Math.tanh(y[i]);
      return s;
    }` });
  expect(main.diagnostics).toEqual([]);
  const reverse = main.code!.slice(main.code!.indexOf('grad of: for (let j = 0'));
  expect(reverse).toMatch(/const t\d+_b = y_b\[i\]!;/);
  expect(reverse).not.toMatch(/y_b\[i\]!? = 0;/);
  // the accumulation into x_b[j] stays per element; into nothing invariant here
  expect(reverse).toMatch(/x_b\[j\]! \+= /);
});

test('an adjoint accumulated at an index the loop does not change is summed in a local', () => {
  const { main } = project({ 'input.ts': `
    export function f(L: Float64Array, x: Float64Array): number {
      const n = x.length;
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) y[j] += L[i * n + j] * x[i];
      let s = 0;
      for (let i = 0; i < n; i++) s += y[i] * y[i];
      return s;
    }` });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).toMatch(/let x_b_acc = 0;\n\s*for \(let j = /);
  expect(main.code).toMatch(/x_b_acc \+= t\d+_b;/);
  expect(main.code).toMatch(/\}\n\s*x_b\[i\]! \+= x_b_acc;/);
});

test('a loop of at most four iterations with literal bounds is unrolled, its index a constant per copy', () => {
  const code = generated(`
    export function f(y: Float64Array, k: Float64Array, h: number): number {
      const out = new Float64Array(2);
      for (let i = 0; i < 2; i++) out[i] = y[i] + h * k[i];
      let s = 0;
      for (let i = 0; i < y.length; i++) s += Math.sin(y[i] * out[i % 2]);
      return s;
    }`);
  expect(code).toMatch(/\{\n\s*const i: number = 0;[\s\S]*\{\n\s*const i: number = 1;/);
  expect(code).not.toMatch(/^\s*for \(let i = 0; i < 2; i\+\+\)/m);
  // a bound that is not a literal stays a loop
  expect(code).toMatch(/for \(let i_1 = 0; i_1 < t\d+; i_1\+\+\)/);
});

test('a short loop around another loop is not unrolled (it would copy the inner loop)', () => {
  const code = generated(`
    export function f(x: Float64Array): number {
      let s = 0;
      for (let r = 0; r < 2; r++) for (let i = 0; i < x.length; i++) s += Math.sin(x[i] + r);
      return s;
    }`);
  expect(code).toMatch(/for \(let r = 0; r < 2; r\+\+\)/);
});

test('an integer reassigned but read only after each assignment in its block is a const per assignment, recomputed from the restored counter', () => {
  const code = generated(`
    export function f(x: number, a: number): number {
      var m2, h = 1 / a, d = 1;
      for (var m = 1; m <= 20; m++) {
        m2 = 2 * m;
        d = 1 + (m * x) / ((a + m2) * (a - 1 + m2)) * d;
        h *= d;
        if (Math.abs(d - 1) < 1e-9) break;
      }
      return h;
    }`);
  const vjp = code.slice(code.indexOf('export function f_vjp'), code.indexOf('export function f_grad'));
  // (jStat's betacf: m2 a variable of the function, restored nowhere, made every value computed
  // from it a value to tape: two pushes an iteration here, five there; the quotient is computed
  // again from its reciprocal, reverse/availability.ts overReciprocal)
  expect(vjp).toMatch(/const m2 = 2 \* m;/);
  expect(vjp).not.toMatch(/let m2/);
  expect(vjp.match(/stack\[top\+\+\]! = /g)).toHaveLength(2);
  // (the header bounds the loop, m <= 20 from 1: one check before it, for 21 runs of two pushes, reverse/stack.ts)
  expect(vjp).toMatch(/if \(top \+ 42 > stack\.length\)/);
});

test('a number reassigned but read only after each assignment in its block is a const per assignment; one read across iterations stays restored', () => {
  const code = generated(`
    export function f(arr: Float64Array): number {
      var s = 1, t = 1, val, r;
      for (var i = 0; i < arr.length; i++) {
        val = arr[i];
        if (val > t) { r = t / val; s = 1 + s * r * r; t = val; } else { r = val / t; s = s + r * r; }
      }
      return t * Math.sqrt(s);
    }`);
  const vjp = code.slice(code.indexOf('export function f_vjp'), code.indexOf('export function f_grad'));
  // val and r: consts, never restored as variables; val reloaded in the reverse sweep, r (a
  // quotient) computed again there from the reciprocal its partials take anyway, `val * (1 / t)`
  // (reverse/availability.ts overReciprocal), not taped
  expect(vjp).toMatch(/const val = arr\[i_?\d*\]!;/);
  expect(vjp).toMatch(/const r = t \/ val;/);
  expect(vjp).toMatch(/const r_1 = val \/ t;/);
  expect(vjp).not.toMatch(/let (val|r): number/);
  expect(vjp).not.toMatch(/stack\[top\+\+\]! = val;/);
  expect(vjp).not.toMatch(/stack\[top\+\+\]! = r(_1)?;/);
  expect(vjp).toMatch(/const r_1 = val \* \w+;/);
  // s and t carry across iterations: restored from the tape
  expect(vjp).toMatch(/stack\[top\+\+\]! = s;/);
  expect(vjp).toMatch(/stack\[top\+\+\]! = t;/);
  // the branch's decision: a constant at the end of each branch, one capacity check before the loop
  expect(vjp).toMatch(/stack\[top\+\+\]! = 1;\n\s*\} else \{/);
  expect(vjp).not.toMatch(/\? 1 : 0/);
  expect(vjp.match(/tape\.reserve/g)).toHaveLength(1);
});
