/**
 * Selections in loops (compiler/ir/selections.ts): a running maximum set by an `if`, and running
 * extremes `m = Math.max(m, v)` / `m = Math.min(v, m)`, differentiated after the loop. Checked on
 * the inputs where the rewrite could differ from the loop as written: ties, ±0, NaN, infinities,
 * empty arrays. The value must be the source's bit for bit (Object.is); the gradient that of a
 * dual-number run of the source with tsgrad's rules for max/min (the first argument equal to the
 * result gets the derivative) and |x| (sign(x)), written here independently of the compiler.
 */
import { tape } from '../runtime/index.js';
import { compileSource } from './support/compile.js';
import { scratchDirectory } from './support/scratch.js';

const scratch = scratchDirectory('tsgrad-selections-');

const source = `
export function argmaxIf(x: Float64Array): number {
  let m = x[0];
  for (let i = 1; i < x.length; i++) {
    if (x[i] > m) m = x[i];
  }
  return 2 * m;
}
export function maxAbs(x: Float64Array): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
  return m;
}
export function minScaled(x: Float64Array, w: number): number {
  let m = Infinity;
  for (let i = 0; i < x.length; i++) m = Math.min(w * x[i], m);
  return m;
}
`;

// the source, run on numbers
const argmaxIf = (x: Float64Array) => { let m = x[0]!; for (let i = 1; i < x.length; i++) if (x[i]! > m) m = x[i]!; return 2 * m; };
const maxAbs = (x: Float64Array) => { let m = 0; for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]!)); return m; };
const minScaled = (x: Float64Array, w: number) => { let m = Infinity; for (let i = 0; i < x.length; i++) m = Math.min(w * x[i]!, m); return m; };

// the source, run on dual numbers (value, derivative along the direction xd, wd)
type Dual = readonly [number, number];
const pick = (args: Dual[], f: (...a: number[]) => number): Dual => {
  const v = f(...args.map((a) => a[0]));
  const i = args.findIndex((a) => a[0] === v);
  return [v, i < 0 ? 0 : args[i]![1]];
};
const dArgmaxIf = (x: Float64Array, xd: Float64Array): number => {
  let m: Dual = [x[0]!, xd[0]!];
  for (let i = 1; i < x.length; i++) if (x[i]! > m[0]) m = [x[i]!, xd[i]!];
  return 2 * m[1];
};
const dMaxAbs = (x: Float64Array, xd: Float64Array): number => {
  let m: Dual = [0, 0];
  for (let i = 0; i < x.length; i++) m = pick([m, [Math.abs(x[i]!), Math.sign(x[i]!) * xd[i]!]], Math.max);
  return m[1];
};
const dMinScaled = (x: Float64Array, w: number, xd: Float64Array, wd: number): number => {
  let m: Dual = [Infinity, 0];
  // (a product's tangent with its structural zeros: 0 where a factor's tangent is 0, not 0·∞ = NaN of an
  // infinite element the minimum does not pick; differentiated as written, the loop's reverse adds
  // 0·x[i] into w's adjoint for every element, NaN where one is infinite, which the rewrite avoids)
  const times = (a: number, ad: number, b: number, bd: number) => (ad === 0 ? 0 : ad * b) + (bd === 0 ? 0 : a * bd);
  for (let i = 0; i < x.length; i++) m = pick([[w * x[i]!, times(w, wd, x[i]!, xd[i]!)], m], Math.min);
  return m[1];
};

const inputs: number[][] = [
  [], [0], [-0], [0, -0], [-0, 0], [1, NaN, 2], [NaN], [2, NaN], [3, -3, 3], [-3, 3, -3], [Infinity, 1], [-Infinity, -Infinity],
  [2, 1, 1], [1, 1, 2, 2], [-1, -2, -0.5, -2], [0.3, -0.7, 0.7, -0.3, 0.7], [5, 4, 3, 2, 1], [1, 2, 3, 4, 5],
];
const same = (a: number, b: number) => Object.is(a, b) || (a === b) || (Number.isNaN(a) && Number.isNaN(b));

type Grad<P> = { value: number; grad: P };
type Module = {
  argmaxIf_grad(x: Float64Array): Grad<{ x: Float64Array }>;
  maxAbs_grad(x: Float64Array): Grad<{ x: Float64Array }>;
  minScaled_grad(x: Float64Array, w: number): Grad<{ x: Float64Array; w: number }>;
};

test('the loops tape no decisions: each notes the iteration, and the reverse sweep has no loop for it', () => {
  const r = compileSource(source);
  expect(r.diagnostics).toEqual([]);
  for (const f of ['argmaxIf', 'maxAbs', 'minScaled']) {
    const code = r.code!;
    const vjp = code.slice(code.indexOf(`export function ${f}_vjp(`), code.indexOf(`export function ${f}_grad(`));
    expect([f, /m_at = i;/.test(vjp), /stack\[top\+\+\]! = [01];/.test(vjp), (vjp.match(/for \(/g) ?? []).length]).toEqual([f, true, false, 1]);
  }
});

test('values are the source\'s bit for bit, and gradients those of the loop as written, on ties, ±0, NaN, infinities and empty arrays', () => {
  const r = compileSource(source);
  scratch.put('input.ts', source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const g = require(scratch.put('input.grad.ts', r.code!)) as Module;
  const unit = (n: number, k: number) => Float64Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));
  const rows: string[] = [];
  const check = (label: string, got: Grad<{ x: Float64Array; w?: number }>, value: number, gx: (k: number) => number, gw?: number) => {
    const want = [value, ...Array.from(got.grad.x, (_, k) => gx(k)), ...(gw === undefined ? [] : [gw])];
    const have = [got.value, ...got.grad.x, ...(gw === undefined ? [] : [got.grad.w!])];
    if (want.length !== have.length || want.some((w, i) => !same(w, have[i]!)) || !Object.is(got.value, value)) rows.push(`${label}: want ${want.join(', ')}; got ${have.join(', ')}`);
  };
  let checked = 0;
  for (const xs of inputs) {
    const x = Float64Array.from(xs);
    const n = x.length;
    if (n > 0) { check(`argmaxIf([${xs}])`, g.argmaxIf_grad(x), argmaxIf(x), (k) => dArgmaxIf(x, unit(n, k))); checked++; }
    check(`maxAbs([${xs}])`, g.maxAbs_grad(x), maxAbs(x), (k) => dMaxAbs(x, unit(n, k)));
    for (const w of [1, -1, 0.5, -0, 0]) {
      check(`minScaled([${xs}], ${w})`, g.minScaled_grad(x, w), minScaled(x, w), (k) => dMinScaled(x, w, unit(n, k), 0), dMinScaled(x, w, new Float64Array(n), 1));
      checked++;
    }
    checked++;
  }
  expect(checked).toBeGreaterThan(100);
  expect(rows).toEqual([]);
  // (a signed zero the rewrite must keep: min over [0, -0] is -0, max of |±0| is +0)
  expect(Object.is(g.minScaled_grad(Float64Array.of(0, -0), 1).value, -0)).toBe(true);
  expect(Object.is(g.maxAbs_grad(Float64Array.of(-0)).value, 0)).toBe(true);
  expect(tape.top).toBe(0);
});
