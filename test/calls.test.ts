/** Calls: regressions around results nobody uses, aliasing, module layout and opaque callees. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import { runModule } from './support/plugin.js';

/** Writes `files` into a fresh directory and compiles `main` (and what it calls). */
function project(files: Record<string, string>, main = 'input.ts') {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-calls-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const results = compileFiles([join(dir, main)]);
  return { dir, results, main: results[0]!, all: results.flatMap((r) => r.diagnostics) };
}

test('a callee whose number result is discarded gets seed 0, so only what it writes counts', () => {
  const { main } = project({ 'input.ts': `
    function id(v: number): number { return v; }
    /** @noinline */
    function fill(a: Float64Array, v: number): number { a[0] = id(v); return v; }
    export function f(x: number): number { const a = new Float64Array(1); fill(a, x); return a[0]; }` });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).toMatch(/fill_vjp\(a, x, fill_adj, 0\)/);
});

test('the array a callee writes passed as another of its arguments: exact when inlined, refused when it stays a call', () => {
  const inlined = project({ 'input.ts': `
    function square(a: Float64Array, out: Float64Array): void { for (let i = 0; i < a.length; i++) out[i] = a[i] * a[i]; }
    export function f(h: Float64Array): number { const y = new Float64Array(h.length); square(y, y); return y[0]; }` });
  expect(inlined.main.diagnostics).toEqual([]);
  expect(inlined.main.code).toContain('y[i_square]! = t');
  const { main } = project({ 'input.ts': `
    /** @noinline */
    function square(a: Float64Array, out: Float64Array): void { for (let i = 0; i < a.length; i++) out[i] = a[i] * a[i]; }
    export function f(h: Float64Array): number { const y = new Float64Array(h.length); square(y, y); return y[0]; }` });
  expect(main.code).toBeUndefined();
  expect(main.diagnostics[0]).toMatchObject({ code: 'TSG1008', line: 4 });
});

test('an imported helper tsgrad cannot differentiate is reported in its own module', () => {
  const { all } = project({
    'helper.ts': `export function fillSquares(x: Float64Array, out: Float64Array): void {
  try { for (let i = 0; i < x.length; i++) out[i] = x[i] * x[i]; } catch { out.fill(0); }
}`,
    'input.ts': `import { fillSquares } from './helper.js';
export function f(x: Float64Array): number { const y = new Float64Array(x.length); fillSquares(x, y); return y[0]; }`,
  });
  // the caller is named at its call, and the reason is reported where it is
  expect(all).toEqual([
    expect.objectContaining({ code: 'TSG2003', line: 2, column: 84, file: expect.stringContaining('input.ts'),
      message: expect.stringContaining("'f' gets no gradient: it calls 'fillSquares' of helper.ts") }),
    expect.objectContaining({ code: 'TSG1001', line: 2, file: expect.stringContaining('helper.ts') }),
  ]);
});

test('a call without a derivative inside an inlined callee is reported at the call of the callee', () => {
  const { all, dir } = project({
    'lib/b.ts': `import { opaque } from 'opq';
export function g(x: number): number {
  const y = x * 2;
  return opaque(y) + y;
}`,
    // a package's function: the caller's module can import it too, so g is inlined
    'node_modules/opq/package.json': '{ "name": "opq", "version": "1.0.0", "type": "module", "types": "index.d.ts" }',
    'node_modules/opq/index.d.ts': 'export declare function opaque(y: number): number;',
    'input.ts': "import { g } from './lib/b.js';\nexport function f(x: number): number {\n  return 1 + g(x) * 3;\n}",
  });
  // the position is one input.ts has (its call of g), and the message says where opaque is called
  // (g is inlined everywhere: lib/b.ts owes no vjp of its own, so nothing is reported there)
  expect(all).toEqual([
    expect.objectContaining({ code: 'TSG2001', file: join(dir, 'input.ts'), line: 3, column: 14, length: 4,
      message: expect.stringContaining("'opaque' (called at lib/b.ts:4:10, reached through 'g', whose body is inlined here)") }),
  ]);
});

