/**
 * Module patterns of real packages, where fixtures cannot hold them (a package under
 * node_modules) or where what is asserted is a note: CommonJS exports followed into a package,
 * and exported variables holding functions named with the reason when they get no gradient.
 * (The fixtures modules/iife_module and modules/aliases check gradients against finite
 * differences; the corpus checks wcag-contrast's call into relative-luminance, a CommonJS
 * `module.exports = function`.)
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';

function project(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-modules-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const [main] = compileFiles([join(dir, 'input.ts')]);
  return { dir, main: main! };
}

const pkg = (name: string) => JSON.stringify({ name, version: '1.0.0', main: 'index.js' });

test('CommonJS packages are followed: module.exports = function, exports.f = …, module.exports = { f, g: h }, with their requires', () => {
  const { main } = project({
    'node_modules/lum/package.json': pkg('lum'),
    'node_modules/lum/index.js': "var w = 0.25, o = 1 / 12;\nfunction u(r) { return Math.pow(r, 2.4); }\n" +
      'module.exports = function (e) { var a = e[0] * o; return u(a) * w + e[1] * e.length; };\n',
    'node_modules/ops/package.json': pkg('ops'),
    'node_modules/ops/index.js': "var sq = require('./sq');\nexports.cube = function (x) { return sq(x) * x; };\n",
    'node_modules/ops/sq.js': 'module.exports = function sq(x) { return x * x; };\n',
    'node_modules/both/package.json': pkg('both'),
    'node_modules/both/index.js': 'function soft(x) { return Math.log(1 + Math.exp(x)); }\nfunction half(x) { return 0.5 * x; }\nmodule.exports = { soft, half: half };\n',
    'input.ts': "import lum from 'lum';\nimport { cube } from 'ops';\nimport { soft, half } from 'both';\n" +
      'export function f(c: number[], x: number): number { return lum(c) + cube(x) + soft(x) + half(x); }\n',
  });
  expect(main.diagnostics).toEqual([]);
  expect(main.code).toContain('export function f_vjp');
  // inlined: the packages' bodies, their constants and helpers, never an import of them
  expect(main.code).toMatch(/\*\* 2\.4/);
  expect(main.code).toMatch(/Math\.exp/);
  expect(main.code).not.toMatch(/from '(lum|ops|both)'/);
});

test('an exported variable holding a function tsgrad cannot follow is named with the reason, and a call to it is refused', () => {
  // (a factory that loops before it returns: tsgrad runs only straight-line statements of a factory when compiling)
  const { main } = project({
    'input.ts': 'function make(k: number) { let s = 0; for (let i = 0; i < 3; i++) s = s + k; return (x: number) => s * x; }\n' +
      'export const scale = make(3);\nexport function g(x: number): number { return scale(x); }\nexport function h(x: number): number { return x * x; }\n',
  });
  const why = "'make' loops before it returns (line 1): tsgrad runs a factory's statements when compiling only when they are straight-line";
  expect(main.notes).toEqual([expect.objectContaining({ code: 'TSG1010', line: 2, message: `'scale' holds a function made by a factory tsgrad cannot follow, so it gets no gradient: ${why}` })]);
  expect(main.diagnostics).toEqual([expect.objectContaining({ code: 'TSG2002', line: 3, message: `'scale' is made by a factory tsgrad cannot follow: ${why}` })]);
  expect(main.code).toContain('export function h_vjp');
});

test('a factory whose statements before its return are constants (a local computed from its parameter) makes the variable a function of the module', () => {
  const { main } = project({
    'input.ts': 'function make(k: number) { const s = k * 2; return (x: number) => s * x; }\n' +
      'export const scale = make(3);\nexport function g(x: number): number { return scale(x); }\n',
  });
  expect(main.diagnostics).toEqual([]);
  expect(main.notes).toEqual([]);
  expect(main.code).toContain('export function scale_vjp');
  // (s is 6: the made function's code reads it as that constant)
  expect(main.code).toMatch(/= 6 \* x;/);
});

test('an exported alias of another module\'s function is named with where its gradient is', () => {
  const { main } = project({
    'vec.ts': 'export function dot(a: number[], b: number[]): number { return a[0] * b[0] + a[1] * b[1]; }\n',
    'input.ts': "import * as vec from './vec.js';\nexport var inner = vec.dot;\nexport function sq(a: number[]): number { return inner(a, a); }\n",
  });
  expect(main.diagnostics).toEqual([]);
  expect(main.notes).toEqual([expect.objectContaining({ code: 'TSG1010', line: 2, message: expect.stringContaining("'inner' is an alias of 'dot' of vec.ts") })]);
  expect(main.code).toContain('export function sq_vjp');
});

test("the registration hint for a package's default export names it as it is imported, with its array parameters as arrays", () => {
  const { main } = project({
    'node_modules/tot/package.json': pkg('tot'),
    // (Math.random: a call tsgrad cannot follow, so this one cannot be differentiated)
    'node_modules/tot/index.js': 'module.exports = function total(xs, n) { var s = 0; for (var i = 0; i < n; i++) s += xs[i] * Math.random(); return s; };\n',
    'input.ts': "import sumUp from 'tot';\nexport function f(c: number[]): number { return sumUp(c, c.length) * 2; }\n",
  });
  const [d] = main.diagnostics;
  expect(d).toEqual(expect.objectContaining({ code: 'TSG2002', line: 2 }));
  expect(d!.hint).toContain('export function sumUp_vjp(xs: number[], n: number, adj: { xs: Float64Array; n: number }, seed = 1): number {');
  expect(d!.hint).toContain('for (let i = 0; i < xs.length; i++) adj.xs[i] += seed * /* ∂sumUp/∂xs[i] */;');
});

