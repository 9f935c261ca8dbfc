/**
 * Loops over every form of header: `<`, `<=`, `>`, `>=` and `!=`, steps of 1, 2 and 3 up and
 * down, starts and bounds literal or given, each run zero times, once and many times. The
 * reverse sweep must run the body as many times as the forward sweep did (a reverse loop that
 * counts back from a wrong last index runs once too often or pops what nobody pushed), so
 * each call must leave the tape where it found it, give f's value, and agree with finite
 * differences.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tape } from '../runtime/index.js';
import { compileSource } from './support/compile.js';

type Grad = (...a: number[]) => { value: number; grad: Record<string, number> };
type Vjp = (...a: unknown[]) => number;
type Primal = (...a: number[]) => number;

/** Compiles `source`, loads it and its generated module. */
function load(source: string): { f: Record<string, Primal>; g: Record<string, Grad | Vjp>; code: string } {
  const r = compileSource(source);
  if (!r.code) throw new Error(JSON.stringify(r.diagnostics, null, 2));
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-loops-'));
  writeFileSync(join(dir, 'input.ts'), source);
  writeFileSync(join(dir, 'input.grad.ts'), r.code);
  /* eslint-disable @typescript-eslint/no-require-imports */
  return { f: require(join(dir, 'input.ts')), g: require(join(dir, 'input.grad.ts')), code: r.code };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

// The body's branch is taped (a decision per trip) and its value depends on the index, so a
// trip too many pops what nobody pushed, and one in the wrong order gives a wrong gradient.
const body = 's = s > 0.2 ? 0.5 * s + Math.sin(x * i) : s + 0.2 * Math.cos(x + i);';

test('the fuzzer\'s repro: a loop by 2 that runs zero times is reversed zero times', () => {
  // (c keeps f and g in reverse mode: see below)
  const { g, code } = load(`
    export function f(x: number, n: number, c: number): number {
      let s = x;
      for (let q = 1; q < n; q += 2) {
        s = s > 0.2 ? 0.5 * s : s + 0.2;
      }
      return s * c;
    }
    export function g(x: number, c: number): number {
      let s = x;
      for (let k = 0; k < 0; k += 2) s = s > 0.2 ? 0.5 * s : s + 0.2;
      return s * c;
    }`);
  // (counted: reversed by counting back, the trip count not recorded)
  expect(code).toMatch(/grad of: for \(let q = 1; q < n; q \+= 2\)\n\s*for \(let q = /);
  const f_grad = g.f_grad as Grad;
  for (const [n, want] of [[0, 1], [1, 1], [2, 0.5], [3, 0.5]] as const) {
    tape.top = 0;
    const r = f_grad(0.3, n, 1);
    expect(tape.top).toBe(0);
    expect(r.grad.x).toBe(want);
    expect(r.value).toBe(n <= 1 ? 0.3 : 0.15);
  }
  tape.top = 0;
  const r = (g.g_grad as Grad)(0.3, 1);
  expect(tape.top).toBe(0);
  expect(r.grad.x).toBe(1);
});

interface Header { text: string; params: string[]; args: number[][] }

/** Loop headers: bounds given by parameters over a range of values, and literal ones. */
function headers(): Header[] {
  const out: Header[] = [];
  const ns = [-4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12];
  const ups = ['i++', 'i += 2', 'i += 3', 'i = i + 3'];
  const downs = ['i--', 'i -= 2', 'i -= 3', 'i = i - 2'];
  for (const start of ['0', '1', '-1', '2']) {
    for (const op of ['<', '<=']) for (const step of ups) out.push({ text: `let i = ${start}; i ${op} n; ${step}`, params: ['n'], args: ns.map((n) => [n]) });
    for (const op of ['>', '>=']) for (const step of downs) out.push({ text: `let i = ${start}; i ${op} -n; ${step}`, params: ['n'], args: ns.map((n) => [n]) });
  }
  // a start and a bound both given, a bound with an offset (`i + 1 < n`), a fractional bound
  for (const [op, step] of [['<', 'i += 2'], ['<=', 'i += 3'], ['>', 'i -= 2'], ['>=', 'i -= 3']] as const) {
    const args = [-2, 0, 3].flatMap((m) => [-3, 0, 1, 2, 4, 7, 11].map((d) => [m, op.startsWith('<') ? m + d - 2 : m - d + 2]));
    out.push({ text: `let i = Math.trunc(m); i ${op} n; ${step}`, params: ['m', 'n'], args });
    out.push({ text: `let i = 0; i + 1 ${op} n; ${step}`, params: ['n'], args: ns.map((n) => [op.startsWith('<') ? n : -n]) });
    out.push({ text: `let i = 0; i ${op} n; ${step}`, params: ['n'], args: [-2.5, -0.5, 0.5, 1.5, 2.5, 4.5, 7.25].map((n) => [op.startsWith('<') ? n : -n]) });
  }
  // `!=`: a general loop (its trip count recorded); bounds it reaches
  for (const [step, k] of [['i++', 1], ['i += 2', 2], ['i += 3', 3], ['i--', -1], ['i -= 2', -2], ['i -= 3', -3]] as const) {
    out.push({ text: `let i = 1; i != n; ${step}`, params: ['n'], args: [0, 1, 2, 5].map((t) => [1 + k * t]) });
  }
  // literal bounds: zero, one, a few (unrolled) and many trips
  for (const [from, op, to] of [[0, '<', 0], [1, '<=', 0], [0, '<', 1], [0, '<', 2], [1, '<=', 7], [-1, '<', 15], [0, '<=', 20]] as const) {
    for (const step of ['i++', 'i += 2', 'i += 3']) out.push({ text: `let i = ${from}; i ${op} ${to}; ${step}`, params: [], args: [[]] });
  }
  for (const [from, op, to] of [[-1, '>=', 0], [0, '>', 0], [0, '>', -1], [3, '>=', 0], [10, '>', -9], [7, '>=', -13]] as const) {
    for (const step of ['i--', 'i -= 2', 'i -= 3']) out.push({ text: `let i = ${from}; i ${op} ${to}; ${step}`, params: [], args: [[]] });
  }
  return out;
}

test('every loop header, run zero, one and many times: value, gradient and a balanced tape', () => {
  const hs = headers();
  // (c keeps each f in reverse mode, which this tests: a function of one active number gets its
  // vjp in forward mode, compiler/forward/vjp.ts)
  const source = hs.map((h, k) => `
    export function f${k}(x: number, c: number${h.params.map((p) => `, ${p}: number`).join('')}): number {
      let s = x;
      for (${h.text}) {
        ${body}
      }
      return s * x * c;
    }`).join('\n');
  const { f, g, code } = load(source);
  let trips = new Set<number>();
  let checked = 0;
  hs.forEach((h, k) => {
    for (const a of h.args) {
      for (const x of [0.37, 1.3]) {
        const primal = f[`f${k}`]!;
        const grad = g[`f${k}_grad`] as Grad;
        const vjp = g[`f${k}_vjp`] as Vjp;
        const what = `for (${h.text}) at x = ${x}, ${h.params.map((p, j) => `${p} = ${a[j]}`).join(', ')}`;
        tape.top = 0;
        const before = tape.depth;
        const r = grad(x, 1.5, ...a);
        if (tape.top !== 0) throw new Error(`${what}: tape.top is ${tape.top} after f_grad`);
        expect(tape.depth).toEqual(before);
        expect(r.value).toBe(primal(x, 1.5, ...a));
        const e = 1e-6;
        const fd = (primal(x + e, 1.5, ...a) - primal(x - e, 1.5, ...a)) / (2 * e);
        if (!(Math.abs(r.grad.x! - fd) <= 1e-6 * Math.max(1, Math.abs(fd)))) {
          throw new Error(`${what}: gradient ${r.grad.x}, finite difference ${fd}`);
        }
        const adj: Record<string, number> = { x: 0.25, c: 0.5 };
        h.params.forEach((p) => { adj[p] = 0.5; });
        expect(vjp(x, 1.5, ...a, adj, 0.75)).toBe(r.value);
        if (tape.top !== 0) throw new Error(`${what}: tape.top is ${tape.top} after f_vjp`);
        expect(Math.abs(adj.x! - (0.25 + 0.75 * r.grad.x!))).toBeLessThan(1e-12);
        checked++;
      }
      trips.add(countTrips(h.text, a, h.params));
    }
  });
  expect(checked).toBeGreaterThan(500);
  // zero, one and many trips all occur
  for (const t of [0, 1, 2, 5]) expect(trips.has(t)).toBe(true);
  trips = new Set([...trips].filter((t) => t > 5));
  expect(trips.size).toBeGreaterThan(2);
  // the loops with integer starts are counted loops, reversed by counting back (the trip
  // count not taped), loops by 2 or 3 included
  expect(code).toMatch(/for \(let i = Math\.floor\(\(Math\.ceil\(n\) - 1\) \/ 2\) \* 2; i >= 0; i -= 2\)/);
  expect(code).toMatch(/for \(let i = -1 \+ Math\.ceil\(\(Math\.ceil\(t\d+\) \+ 1\) \/ 3\) \* 3; i <= -1; i \+= 3\)/);
});

/** How many times the loop `for (header)` runs, by running it. */
function countTrips(header: string, args: number[], params: string[]): number {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(...params, `let t = 0; for (${header}) { t++; if (t > 1000) break; } return t;`)(...args) as number;
}

test('a loop from a number parameter (n - 1 down) is counted where the start is an integer, and a general loop where not', () => {
  const { f, g, code } = load(`
    export function back(w: Float64Array, n: number): number {
      const a = Float64Array.from(w);
      let s = 0;
      for (let k = n - 1; k >= 0; k--) {
        for (let i = 2 * k + 1; i < a.length; i++) a[i] = a[i] * a[2 * k] + Math.sin(a[i - 1]);
        s += a[2 * k] * a[2 * k];
      }
      return s;
    }`);
  // (the index reaches only indices: counted under Number.isInteger, its inner loop too; no index taped)
  expect(code).toMatch(/Number\.isInteger\(t\d+\);\n\s*if \(t\d+\) \{\n\s*const t\d+ = Math\.trunc\(t\d+\);\n\s*for \(let k = t\d+; k >= 0; k--\) \{\n\s*const t\d+ = 2 \* k;\n\s*const t\d+ = t\d+ \+ 1;\n(\s*const t\d+ = a\.length;\n)?\s*for \(let i = t\d+; i < t\d+; i\+\+\)/);
  const primal = f.back as unknown as (w: Float64Array, n: number) => number;
  const grad = g.back_grad as unknown as (w: Float64Array, n: number) => { value: number; grad: { w: Float64Array } };
  const w = Float64Array.from({ length: 12 }, (_, j) => 0.3 + 0.05 * j);
  // integer starts (counted), fractional ones (2k an integer: the general loop), none at all
  for (const n of [0, 1, 3, 6, 0.5, 2.5, 5.5, -1.5]) {
    tape.top = 0;
    const r = grad(w, n);
    expect(tape.top).toBe(0);
    expect(r.value).toBe(primal(w, n));
    for (let j = 0; j < w.length; j++) {
      const e = 1e-6;
      const up = Float64Array.from(w);
      const down = Float64Array.from(w);
      up[j]! += e;
      down[j]! -= e;
      const fd = (primal(up, n) - primal(down, n)) / (2 * e);
      if (!(Math.abs(r.grad.w[j]! - fd) <= 1e-6 * Math.max(1, Math.abs(fd)))) throw new Error(`n = ${n}: gradient ${r.grad.w[j]} in w[${j}], finite difference ${fd}`);
    }
  }
});

test('a loop from a number parameter whose index is a value (not only an index) stays a general loop: its derivative in n is kept', () => {
  const { g, code } = load(`
    export function weighted(x: number, n: number): number {
      let s = 0;
      for (let k = n - 1; k >= 0; k--) s += k * x * x;
      return s;
    }`);
  expect(code).not.toMatch(/Number\.isInteger/);
  const grad = g.weighted_grad as Grad;
  // ds/dn = x² per trip, at integer and fractional n alike
  for (const [n, trips] of [[4, 4], [2.5, 2], [0, 0]] as const) {
    tape.top = 0;
    const r = grad(0.5, n);
    expect(tape.top).toBe(0);
    expect(r.grad.n).toBeCloseTo(trips * 0.25, 12);
  }
});