test("an inlined body's call is not placed where a caller's variable hides its callee's name", () => {
  const { main } = project({
    'lib/cube.ts': '/** @noinline */\nexport function h(x: number): number { return x * x * x; }',
    'lib/poly.ts': "import { h } from './cube.js';\nexport function g(x: number): number { return h(x) + x; }",
    // f's parameter h: `h(x)` inside f_vjp would call the number
    'input.ts': "import { g } from './lib/poly.js';\nexport function f(h: number, x: number): number { return g(x) * h; }",
  });
  expect(main.diagnostics).toEqual([]);
  // (and f_hvp, g's second-order form)
  expect(main.code).toContain("import { g_jvp, g_vjp, g_vjp_d } from './lib/poly.grad.js';");
  expect(main.code).not.toMatch(/\bh\(x\)/);
});

test("an inlined body's call of a package's function is not imported under a name the module declares", () => {
  const { main } = project({
    'node_modules/opq/package.json': '{ "name": "opq", "version": "1.0.0", "type": "module", "types": "index.d.ts" }',
    'node_modules/opq/index.d.ts': 'export declare function opaque(y: number): number;\nexport declare function opaque_vjp(y: number, adj: { y: number }, seed?: number): number;',
    'lib/b.ts': "import { opaque } from 'opq';\nexport function g(x: number): number { return opaque(x) + x; }",
    // this module's own opaque gets an opaque_vjp in the generated module
    'input.ts': "import { g } from './lib/b.js';\nexport function opaque(x: number): number { return x * x; }\nexport function f(x: number): number { return g(x) * 3; }",
  });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).not.toContain("from 'opq'");
  expect(main.code).toContain("import { g_vjp } from './lib/b.grad.js';");
});

test('two functions of one name from two modules, both inlined, compile; left as calls, they are refused', () => {
  const inlined = project({
    'a.ts': 'export function h(x: number): number { return Math.sin(x); }',
    'b.ts': 'export function h(x: number): number { return x * x; }',
    'input.ts': "import * as A from './a.js';\nimport { h } from './b.js';\nexport function f(x: number): number {\n  return A.h(x) * 2 + h(x);\n}",
  });
  expect(inlined.main.diagnostics).toEqual([]);
  expect(inlined.main.code).toContain('Math.sin(x)');
  expect(inlined.main.code).not.toMatch(/h_vjp/);

  const { main, dir } = project({
    'a.ts': '/** @noinline */\nexport function h(x: number): number { return Math.sin(x); }',
    'b.ts': '/** @noinline */\nexport function h(x: number): number { return x * x; }',
    'input.ts': "import * as A from './a.js';\nimport { h } from './b.js';\nexport function f(x: number): number {\n  return A.h(x) * 2 + h(x);\n}",
  });
  expect(main.code).toBeUndefined();
  expect(main.diagnostics).toEqual([expect.objectContaining({
    code: 'TSG2002', file: join(dir, 'input.ts'), line: 4, column: 23,
    message: "'h' here is the function of b.ts, and this module also calls the 'h' of a.ts",
  })]);
});

