/**
 * Tape traffic of key cases: what the forward sweep records is only what the reverse sweep
 * cannot do without. Counted by instrumenting the shared runtime tape while generated code runs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tape } from '../runtime/index.js';
import { compileFiles } from '../compiler/index.js';
import { compileSource } from './support/compile.js';

/** The generated module `code`, loaded. */
function load(code: string): Record<string, (...a: unknown[]) => { value: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-tape-'));
  const file = join(dir, 'gen.ts');
  writeFileSync(file, code);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as Record<string, (...a: unknown[]) => { value: number }>;
}

/** Fill value for the unused part of the tape's buffer: no pushed value is exactly this. */
const MARK = -1.2345678901234567e-300;

/**
 * Compiles `code`, loads the generated module, and measures one f_grad call: `depth`, the
 * most entries the tape's stack held at once (read off its buffer, whose unused part is first
 * filled with a mark, since generated code pushes through locals), and `refs` pushed.
 */
function traffic(code: string, fn: string, args: unknown[]): { depth: number; text: string; value: number } {
  const r = compileSource(code);
  if (!r.code) throw new Error(JSON.stringify(r.diagnostics));
  const mod = load(r.code);
  const before = tape.depth;
  tape.values.fill(MARK, before.values);
  const { value } = mod[`${fn}_grad`]!(...args);
  expect(tape.depth).toEqual(before);
  let top = tape.values.length;
  while (top > before.values && tape.values[top - 1] === MARK) top--;
  return { depth: top - before.values, text: r.code, value };
}

test('a sum of squares pushes nothing', () => {
  const { depth, text } = traffic(`
    export function sumsq(x: Float64Array): number {
      let s = 0;
      for (let i = 0; i < x.length; i++) s += x[i] * x[i];
      return s;
    }`, 'sumsq', [Float64Array.from([1, 2, 3, 4])]);
  expect(depth).toBe(0);
  expect(text).not.toContain('tape');
});

// (The functions below have a second active number, c, which keeps them in reverse mode: a
// function of one active number gets its vjp in forward mode, without a tape: see the last test.)

test('a counted loop with invariant bounds is reversed by counting back: no trip count taped', () => {
  const { depth, text } = traffic(`
    export function f(x: number, n: number, c: number): number {
      let p = 1;
      for (let i = 0; i < n; i++) p = p * Math.sin(x + i);
      return p * c;
    }`, 'f', [0.3, 5, 1.5]);
  expect(text).toContain('for (let i = Math.ceil(n) - 1; i >= 0; i--)');
  // per iteration: p's old value, read by the reverse of p * sin(…), and the sine itself (taped:
  // cheaper than computing it again); no trip count
  expect(depth).toBe(5 + 5);
});

test('a data-dependent loop tapes its trip count once, and the values it overwrites', () => {
  const { depth, value, text } = traffic(`
    export function newton(a: number, c: number): number {
      let x = a;
      while (Math.abs(x * x - a) > 1e-12) x = 0.5 * (x + a / x);
      return x * c;
    }`, 'newton', [2, 1]);
  expect(value).toBeCloseTo(Math.SQRT2, 12);
  // at the top level the count is a local, not taped; the old values of x are (one per iteration)
  expect(text).toMatch(/let iters = 0;/);
  expect(text).not.toMatch(/stack\[top\+\+\]!? = iters/);
  expect(depth).toBeGreaterThan(3);
  expect(depth).toBeLessThan(10);
});

test('a loop nested in a loop tapes the inner trip count per outer iteration', () => {
  const { depth, text } = traffic(`
    export function f(x: number, c: number): number {
      let s = 0;
      for (let k = 0; k < 3; k++) {
        let y = x + k;
        while (y > 0.1) y = y * 0.5;
        s += y * y;
      }
      return s * c;
    }`, 'f', [2, 1.5]);
  expect(text).toMatch(/stack\[top\+\+\]! = iters;/);
  // the three trip counts, and y once per outer iteration, not its old value at each of its
  // 3 + 16 overwrites: s += y * y reads it, and only `let y = x + k`, the first write after
  // that read, saves it (analyze/tbr.ts); the halvings, whose reverse reads no y, do not
  expect(text).toMatch(/stack\[top\+\+\]! = y;\n\s*y = t1;/);
  expect(text.match(/stack\[top\+\+\]! = y;/g)?.length).toBe(2);
  expect(depth).toBe(3 + 3);
});