test("a recursive package function gets private copies in the caller's generated module, named after it and its package, and its gradient", () => {
  const { main, dir } = project({
    'node_modules/tot/package.json': pkg('tot'),
    // (recursive: not inlined; before, TSG2002 with the hint above)
    'node_modules/tot/index.js': 'module.exports = function total(xs, n) { return n <= 0 ? 0 : xs[n - 1] * xs[n - 1] + total(xs, n - 1); };\n',
    // (a function of the module named like the copy would be: the copy takes another name)
    'input.ts': "import sumUp from 'tot';\nexport function f(c: number[]): number { return Math.log(sumUp(c, c.length)) + total_tot(c[0]); }\nfunction total_tot(x: number): number { return x; }\n",
  });
  expect(main.diagnostics).toEqual([]);
  const code = main.code!;
  // (the default export, and the function it calls itself by, a name of its own; that one's
  // recursion runs in split mode, so its _fwd and _rev are called, and its own _vjp nowhere: left out)
  expect(code.match(/^function \w+(?=\()/gm)).toEqual(expect.arrayContaining(['function default_tot', 'function default_tot_vjp', 'function total_tot2', 'function total_tot2_fwd', 'function total_tot2_rev']));
  expect(code).not.toMatch(/^function total_tot2_vjp\(/m);
  expect(code).not.toMatch(/^export function (default|total)_tot/m);
  expect(code).not.toMatch(/from 'tot'/);
  writeFileSync(join(dir, 'input.grad.ts'), code);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const g = require(join(dir, 'input.grad.ts')) as { f_grad: (c: number[]) => { value: number; grad: { c: Float64Array } } };
  const c = [0.5, -1.25, 2, 0.75];
  const sq = c.reduce((s, x) => s + x * x, 0);
  const { value, grad } = g.f_grad(c);
  expect(value).toBeCloseTo(Math.log(sq) + c[0]!, 14);
  // d/dc_i log(Σ c²) = 2 c_i / Σ c², and 1 more for c_0 through total_tot(c[0])
  c.forEach((x, i) => expect(grad.c[i]).toBeCloseTo(2 * x / sq + (i === 0 ? 1 : 0), 12));
  rmSync(dir, { recursive: true, force: true });
});

test("with runtimeModule set, the kernels the source takes from tsgrad/runtime and their vjps are imported from there too, in one import", () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-modules-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(__dirname, '..'), join(dir, 'node_modules', 'tsgrad'), 'dir');
  writeFileSync(join(dir, 'input.ts'), "import { dot, sum } from 'tsgrad/runtime';\n" +
    'export function f(x: Float64Array, y: Float64Array): number {\n  return dot(x, y) + sum(x) * Math.sin(x[0]!);\n}\n');
  const [main] = compileFiles([join(dir, 'input.ts')], { runtimeModule: '#runtime' });
  expect(main!.diagnostics).toEqual([]);
  const imports = main!.code!.split('\n').filter((l) => l.startsWith('import '));
  // (before, `dot_vjp` and `sum` came from 'tsgrad/runtime' and `sum` from '#runtime' too: a duplicate binding)
  expect(imports).toHaveLength(1);
  expect(imports[0]).toMatch(/^import \{ [^}]*\bdot_vjp\b[^}]*\bsum\b[^}]*\bsum_vjp\b[^}]*\} from '#runtime';$/);
  rmSync(dir, { recursive: true, force: true });
});

test('a module compiled for its callers notes only the functions the inputs reach (trial36: 8 notes about util.ts nothing called)', () => {
  const { dir } = project({
    'dep.ts': 'export function withCb(x: number, cb?: (v: number) => void): number { if (cb) cb(x); return x * x; }\n' +
      'export function pair(x: number): { a: number; b: number } { return { a: x, b: 2 * x }; }\n' +
      'export function unused(x: number, cb?: (v: number) => void): number { if (cb) cb(x); return x; }\n',
    'input.ts': "import { withCb } from './dep.js';\nexport function f(x: number): number { return withCb(x) + 1; }\n",
  });
  const results = compileFiles([join(dir, 'input.ts')]);
  const dep = results.find((r) => r.sourceFile.endsWith('dep.ts'))!;
  expect(dep.notes).toEqual([expect.objectContaining({ code: 'TSG1010', line: 1, message: expect.stringContaining("the gradient of 'withCb' is for calls without 'cb'") })]);
  // (compiled itself, the module notes every exported function that gets no gradient)
  const alone = compileFiles([join(dir, 'dep.ts')])[0]!;
  expect(alone.notes.map((d) => d.line)).toEqual([1, 2, 3]);
});