test("a module compiled for its callers gets what they need: its other functions need not be differentiable", () => {
  const files = {
    'utils.ts': `/** @noinline */
export function square(x: number): number { return helper(x) * x; }
function helper(x: number): number { return x; }
function mapped(x: number): number { const m = new Map<number, number>(); m.set(1, x); return m.get(1) ?? 0; }
export function describe(x: number): number { return mapped(x) + 1; }
/** @noinline */
export function twice(x: number): number { return mapped(x) * 2; }`,
  };
  // f needs square only: describe (and mapped, which it calls) are left out of utils.grad.ts
  const ok = project({ ...files, 'input.ts': "import { square } from './utils.js';\nexport function f(x: number): number { return square(x) + 1; }" });
  expect(ok.all).toEqual([]);
  const utils = ok.results.find((r) => r.sourceFile.endsWith('utils.ts'))!;
  expect(utils.code).toContain('export function square_vjp');
  expect(utils.code).not.toMatch(/describe|mapped/);
  // g needs twice, which calls mapped: that is reported, where it is
  const bad = project({ ...files, 'input.ts': "import { twice } from './utils.js';\nexport function g(x: number): number { return twice(x) + 1; }" });
  expect(bad.all).toEqual([
    expect.objectContaining({ code: 'TSG2003', file: join(bad.dir, 'input.ts'), line: 2, message: expect.stringContaining("'g' gets no gradient: it calls 'twice'") }),
    expect.objectContaining({ code: 'TSG1003', file: join(bad.dir, 'utils.ts'), line: 4 }),
  ]);
  // compiled itself, utils.ts owes every exported function its vjp: the two that call mapped
  // are named, the reason is reported once, and square still gets its gradient
  const own = compileFiles([join(ok.dir, 'utils.ts')]);
  expect(own[0]!.diagnostics).toEqual([
    expect.objectContaining({ code: 'TSG1003', line: 4 }),
    expect.objectContaining({ code: 'TSG2003', line: 5, message: expect.stringContaining("'describe' gets no gradient: it calls 'mapped'") }),
    expect.objectContaining({ code: 'TSG2003', line: 7, message: expect.stringContaining("'twice' gets no gradient: it calls 'mapped'") }),
  ]);
  expect(own[0]!.code).toContain('export function square_grad');
  expect(Object.keys(own[0]!.failed).sort()).toEqual(['describe', 'twice']);
});