test('an if ending a branch of an if: one path code for both decisions, and no save of what only the other branch reads', () => {
  // compute-l2norm's scaled norm: s = s + r*r reads no s in its reverse, and the inner decision
  // joins the outer one's code; taped only where t grows (s, t and the index, after one NaN before
  // the loop: reverse/sparse-decisions.ts), the other codes computed again (0: zero, 1: a <= t)
  const { depth, text, value } = traffic(`
    export function f(x: Float64Array, c: number): number {
      let t = 0, s = 1;
      for (let i = 0; i < x.length; i++) {
        const v = x[i];
        const a = v < 0 ? -v : v;
        if (a > 0) {
          if (a > t) { const r = t / v; s = 1 + s * r * r; t = a; }
          else { const r = v / t; s = s + r * r; }
        }
      }
      return c * t * Math.sqrt(s);
    }`, 'f', [Float64Array.from([3, 1, -2, 0, 0.5]), 1]);
  expect(value).toBeCloseTo(Math.hypot(3, 1, 2, 0.5), 12);
  // (the codes as branches on the conditions that compute them, in the order the reverse takes
  // them: the rare path first, no code declared and tested again)
  expect(text).toMatch(/if \(i === next\) \{[^}]*next = stack\[--top\]!;\n\s*\} else if \(Math\.abs\(v\) > 0\) \{/);
  expect(text).not.toMatch(/_path/);
  // (no r: each quotient is computed again in the reverse sweep from the reciprocal its partials
  // take anyway, `v * (1 / t)`, reverse/availability.ts overReciprocal; taped before, 4 of 5 here)
  expect(depth).toBe(1 + 3);
});

test('a branch whose condition can be recomputed tapes no decision', () => {
  const { depth, text } = traffic(`
    export function f(x: Float64Array): number {
      let s = 0;
      for (let i = 0; i < x.length; i++) {
        if (x[i] > 0) s += Math.exp(x[i]);
        else s -= x[i] * x[i];
      }
      return s;
    }`, 'f', [Float64Array.from([1, -2, 3])]);
  // only the exponentials of the two positive elements (taped rather than computed again)
  expect(depth).toBe(2);
  expect(text).not.toMatch(/\? 1 : 0/);
});

test('an element overwritten nonlinearly is pushed once per overwrite (with its sine); a copy into a new array is not', () => {
  const n = 6;
  const { depth } = traffic(`
    export function f(x: Float64Array): number {
      const n = x.length;
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) y[i] = x[i];
      for (let i = 0; i < n; i++) y[i] = Math.sin(y[i]) * y[(i + 1) % n];
      let s = 0;
      for (let i = 0; i < n; i++) s += y[i];
      return s;
    }`, 'f', [Float64Array.from({ length: n }, (_, i) => 0.1 * (i + 1))]);
  expect(depth).toBe(n + n);
});

test('straight-line reassignments keep old values in locals, not on the tape', () => {
  const { depth } = traffic(`
    export function f(x: number): number {
      let a = x;
      a = Math.sin(a) * a;
      a = a * a + x;
      return a;
    }`, 'f', [0.7]);
  expect(depth).toBe(0);
});

