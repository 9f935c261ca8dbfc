/** The core transform: grad(f) replaced by the inlined generated gradient, or a diagnostic. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { TraceMap, originalPositionFor, generatedPositionFor } from '@jridgewell/trace-mapping';
import { compileTargets, GradientCache } from '../plugin/compile.js';
import { dependenciesOf, transform, type TransformResult } from '../plugin/transform.js';
import { expectChecks, pluginFixtures, runModule, tempProject, type Check } from './support/plugin.js';

const app = join(pluginFixtures, 'app');
const main = join(app, 'main.ts');
const mainSource = readFileSync(main, 'utf8');
const cache = new GradientCache();

/** Transforms `files['main.ts']` in a new project holding `files`. */
function transformIn(files: Record<string, string>, entry = 'main.ts'): TransformResult & { dir: string } {
  const dir = tempProject([], files);
  return { ...transform(files[entry]!, join(dir, entry)), dir };
}

const model = `export function loss(w: Float64Array, b: number): number {
  let s = b;
  for (let i = 0; i < w.length; i++) s += w[i] * w[i];
  return Math.sin(s);
}
`;

describe('modules that do not use grad', () => {
  test.each([
    ['no tsgrad import', 'export const x = 1;\n'],
    ['a type-only import', "import type { Gradient } from 'tsgrad';\nexport let g: Gradient | undefined;\n"],
    ['only the runtime', "import { tape } from 'tsgrad/runtime';\nexport const t = tape;\n"],
  ])('%s: the code comes back untouched, without a map', (_name, code) => {
    expect(transform(code, '/nowhere/main.ts')).toEqual({ code, map: null, diagnostics: [], dependencies: [] });
  });
});

describe('the fixture program', () => {
  const result = transform(mainSource, main, { cache });

  test('has no diagnostics and depends on the modules it differentiates', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.dependencies).toEqual([join(app, 'layers.ts'), join(app, 'model.ts')]);
    expect(dependenciesOf(mainSource, main)).toEqual(result.dependencies);
  });

  test('gradients match finite differences', () => {
    const program = runModule(result.code, main) as { checks: () => Check[] };
    expectChecks(program.checks());
  });

  test('calls are replaced, the grad import removed, the other imports kept', () => {
    expect(result.code).not.toMatch(/from 'tsgrad'/);
    expect(result.code).toContain("import { decay, loss } from './model.js';");
    expect(result.code).toContain('export const dloss = __tsgrad_model().loss_grad;');
    // grad(energy, ['x']) is energy's derivative with respect to x alone: no adjoint of y
    expect(result.code).toContain('export const denergy = __tsgrad_main().energy_grad;');
    expect(result.code).toContain('function energy_vjp(x: number, y: number, adj: { x: number }, seed = 1): number {');
    const energyVjp = result.code.slice(result.code.indexOf('function energy_vjp('), result.code.indexOf('function energy_grad('));
    // (x alone: one active number, whose derivative f_vjp takes in forward mode; nothing for y)
    expect(energyVjp).toContain('adj.x += seed * ');
    expect(energyVjp).not.toMatch(/\by_(b|d)\b/);
    expect(result.code).toContain("import * as __tsgrad_runtime from 'tsgrad/runtime';");
    // the helper model.ts calls from layers.ts is a small leaf: the compiler inlines it, so
    // the generated code needs nothing from layers.ts
    expect(result.code).not.toContain('__tsgrad_src_layers');
  });

  test('the module keeps its line numbers', () => {
    const before = mainSource.split('\n');
    const after = result.code.split('\n');
    for (const line of ['export function energy(x: number, y: number): number {', 'export function checks(): Check[] {']) {
      expect(after.indexOf(line)).toBe(before.indexOf(line));
    }
  });

  test('the source map leads back to the original positions', () => {
    const map = new TraceMap(result.map!.toString());
    // (the module itself first, then the modules whose generated gradients are inlined: see test/source-maps.test.ts)
    expect(map.sources).toEqual([main, join(app, 'model.ts'), join(app, 'layers.ts')]);
    const line = mainSource.split('\n').findIndex((l) => l.startsWith('export const ddecay')) + 1;
    const column = 'export const ddecay = '.length;
    const generated = generatedPositionFor(map, { source: main, line, column });
    expect(generated.line).toBe(line);
    expect(originalPositionFor(map, { line: generated.line!, column: generated.column! })).toMatchObject({ line, column });
    // The code after a replaced call maps back to itself.
    const after = result.code.split('\n')[line - 1]!.indexOf(';');
    expect(originalPositionFor(map, { line, column: after })).toMatchObject({ line, column: mainSource.split('\n')[line - 1]!.indexOf(';') });
  });

  test('is deterministic', () => {
    expect(transform(mainSource, main).code).toBe(result.code);
  });
});