test('a helper named like a name of the generated code compiles when it is inlined', () => {
  const { main } = project({ 'input.ts': `
    function sum(x: Float64Array): number { let s = 0; for (let i = 0; i < x.length; i++) s += x[i]; return s; }
    const top = (a: number, b: number): number => Math.max(a, b);
    export function f(x: Float64Array, c: number): number { return top(sum(x), c) * c; }` });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).not.toMatch(/ = (sum|top)\(|sum_vjp|top_vjp|import \{ sum/);
});

test("what a left-out function calls is not required: its modules and its private helpers", () => {
  const { all, results } = project({
    'c.ts': 'export function bad(x: number): number { const m = new Map<number, number>(); m.set(1, x); return m.get(1) ?? 0; }',
    'b.ts': `import { bad } from './c.js';
/** @noinline */
export function sq(x: number): number { return x * x; }
/** @noinline */
function helper(x: number): number { return x * 3; }
export function unused(x: number): number { return bad(x) + helper(x); }`,
    'input.ts': "import { sq } from './b.js';\nexport function f(x: number): number { return sq(x) + 1; }",
  });
  expect(all).toEqual([]);
  const b = results.find((r) => r.sourceFile.endsWith('b.ts'))!;
  expect(b.code).toContain('export function sq_vjp');
  expect(b.code).not.toMatch(/unused|helper|bad/);
});

test('a function exported only under another name than its own (`export { inner as sq }`, `export default inner`) is called by that name, or inlined', () => {
  const { all, main, dir } = project({
    'b.ts': 'function inner(x: number): number { return x * x; }\nexport { inner as sq };',
    'c.ts': 'function cube(x: number): number { return x * x * x; }\nexport default cube;',
    'input.ts': "import { sq } from './b.js';\nimport c3 from './c.js';\nexport function f(x: number): number { return sq(x) + c3(x) + 1; }",
  });
  expect(all).toEqual([]);
  const { f_grad } = runModule(main.code!, join(dir, 'input.grad.ts')) as { f_grad: (x: number) => { value: number; grad: { x: number } } };
  expect(f_grad(1.5)).toEqual({ value: 1.5 ** 2 + 1.5 ** 3 + 1, grad: { x: 2 * 1.5 + 3 * 1.5 ** 2 } });
});

test('a function exported only under another name and kept a call by @noinline is imported under that name (sq, sq_vjp)', () => {
  const { all, main } = project({
    'b.ts': '/** @noinline */\nfunction inner(x: number): number { return x * x; }\nexport { inner as sq };',
    'input.ts': "import { sq } from './b.js';\nexport function f(x: number): number { return sq(x) + 1; }",
  });
  expect(all).toEqual([]);
  expect(main.code).toMatch(/import \{ sq_jvp, sq_vjp, sq_vjp_d \} from '\.\/b\.grad\.js'/);
  expect(main.code).not.toMatch(/inner/);
});

test('@noinline: a doc comment counts, a doc comment quoted in another comment does not', () => {
  const { main } = project({ 'input.ts': `
    /** @noinline */
    // (once tagged /** @noinline-free */)
    function h1(x: number): number { return x * x; }
    // see the docs: /** @noinline */
    function h2(x: number): number { return x * 3; }
    /* old: /** @noinline */
    function h3(x: number): number { return x * 5; }
    export function f(x: number): number { return h1(x) + h2(x) + h3(x); }` });
  expect(main.diagnostics).toEqual([]);
  // (f's vjp calls it in reverse mode's joint form or, f having one active number, forward mode's: `h1_vjp(x, t1_adj)`)
  expect(main.code).toMatch(/h1_vjp\(x, \w+_adj\b/);
  expect(main.code).not.toMatch(/h2_vjp|h3_vjp/);
});

test('the vjp is imported from the generated module of the file that defines the callee', () => {
  const { main, results } = project({
    'lib/index.ts': 'export function one(x: number): number { return x; }\n/** @noinline */\nexport function sq(x: number): number { return one(x) * x; }',
    'input.ts': `import { sq } from './lib';\nexport function f(x: number): number { return sq(x) + x; }`,
  });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).toContain(`import { sq_jvp, sq_vjp, sq_vjp_d } from './lib/index.grad.js';`);
  expect(results.map((r) => r.outputFile.replace(/.*tsgrad-calls-[^/]+\//, ''))).toEqual(['input.grad.ts', 'lib/index.grad.ts']);
});

test('a function without a body may be called with values that do not depend on the inputs', () => {
  const ok = project({
    'ext.d.ts': 'export declare function scale(n: number): number;',
    'input.ts': `import { scale } from './ext.js';\nexport function f(x: Float64Array): number { return x[0] * scale(x.length); }`,
  });
  expect(ok.main.diagnostics).toEqual([]);
  const bad = project({
    'ext.d.ts': 'export declare function scale(n: number): number;',
    'input.ts': `import { scale } from './ext.js';\nexport function f(x: Float64Array): number { return scale(x[0]); }`,
  });
  expect(bad.main.diagnostics[0]).toMatchObject({ code: 'TSG2001', line: 2, column: 53 });
});

test('an imported callee whose name this module also declares is inlined, not confused with the local one', () => {
  const { main, dir } = project({
    'layers.ts': 'export function square(x: number): number { return x * x; }',
    'input.ts': `import { square as sqr } from './layers.js';
function square(x: number): number { return x * x * 1.5; }
export function f(x: number): number { return sqr(x) + square(x); }`,
  });
  expect(main.diagnostics).toEqual([]);
  const { f_grad } = runModule(main.code!, join(dir, 'input.grad.ts')) as { f_grad: (x: number) => { value: number; grad: { x: number } } };
  expect(f_grad(2)).toEqual({ value: 4 + 6, grad: { x: 4 + 6 } });
});

test('a function called through a namespace import is differentiated like a named import', () => {
  const { main } = project({
    'layers.ts': 'export function one(x: number): number { return x; }\n/** @noinline */\nexport function square(x: number): number { return one(x) * x; }',
    'input.ts': `import * as L from './layers.js';\nexport function f(x: number): number { return L.square(x) * 3; }`,
  });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).toContain(`import { square_jvp, square_vjp, square_vjp_d } from './layers.grad.js';`);
  // (f is a function of one number: its vjp, in forward mode, takes square's value from square_vjp,
  // and its f_hvp from square_vjp_d; square itself is not called)
  expect(main.code).not.toContain(`from './layers.js'`);
  expect(main.code).toMatch(/const (t\d+) = square_vjp\(x, \1_adj\);/);
});

test('a callee is inlined: no vjp call, no rerun of its forward sweep', () => {
  const { main } = project({
    'layers.ts': 'export function square(x: number): number { return x * x; }',
    'input.ts': `import { square } from './layers.js';\nexport function f(x: number): number { return square(x) * 3; }`,
  });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).not.toContain('square_vjp');
  expect(main.code).toMatch(/t\d+_square/);
});

test('callees of inlined callees are inlined too, across modules, and constants fold', () => {
  const { main } = project({
    'inner.ts': 'export function scale(x: number, k: number): number { return k === 0 ? x : k * x; }',
    'outer.ts': "import { scale } from './inner.js';\nexport function twice(x: number): number { return scale(x, 2) + Math.sin(x); }",
    'input.ts': "import { twice } from './outer.js';\nexport function f(x: number): number { return twice(x) * twice(x + 1); }",
  });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).not.toMatch(/(scale|twice)_vjp/);
  expect(main.code).not.toMatch(/^import .*(outer|inner)/m);
  // k === 0 with k = 2 is decided at compile time (TypeScript rejects comparing two literals),
  // and only the branch taken is left
  expect(main.code).not.toMatch(/2 === 0|if \((false|true)\)/);
  expect(main.code).toMatch(/= 2 \* x;/);
});

test('a recursive function stays a call; a @noinline one too', () => {
  const { main } = project({ 'input.ts': `
    function fact(x: number, n: number): number { return n <= 0 ? 1 : x * fact(x, n - 1); }
    /** @noinline */
    function cube(x: number): number { return x * x * x; }
    export function f(x: number, y: number): number { return fact(x, 3) + cube(x) + y; }` });
  expect(main.diagnostics).toEqual([]);
  // (y keeps f in reverse mode: a function of one active number gets its vjp in forward mode)
  // fact recurses: split mode (fact_fwd records, fact_rev pops); cube, called once: joint
  expect(main.code).toMatch(/= fact_fwd\(x, 3\);/);
  // (x passes through unchanged, n's adjoint is always zero: fact_rev takes f's own adj, and its
  // adj has no key for n)
  expect(main.code).toMatch(/fact_rev\(x, 3, adj, /);
  expect(main.code).toMatch(/function fact_rev\(x: number, n: number, adj: \{ x: number \}, /);
  expect(main.code).not.toMatch(/fact_adj/);
  expect(main.code).toMatch(/cube_vjp\(x, cube_adj, /);
  expect(main.code).toContain('// joint mode (called once, cube does not recurse): cube_vjp runs cube again');
  // fact's own halves call themselves rather than an unrolled copy
  expect(main.code).toMatch(/function fact_fwd[\s\S]*= fact_fwd\(x, t\d+\);/);
  expect(main.code).toMatch(/function fact_rev[\s\S]*fact_rev\(x, t\d+, adj, /);
});

test('a recursion into another module is in split mode, and that module exports its split forms however it is compiled', () => {
  const files = {
    'helpers.ts': 'export function nest(x: number, w: Float64Array, k: number): number { return k < 0 ? x : Math.sin(w[k] * nest(x, w, k - 1)) + x * 0.5; }',
    'input.ts': "import { nest } from './helpers.js';\nexport function f(x: number, w: Float64Array): number { return 2 * nest(x, w, w.length - 1); }",
  };
  const both = project(files);
  expect(both.all).toEqual([]);
  expect(both.main.code).toContain('// split mode (nest recurses): nest_rev pops what nest_fwd recorded');
  expect(both.main.code).toMatch(/^import \{[^}]*\bnest_fwd\b[^}]*\bnest_rev\b[^}]*\} from '\.\/helpers\.grad\.js';$/m);
  const helpers = both.results.find((r) => r.sourceFile.endsWith('helpers.ts'))!;
  expect(helpers.code).toMatch(/^export function nest_fwd\(/m);
  expect(helpers.code).toMatch(/^export function nest_rev\(/m);
  // helpers.ts compiled alone (\`tsgrad compile helpers.ts\`, a plugin that differentiates only
  // nest): the generated module is the same, so input.grad.ts still finds nest_fwd and nest_rev
  const alone = compileFiles([join(both.dir, 'helpers.ts')])[0]!;
  expect(alone.diagnostics).toEqual([]);
  expect(alone.code).toBe(helpers.code);
});

test('@noinline is read from the doc comment of a function or of the const declaring an arrow function', () => {
  const { main } = project({ 'input.ts': `
    /**
     * Squares. @noinline
     */
    function sq(x: number): number { return x * x; }
    /** @noinline */
    const cube = (x: number): number => x * x * x;
    // @noinline (a line comment is not a doc comment)
    function half(x: number): number { return x * 0.5; }
    /** @noinlineish */
    function third(x: number): number { return x / 3; }
    export function f(x: number): number { return sq(x) + cube(x) + half(x) + third(x); }` });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).toMatch(/sq_vjp\(x, \w+_adj\b/);
  expect(main.code).toMatch(/cube_vjp\(x, \w+_adj\b/);
  expect(main.code).not.toMatch(/half_vjp|third_vjp/);
});

test('@noinline: a doc comment just before an arrow; only the nearest doc comment; not a longer tag or a code span', () => {
  const { main } = project({ 'input.ts': `/** A module of helpers, none of them inlined: @noinline */

    /** Squares. */
    function sq(x: number): number { return x * x; }
    const cube = /** @noinline */ (x: number): number => x * x * x;
    /** @noinline-please-not */
    function half(x: number): number { return x * 0.5; }
    /** Writes \`@noinline\` to keep a call. */
    function third(x: number): number { return x / 3; }
    export function f(x: number): number { return sq(x) + cube(x) + half(x) + third(x); }` });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).toMatch(/cube_vjp\(x, \w+_adj\b/);
  expect(main.code).not.toMatch(/sq_vjp|half_vjp|third_vjp/);
});

test('a called function named like a name of the generated code (seed, sum, tape, …) is refused', () => {
  for (const name of ['seed', 'sum', 'tape', 'top']) {
    const { main } = project({ 'input.ts': `
      /** @noinline */
      function ${name}(a: number, b: number): number { return a + b * 2; }
      export function f(x: number): number { return ${name}(x, x * x); }` });
    expect(main.code).toBeUndefined();
    expect(main.diagnostics).toEqual([expect.objectContaining({ code: 'TSG2002', message: `the function '${name}' has a name the generated code uses for its own` })]);
  }
});

test('a callee whose remaining calls the caller cannot import stays a call', () => {
  const { main } = project({
    'lib.ts': `function hidden(x: number): number { return x * x; }
/** @noinline */
function kept(x: number): number { return hidden(x) + 1; }
export function uses(x: number): number { return kept(x) * 2; }`,
    'input.ts': "import { uses } from './lib.js';\nexport function f(x: number): number { return uses(x) + x; }",
  });
  expect(main.diagnostics).toEqual([]);
  // uses calls kept, which lib.ts does not export: f calls uses_vjp instead of inlining it
  expect(main.code).toContain("import { uses_jvp, uses_vjp, uses_vjp_d } from './lib.grad.js';");
});

test('a callee that negates an element (-x[i]) only reads the array: nothing saved around the call', () => {
  const { main } = project({ 'input.ts': `
    /** @noinline */
    function negSum(x: Float64Array): number { let s = 0; for (let i = 0; i < x.length; i++) s += -x[i] * x[i]; return s; }
    export function f(x: Float64Array): number { return negSum(x) * x[0]; }` });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).not.toContain('saveArray(x,');
  expect(main.code).not.toContain('negSum_vjpInOut');
});

test('an exported callee that returns a number and writes an array is called through its vjpInOut, from its module and from another', () => {
  const { main, results } = project({
    'state.ts': `/** @noinline */
export function advance(z: Float64Array, a: number): number { for (let i = 0; i < z.length; i++) z[i] = z[i] * a; return z[0]; }`,
    'input.ts': `import { advance } from './state.js';
    /** @noinline */
    export function local(z: Float64Array, a: number): number { z[1] = a * z[0]; return a; }
    export function f(z: Float64Array, a: number): number { const r = advance(z, a) + local(z, a); return r * z[1]; }` });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).toContain("import { advance_jvp, advance_vjpInOut, advance_vjpInOut_d } from './state.grad.js';");
  expect(main.code).toMatch(/advance_vjpInOut\(z, a, advance_adj, /);
  expect(main.code).toMatch(/local_vjpInOut\(z, a, local_adj, /);
  // the contract's f_vjp is the public form around the in-out one
  expect(main.code).toMatch(/export function f_vjp\([^)]*\): number \{[\s\S]*const result = f_vjpInOut\(z, a, adj, seed\);/);
  const state = results.find((r) => r.sourceFile.endsWith('state.ts'))!;
  expect(state.code).toMatch(/export function advance_vjpInOut\(/);
  expect(state.code).toMatch(/export function advance_vjp\(/);
});

// (trial46 finding 1: a field initialiser reading parameter properties through a method, lowered
// after them whatever the target, gave 8 where the program, with ES2022 class fields, gives NaN)
describe('a value class constructor in the order the project configures class fields', () => {
  const plate = `class Plate {
  readonly area = this.calc();
  constructor(readonly w: number, readonly h: number) {}
  calc(): number { return this.w * this.h; }
}
export function plateLoad(w: number, h: number): number { return new Plate(w, h).area + 2; }
`;
  test.each([
    ['useDefineForClassFields false: parameter properties, then initialisers (TypeScript before ES2022)', { target: 'ES2022', useDefineForClassFields: false }],
    ['target ES2020: parameter properties, then initialisers', { target: 'ES2020' }],
  ])('%s', (_name, compilerOptions) => {
    const { dir, main } = project({ 'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, ...compilerOptions } }), 'input.ts': plate });
    expect(main.diagnostics).toEqual([]);
    const { plateLoad_grad } = runModule(main.code!, join(dir, 'input.grad.ts')) as { plateLoad_grad: (w: number, h: number) => { value: number; grad: { w: number; h: number } } };
    expect(plateLoad_grad(2, 3)).toEqual({ value: 8, grad: { w: 3, h: 2 } });
  });

  test.each([
    ['target ES2022', { target: 'ES2022' }],
    ['useDefineForClassFields true', { target: 'ES2022', useDefineForClassFields: true }],
    ['no target (the default, ES2022 fields)', {}],
  ])('%s: the initialiser runs before w is assigned, refused (JavaScript reads undefined)', (_name, compilerOptions) => {
    const { main } = project({ 'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, ...compilerOptions } }), 'input.ts': plate });
    expect(main.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['TSG1002', 4, 27]]);
    expect(main.diagnostics[0]!.message).toContain("is read by the initialiser of the field 'area' (in 'Plate.calc', called while the instance is constructed) before the constructor of 'Plate' assigns 'w'");
  });
});