test('an accumulation overwritten n² times per round and read n times is taped n times (snapshot)', () => {
  const n = 3;
  const { depth, text } = traffic(readFileSync(join(__dirname, '..', 'fixtures', 'arrays', 'accumulate_then_read', 'input.ts'), 'utf8'),
    'rounds', [Float64Array.from({ length: n * n }, (_, i) => 0.1 * i), Float64Array.from([0.5, -1, 2]), 0.3]);
  // per round: the n values y[i] the reads saw, and z once; restoring instead would push the
  // old y[i] at each of its n + n² overwrites and z at each of its n + 1
  expect(depth).toBe(3 * (n + 1));
  expect(text).not.toMatch(/stack\[top\+\+\]!? = y\[/);
});

test('after a call to another vjp, the function leaves the tape where it found it', () => {
  const { text } = traffic(`
    /** @noinline */
    function sq(x: Float64Array, out: Float64Array): void { for (let i = 0; i < x.length; i++) out[i] = x[i] * x[i]; }
    export function f(x: Float64Array): number {
      const u = new Float64Array(x.length);
      let s = x[0];
      for (let r = 0; r < 2; r++) { s = s * s; sq(x, u); s += u[1]; }
      return s;
    }`, 'f', [Float64Array.from([0.1, 0.5, 0.9])]);
  // (traffic checks that tape.depth is back where it was; the code writes top back at the end)
  expect(text).toMatch(/tape\.top = top;\n\s*return /);
  // a value hand-written code pushes before the call comes back after it
  const mod = load(text);
  tape.push(42);
  for (let k = 0; k < 3; k++) mod.f_grad!(Float64Array.from([0.1, 0.5, 0.9]));
  expect(tape.pop()).toBe(42);
});

test('a whole-array push reserves room for the array as long as it is then (not as it was earlier in the run)', () => {
  const code = `
    export function f(x: Float64Array): number {
      let s = 0.3;
      let t = 0;
      const acc: number[] = [];
      for (let r = 0; r < 60; r++) {
        s = Math.sin(s) + x[0] * 0.1;
        s = Math.sin(s) + x[1] * 0.1;
        s = Math.sin(s) + x[2] * 0.1;
        s = Math.sin(s) + x[3] * 0.1;
        acc.push(s);
        acc.fill(s * 0.5);
        t += acc[r] * acc[0] * s;
      }
      return t;
    }`;
  // the buffer of a fresh process, which these pushes outgrow right at an array push
  const saved = tape.values;
  tape.values = new Float64Array(1024);
  try {
    const { value } = traffic(code, 'f', [Float64Array.from([0.1, 0.5, 0.9, 0.3])]);
    expect(Number.isFinite(value)).toBe(true);
  } finally {
    tape.values = saved;
  }
});

test('a primal that calls a generated gradient shares the tape with its caller (reentrancy)', () => {
  // g is h's derivative, through h_grad: f's forward sweep calls g while it holds values on
  // the tape, and g's own call of h_grad pushes and pops above them
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-reentrant-'));
  const files: Record<string, string> = {
    'b.ts': `export function h(x: number): number {
      let s = x;
      for (let i = 0; i < 3; i++) s = Math.sin(s) * x;
      return s;
    }`,
    'a.ts': `import { h_grad } from './b.grad.js';
    export function g(x: number): number { return h_grad(x).grad.x; }
    export function g_vjp(x: number, adj: { x: number }, seed = 1): number {
      const e = 1e-5;
      adj.x += seed * (h_grad(x + e).grad.x - h_grad(x - e).grad.x) / (2 * e);
      return g(x);
    }`,
    'input.ts': `import { g } from './a.js';
    export function f(x: Float64Array, c: number): number {
      let s = 0;
      for (let i = 0; i < x.length; i++) s = Math.sin(s * c + x[i]) + g(x[i] * c);
      return s;
    }`,
  };
  for (const [n, text] of Object.entries(files)) writeFileSync(join(dir, n), text);
  for (const r of compileFiles([join(dir, 'input.ts'), join(dir, 'b.ts')])) {
    if (!r.code) throw new Error(JSON.stringify(r.diagnostics));
    writeFileSync(r.outputFile, r.code);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { f_grad } = require(join(dir, 'input.grad.ts')) as { f_grad: (x: Float64Array, c: number) => { value: number; grad: { x: Float64Array; c: number } } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { f } = require(join(dir, 'input.ts')) as { f: (x: Float64Array, c: number) => number };
  const x = Float64Array.from([0.3, -0.2, 0.5, 0.1, 0.7]);
  const c = 0.8;
  const before = tape.depth;
  const r = f_grad(x, c);
  expect(tape.depth).toEqual(before);
  expect(r.value).toBe(f(x, c));
  // central differences (g's own derivative is a difference too: a looser tolerance)
  const e = 1e-4;
  const fd = (i: number) => {
    const xp = Float64Array.from(x); xp[i] += e;
    const xm = Float64Array.from(x); xm[i] -= e;
    return (f(xp, c) - f(xm, c)) / (2 * e);
  };
  x.forEach((_, i) => expect(r.grad.x[i]).toBeCloseTo(fd(i), 5));
  expect(r.grad.c).toBeCloseTo((f(x, c + e) - f(x, c - e)) / (2 * e), 5);
});

test("an array's length is recomputed in the reverse sweep even when its elements were written since", () => {
  const { depth, value } = traffic(`
    export function f(x: Float64Array, c: number): number {
      const y = new Float64Array(x.length);
      for (let s = 0; s < 10; s++) {
        for (let i = 0; i < y.length; i++) y[i] = Math.sin(y[i] * c + x[i]);
      }
      let r = 0;
      for (let i = 0; i < y.length; i++) r += y[i];
      return r;
    }`, 'f', [Float64Array.from([0.3, -0.2, 0.5]), 0.8]);
  expect(Number.isFinite(value)).toBe(true);
  // the overwritten elements, 10 × 3, and not the inner loop's bound y.length once per round
  expect(depth).toBe(30);
});

test('a counted loop that pushes the same values each trip checks the tape\'s room once, before it, for all its trips', () => {
  const code = `
    export function f(x: Float64Array, n: number): number {
      const w = Float64Array.from(x);
      let s = 0;
      for (let k = 0; k < 3; k++) {
        for (let i = k; i < n; i++) w[i] = Math.sin(w[i]) + w[k] * 0.5;
        for (let i = n - 1; i >= k; i -= 2) { s = s * 0.9 + Math.cos(w[i] * s); }
      }
      return s + w[n - 1];
    }`;
  const x = Float64Array.from({ length: 700 }, (_, i) => Math.sin(i));
  // a fresh process's buffer (1024 values), which the loops outgrow in their middle
  const saved = tape.values;
  tape.values = new Float64Array(1024);
  try {
    const { depth, text, value } = traffic(code, 'f', [x, 700]);
    expect(Number.isFinite(value)).toBe(true);
    expect(depth).toBeGreaterThan(1024);
    // (w's old values, and s and the cosine's argument per trip: room reserved before each loop)
    // (the room for all its trips, an over-estimate by at most one trip, checked on the line before each loop; none inside)
    expect(text).toMatch(/if \(top \+ [^\n]*\bn - k\b[^\n]* > stack\.length\) stack = tape\.reserve\(top, [^\n]*\);\n\s*for \(let i = k; i < n; i\+\+\) \{\n(?:(?!reserve)[^\n]*\n)*?\s*\}/);
    expect(text).toMatch(/if \(top \+ [^\n]*\bt\d+ - k\b[^\n]* > stack\.length\) stack = tape\.reserve\(top, [^\n]*\);\n\s*for \(let i_\d+ = t\d+; i_\d+ >= k; i_\d+ -= 2\) \{\n(?:(?!reserve)[^\n]*\n)*?\s*\}/);
    const mod = load(text) as Record<string, (...a: unknown[]) => { value: number; grad: { x: Float64Array } }>;
    const r = mod.f_grad!(x, 700);
    for (const j of [0, 1, 350, 699]) {
      const e = 1e-6;
      const up = Float64Array.from(x);
      const down = Float64Array.from(x);
      up[j]! += e;
      down[j]! -= e;
      const fd = (mod.f_grad!(up, 700).value - mod.f_grad!(down, 700).value) / (2 * e);
      expect(Math.abs(r.grad.x[j]! - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
    }
  } finally {
    tape.values = saved;
  }
});

test('a function of one active number computes its gradient in forward mode: no tape, no reverse sweep', () => {
  // (n is a trip count and k reaches the result through Math.round only: x is the one active input)
  const source = `
    export function f(x: number, n: number, k: number): number {
      const m = Math.round(k);
      let z = 0;
      for (let i = 0; i < n; i++) z = z * x + Math.sin(x * i) * m;
      return z;
    }`;
  const { depth, text, value } = traffic(source, 'f', [0.7, 6, 2.2]);
  expect(depth).toBe(0);
  expect(text).not.toContain('tape');
  expect(text).toContain("f's value; adds seed times its gradient into adj (in forward mode: the result depends on x alone)");
  expect(text).toMatch(/const x_d: number = 1;[^]*adj\.x \+= seed \* z_d;/);
  expect(text).not.toContain('x_b');
  const mod = load(text);
  const primal = (x: number) => { let z = 0; for (let i = 0; i < 6; i++) z = z * x + Math.sin(x * i) * 2; return z; };
  expect(value).toBe(primal(0.7));
  const g = mod.f_grad!(0.7, 6, 2.2) as unknown as { grad: { x: number; n: number; k: number } };
  const e = 1e-6;
  expect(g.grad.x).toBeCloseTo((primal(0.7 + e) - primal(0.7 - e)) / (2 * e), 7);
  expect(g.grad.n).toBe(0);
  expect(g.grad.k).toBe(0);
  // f_vjp adds seed times it, and returns the value
  const adj = { x: 0.25, n: 0.5, k: 0.75 };
  expect((mod.f_vjp as unknown as (...a: unknown[]) => number)(0.7, 6, 2.2, adj, 0.5)).toBe(value);
  expect(adj).toEqual({ x: 0.25 + 0.5 * g.grad.x, n: 0.5, k: 0.75 });
});

test('two active numbers keep reverse mode; a call goes through the callee\'s vjp', () => {
  const two = compileSource('export function f(x: number, y: number): number { return Math.sin(x) * y; }').code!;
  expect(two).toContain('x_b');
  expect(two).not.toContain('forward mode: the result depends');
  // (a recursion of one active number: each level is one call of r_vjp, in f_vjp and, as r_vjp_d,
  // in f_hvp: linear in the depth)
  const recursive = compileSource(`export function r(x: number, n: number): number {
      n = Math.round(n);
      return n > 0 ? r(x, n - 1) * x : Math.sin(x);
    }`).code!;
  expect(recursive).toContain("r's value; adds seed times its gradient into adj (in forward mode: the result depends on x alone)");
  expect(recursive).toMatch(/const (t\d+) = r_vjp\(x, t\d+, \1_adj\);/);
  expect(recursive).toMatch(/const (t\d+) = r_vjp_d\(x, t\d+, \{[^}]*\}, \1_adj, \1_adj_d, 1, 0\);\n\s*const \1_d1 = \1_adj\.x \* x_d1/);
  expect(recursive).not.toMatch(/= r\(x, t\d+\)/);
  // (an integer rounded first, as bessel's besselj: n is no input; a loop of it, and a call)
  const source = `
    /** @noinline */
    function h(x: number): number { return Math.sin(x) * x; }
    export function f(x: number, n: number): number {
      n = Math.round(n);
      let p = h(x);
      for (let i = 0; i < n; i++) p *= x;
      return p * x;
    }`;
  const text = compileSource(source).code!;
  // (the generated module calls f itself, from its source module)
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-tape-'));
  writeFileSync(join(dir, 'input.ts'), source);
  writeFileSync(join(dir, 'input.grad.ts'), text);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(dir, 'input.grad.ts')) as Record<string, (...a: unknown[]) => { value: number }>;
  const before = tape.depth;
  const { value } = mod.f_grad!(0.7, 3.2);
  expect(tape.depth).toEqual(before);
  expect(text).toContain("f's value; adds seed times its gradient into adj (in forward mode: the result depends on x alone)");
  // (h's value and gradient from one call of h_vjp, not h and h_vjp)
  expect(text).toMatch(/const (t\d+)_adj = \{\n\s*x: 0\n\s*\};\n\s*const \1 = h_vjp\(x, \1_adj\);/);
  const primal = (x: number) => Math.sin(x) * x * x ** 4;
  expect(value).toBeCloseTo(primal(0.7), 14);
  const e = 1e-6;
  const g = mod.f_grad!(0.7, 3.2) as unknown as { grad: { x: number; n: number } };
  expect(g.grad.x).toBeCloseTo((primal(0.7 + e) - primal(0.7 - e)) / (2 * e), 7);
  expect(g.grad.n).toBe(0);
  // second order differentiates it (forward over forward): the hvp against differences of the gradient
  const hvp = (mod.f_hvp as unknown as (x: number, n: number, v: { x: number }) => { grad: { x: number }; hvp: { x: number } })(0.7, 3.2, { x: 1 });
  expect(hvp.grad.x).toBe(g.grad.x);
  const gx = (x: number) => (mod.f_grad!(x, 3.2) as unknown as { grad: { x: number } }).grad.x;
  expect(hvp.hvp.x).toBeCloseTo((gx(0.7 + 1e-5) - gx(0.7 - 1e-5)) / 2e-5, 5);
});

test('an active level counter bounding the inner loop is restored by its inverse step, not taped per level', () => {
  // (an American binomial tree: `steps` is differentiated, and `u ** (2 * j - i)` makes the level i active)
  const source = `
    export function tree(S: number, K: number, u: number, p: number, steps: number): number {
      const v = new Float64Array(steps + 1);
      for (let j = 0; j <= steps; j++) v[j] = Math.max(S * u ** (2 * j - steps) - K, 0);
      for (let i = steps - 1; i >= 0; i--) {
        for (let j = 0; j <= i; j++) v[j] = Math.max(p * v[j + 1] + (1 - p) * v[j], S * u ** (2 * j - i) - K);
      }
      return v[0];
    }`;
  const steps = 20;
  const { depth, text } = traffic(source, 'tree', [100, 100, 1.03, 0.5, steps]);
  const nodes = (steps * (steps + 1)) / 2;
  // per node the old v[j] and the power, per leaf its power: nothing per level (it was i, 20 more)
  expect(depth).toBe(2 * nodes + (steps + 1));
  expect(text).toContain('if (!i_int) stack[top++]! = i;');
  expect(text).toContain('i = i_int ? i + 1 : stack[--top]!;');
});

test('a switch in a loop, with fall-through and a continue midway, tapes no clause index, no flag per clause and not the continue', () => {
  // (trial40's switchLoop: cases tested on i % 3, which the reverse sweep tests again)
  const source = readFileSync(join(__dirname, '..', 'fixtures', 'control', 'switch_continue_in_loop', 'input.ts'), 'utf8');
  const xs = Float64Array.from([0.5, 1, 0.3, 0.7, 1.2, 0.4, 0.9, 0.2, 1.1]);
  const { depth, text } = traffic(source, 'switchLoop', [xs, 0.6]);
  // per step s before `s *= …` in cases 1 and 2: 0 + 1 + 1 per three steps (it was 4 + 5 + 5: a
  // flag per clause and the continue's; the statement after the switch tests i % 3 and xs[i]
  // again, reverse/paths.ts)
  expect(depth).toBe(3 * (0 + 1 + 1));
  expect(text).toContain('= !(!t3 && t6 && t4 && xs[i]! < 0);');
  const vjp = text.slice(text.indexOf('export function switchLoop_vjp'), text.indexOf('export function switchLoop_grad'));
  expect(vjp).not.toMatch(/\bentry\b|\bbrk\b/);
  // case 1's copy of case 2, in the branch that does not continue
  expect(vjp.match(/stack\[top\+\+\]! = s;/g)).toHaveLength(2);
});

test("a continue's flag is tested again from the conditions that set it, unless one reads a value the iteration overwrites", () => {
  const source = readFileSync(join(__dirname, '..', 'fixtures', 'control', 'continue_path_test', 'input.ts'), 'utf8');
  const xs = Float64Array.from([1, -0.5, 0.2, 2, 0.9, 1.5]);
  // skipSmall tapes s before `s *= k` at odd i alone (3 of 6): the continue at even i with xs[i] < lo
  // is computed again from i % 2 and xs[i] (it was one entry more per step)
  const skip = traffic(source, 'skipSmall', [xs, 0.5, 1.1]);
  expect(skip.depth).toBe(3);
  expect(skip.text).toContain('= !(t3 && xs[i]! < lo);');
  // halveAbove's continue depends on s, which the step overwrites after the test: its flag stays
  // on the tape, one entry per step, beside the test `s > cap` at each step but the first (5)
  const halve = traffic(source, 'halveAbove', [xs, 1.5, 0.8]);
  expect(halve.depth).toBe(6 + 5);
});