describe('finding grad and f', () => {
  test('aliases, namespaces and re-exported names', () => {
    const r = transformIn({
      'model.ts': model,
      'main.ts': `import * as tg from 'tsgrad';
import { grad as g } from 'tsgrad';
import * as m from './model.js';
function local(x: number, y: number): number {
  return x * Math.cos(y);
}
export { local as exported };
export const a = tg.grad(m.loss);
export const b = g(local, ['y'] as const);
`,
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toContain('export const a = __tsgrad_model().loss_grad;');
    expect(r.code).toContain('export const b = __tsgrad_main().exported_grad;');
    expect(r.code).toContain('function exported_vjp(x: number, y: number, adj: { y: number }, seed = 1): number {');
    const out = runModule(r.code, join(r.dir, 'main.ts')) as Record<string, (...args: unknown[]) => { value: number; grad: Record<string, unknown> }>;
    const { value, grad } = out.b!(2, 0.5);
    expect(value).toBeCloseTo(2 * Math.cos(0.5), 12);
    expect(grad).toEqual({ y: -2 * Math.sin(0.5) });
    expect(out.a!(new Float64Array([1, 2]), 0.5).grad.b).toBeCloseTo(Math.cos(5.5), 12);
  });

  test('grad(f, keys) asked for different keys of one f takes each from its full gradient', () => {
    const r = transformIn({
      'main.ts': `import { grad } from 'tsgrad';
export function f(x: number, y: number, z: number): number {
  return x * Math.cos(y) + z * z;
}
export const dx = grad(f, ['x']);
export const dyz = grad(f, ['y', 'z']);
`,
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toContain('export const dx = __tsgrad_only(__tsgrad_main().f_grad, ["x"]);');
    expect(r.code).toContain('export const dyz = __tsgrad_only(__tsgrad_main().f_grad, ["y","z"]);');
    const out = runModule(r.code, join(r.dir, 'main.ts')) as Record<string, (...args: unknown[]) => { value: number; grad: Record<string, unknown> }>;
    expect(out.dx!(2, 0.5, 3).grad).toEqual({ x: Math.cos(0.5) });
    expect(out.dyz!(2, 0.5, 3).grad).toEqual({ y: -2 * Math.sin(0.5), z: 6 });
  });

  test('a local variable named grad is not tsgrad\'s', () => {
    const r = transformIn({
      'model.ts': model,
      'main.ts': `import { grad } from 'tsgrad';
import { loss } from './model.js';
export const dloss = grad(loss);
export function step(grad: (x: number) => number): number {
  return grad(1);
}
`,
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toContain('export const dloss = __tsgrad_model().loss_grad;');
    expect(r.code).toContain('  return grad(1);');
  });

  test('other imports from tsgrad stay', () => {
    const r = transformIn({ 'model.ts': model, 'main.ts': "import { grad, type Gradient } from 'tsgrad';\nimport { loss } from './model.js';\nexport const d = grad(loss);\nexport let last: Gradient | undefined;\n" });
    expect(r.code).toContain("import { type Gradient } from 'tsgrad';");
  });

  test('a JavaScript module gets JavaScript', () => {
    const r = transformIn({ 'model.ts': model, 'main.js': "import { grad } from 'tsgrad';\nimport { loss } from './model.js';\nexport const d = grad(loss);\n" }, 'main.js');
    expect(r.diagnostics).toEqual([]);
    expect(() => parse(r.code, { sourceType: 'module' })).not.toThrow();
    const out = runModule(r.code, join(r.dir, 'main.js')) as { d: (w: Float64Array, b: number) => { grad: { b: number } } };
    expect(out.d(new Float64Array([1, 2]), 0.5).grad.b).toBeCloseTo(Math.cos(5.5), 12);
  });

  test('a directive stays first', () => {
    // (two active numbers: reverse mode, with its tape; one would take forward mode, without)
    const taped = 'export const f = (x: number, c: number): number => {\n  let v = x;\n  for (let k = 0; k < 3; k++) v = Math.sin(v) * c;\n  return v;\n};\n';
    const r = transformIn({ 'model.ts': taped, 'main.ts': "'use strict';\nimport { grad } from 'tsgrad';\nimport { f } from './model';\nexport const d = grad(f);\n" });
    expect(r.code.split('\n')[0]).toBe("'use strict'; import * as __tsgrad_runtime from 'tsgrad/runtime';");
  });
});

describe('diagnostics', () => {
  test('a function tsgrad cannot differentiate: the compiler\'s diagnostic, in its module', () => {
    const dir = join(pluginFixtures, 'broken');
    const code = readFileSync(join(dir, 'main.ts'), 'utf8');
    const r = transform(code, join(dir, 'main.ts'));
    expect(r.code).toBe(code);
    expect(r.map).toBeNull();
    expect(r.diagnostics).toMatchObject([{ code: 'TSG1001', file: join(dir, 'model.ts'), line: 2, column: 3 }]);
  });

  test('grad(f) needs only f and what it calls: another function of its module may fail', () => {
    const files = {
      'model.ts': model + 'function helper(x: number): number {\n  try { return x; } catch { return 0; }\n}\nexport function bad(x: number): number {\n  return helper(x) * 2;\n}\n',
      'main.ts': "import { grad } from 'tsgrad';\nimport { loss } from './model.js';\nexport const d = grad(loss);\n",
    };
    const ok = transformIn(files);
    expect(ok.diagnostics).toEqual([]);
    const { d } = runModule(ok.code, join(ok.dir, 'main.ts')) as { d: (w: Float64Array, b: number) => { value: number; grad: { w: Float64Array; b: number } } };
    const r = d(new Float64Array([0.5, -1]), 0.25);
    const s = 0.25 + 0.25 + 1;
    expect(r.value).toBe(Math.sin(s));
    expect(r.grad.b).toBeCloseTo(Math.cos(s), 14);
    expect(Array.from(r.grad.w)).toEqual([2 * 0.5 * Math.cos(s), 2 * -1 * Math.cos(s)]);
    // grad(bad): its own reason, and the problem in the helper behind it
    const failed = transformIn({ ...files, 'main.ts': "import { grad } from 'tsgrad';\nimport { bad } from './model.js';\nexport const d = grad(bad);\n" });
    expect(failed.diagnostics).toMatchObject([
      { code: 'TSG2003', file: join(failed.dir, 'model.ts'), line: 10, message: expect.stringContaining("'bad' gets no gradient: it calls 'helper'") },
      { code: 'TSG1001', file: join(failed.dir, 'model.ts'), line: 7 },
    ]);
  });

  test.each([
    ['a function that is not exported', 'function f(x: number): number {\n  return x;\n}\nexport const d = grad(f);\n',
      { code: 'TSG3002', line: 4, column: 23, message: "'f' is not exported" }],
    ['an inline function', 'export const d = grad((x: number) => x * x);\n',
      { code: 'TSG3001', line: 1, column: 23 }],
    ['grad not called', 'export const g = grad;\n',
      { code: 'TSG3001', line: 1, column: 18, message: "'grad' must be called: grad(f)" }],
    ['an unknown key', "import { loss } from './model.js';\nexport const d = grad(loss, ['w', 'z']);\n",
      { code: 'TSG3003', line: 2, column: 35, message: "'z' is not a differentiated parameter of 'loss'", hint: "its gradient has 'w', 'b'" }],
    ['keys that are not written out', "import { loss } from './model.js';\nconst keys = ['w'];\nexport const d = grad(loss, keys);\n",
      { code: 'TSG3003', line: 3, column: 29 }],
    ['a module that is not there', "import { loss } from './nowhere.js';\nexport const d = grad(loss);\n",
      { code: 'TSG3004', line: 2, column: 23 }],
    ['a function from a package', "import { loss } from 'some-package';\nexport const d = grad(loss);\n",
      { code: 'TSG3001', line: 2, column: 23 }],
    ['a function that does not return a number', "import { name } from './model.js';\nexport const d = grad(name);\n",
      { code: 'TSG3002', line: 2, column: 23 }],
  ])('%s', (_name, body, expected) => {
    const r = transformIn({
      'model.ts': model + 'export function name(x: number): string {\n  return String(x);\n}\n',
      'main.ts': "import { grad } from 'tsgrad';\n" + body,
    });
    expect(r.diagnostics).toMatchObject([{ ...expected, line: expected.line + 1, file: join(r.dir, 'main.ts') }]);
  });
});

describe('the compile cache', () => {
  test('reuses a compile until a file it depends on changes', () => {
    const dir = tempProject([], { 'model.ts': model });
    const file = join(dir, 'model.ts');
    const cache = new GradientCache();
    const first = compileTargets([file], 'tsgrad/runtime', cache);
    expect(compileTargets([file], 'tsgrad/runtime', cache)).toBe(first);
    writeFileSync(file, model.replace('Math.sin(s)', 'Math.cos(s)'));
    const second = compileTargets([file], 'tsgrad/runtime', cache);
    expect(second).not.toBe(first);
    expect(second.results[0]!.code).toContain('Math.cos(s)');
  });
});
