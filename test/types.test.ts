/**
 * `grad(f)`'s exact types, through the plugins' flow: the core transform (which every adapter
 * runs) writes `model.tsgrad.d.ts` beside the module it differentiates, then TypeScript 6's and
 * TypeScript 7's `tsc` check a user project against tsgrad's published types (dist/index.d.ts,
 * through node_modules/tsgrad): the right code type-checks with no casts, and each mistake
 * fails with its TypeScript error code at its line. The generated gradient's keys at run time
 * are the keys of its type.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import tsgradTsc from '../plugin/tsc.js';
import { run } from '../cli/run.js';
import { declarationFileOf, paramNamesDeclaration, writeParamNames } from '../plugin/declarations.js';
import { transform } from '../plugin/transform.js';
import { expectChecks, pluginFixtures, requireBuild, runModule, tempProject, type Check } from './support/plugin.js';

const root = resolve(__dirname, '..');
const compilers = [
  ['TypeScript 6', join(root, 'node_modules', 'typescript', 'bin', 'tsc'), /^Version 6\./],
  ['TypeScript 7', join(root, 'node_modules', 'typescript7', 'bin', 'tsc'), /^Version 7\./],
] as const;

const model = `import { grad } from 'tsgrad';

export function mse(w: Float64Array, b: number, x: Float64Array, y: number, label: boolean, k = 2): number {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  const d = z - y;
  return label ? k * d * d : d * d;
}

/** Integer arrays and booleans are data: no gradient key. */
export function pick(w: Float64Array, idx: Int32Array, on: boolean): number {
  let s = 0;
  for (let i = 0; i < idx.length; i++) s += w[idx[i]];
  return on ? s : -s;
}

export enum Mode { Linear, Quadratic }
export enum Gain { Low = 1, High = 2.5 }

/** Numeric enums are discrete, as booleans: no gradient key, required or optional; a number literal type keeps its key. */
export function eased(x: number, mode: Mode, gain?: Gain, lit: 1 | 2 = 1): number {
  return (mode === Mode.Linear ? x : x * x) * (gain ?? 1) * lit;
}

export function ratio(a: number, b: number): number | undefined {
  if (b === 0) return undefined;
  return a / b;
}

function scaleImpl(x: number, c: number): number {
  return x * c;
}
export { scaleImpl as scale };

/** A const arrow function, and a renamed function expression: their names are registry entries, found by type. */
export const shift = (x: number, c: number): number => x + c;
const offsetImpl = function (v: Float64Array, by: number): number {
  return v[0] * by;
};
export { offsetImpl as offset };

/** Two const functions of the same type: the type does not tell them apart, so neither has names. */
export const twin1 = (p: number, q: number, r: number): number => p * q * r;
export const twin2 = (u: number, v: number, s: number): number => u + v * s;

/** Calls grad(f): not differentiated, so not registered (its inferred type would make the registry circular). */
export const slope = (at: number) => grad(shift)(at, 1).grad.x;

/** Arrays of rows: their adjoints are rows, number[] for number[] rows and Float64Array for typed ones. */
export function rowsum(A: readonly number[][], R: Float64Array[], k: number): number {
  let s = 0;
  for (const row of A) s += row[0] * k;
  for (const r of R) s += r[0] * r[0];
  return s;
}

/** Not differentiated (no number result): not declared. */
export function label(x: number): string {
  return String(x);
}
`;

// Every line of the right code type-checks: no casts, no non-null assertions.
const main = `import { grad, jvp, type GradientOf, type Params } from 'tsgrad';
import { eased, Gain, Mode, mse, offset, pick, ratio, rowsum, scale, shift, slope, twin1 } from './model.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const w = new Float64Array([0.5, -0.25]);
const x = new Float64Array([1, 2]);

export const dmse = grad(mse);
export const r: { value: number; grad: { w: Float64Array; b: number; x: Float64Array; y: number; k: number } } = dmse(w, 0.1, x, 1, true);
export const exact: Equal<typeof r.grad, { w: Float64Array; b: number; x: Float64Array; y: number; k: number }> = true;
let s = 0;
for (let i = 0; i < r.grad.w.length; i++) s += r.grad.w[i] * r.grad.x[i];
export const total: number = s + r.grad.b + r.grad.y + r.grad.k;
export const only: { value: number; grad: { w: Float64Array; b: number } } = grad(mse, ['w', 'b'])(w, 0.1, x, 1, false, 3);
export const onlyExact: Equal<typeof only.grad, { w: Float64Array; b: number }> = true;
export const dpick = grad(pick);
export const picked: Equal<ReturnType<typeof dpick>['grad'], { w: Float64Array }> = true;
export const params: Equal<Params<typeof pick>, { w: Float64Array; idx: Int32Array; on: boolean }> = true;
export const gradient: Equal<GradientOf<typeof mse>, typeof r.grad> = true;
export const easedGrad: { value: number; grad: { x: number; lit: number } } = grad(eased)(2, Mode.Quadratic, Gain.High, 2);
export const easedExact: Equal<GradientOf<typeof eased>, { x: number; lit: number }> = true;
export const dratio = grad(ratio);
export const q: { value: number | undefined; grad: { a: number; b: number } } = dratio(1, 2);
export const scaled: { value: number; grad: { x: number; c: number } } = grad(scale)(2, 3);
// a const arrow function and a renamed function expression, through the registry
export const shifted: { value: number; grad: { x: number; c: number } } = grad(shift)(2, 3);
export const shiftedExact: Equal<GradientOf<typeof shift>, { x: number; c: number }> = true;
export const shiftedOnly: { value: number; grad: { x: number } } = grad(shift, ['x'])(2, 3);
export const shiftedTangent: { value: number; tangent: number } = jvp(shift)(2, 3, { c: 1 });
export const offsetGrad: { value: number; grad: { v: Float64Array; by: number } } = grad(offset)(w, 2);
export const offsetExact: Equal<GradientOf<typeof offset>, { v: Float64Array; by: number }> = true;
// two functions of one type: keyed by string (grad(f, keys) still names them)
export const twinLoose: Equal<GradientOf<typeof twin1>, Record<string, number>> = true;
export const twinOnly: { value: number; grad: { p: number } } = grad(twin1, ['p'])(1, 2, 3);
export const sloped: (at: number) => number = slope;
export const rowsGrad: { value: number; grad: { A: number[][]; R: Float64Array[]; k: number } } = grad(rowsum)([[1, 2], [3]], [new Float64Array([0.5])], 2);
export const rowsExact: Equal<GradientOf<typeof rowsum>, { A: number[][]; R: Float64Array[]; k: number }> = true;
`;

// Each mistake, on its own line, with the error tsc must report there (TS2551: "did you mean 'x'?").
const mistakes: [string, string][] = [
  ['TS2339', 'export const misspelt = grad(mse)(w, 0.1, x, 1, true).grad.c;'],
  ['TS2322', "export const notAParameter = grad(mse, ['w', 'nope']);"],
  ['TS2322', "export const notDifferentiated = grad(mse, ['label']);"],
  ['TS2322', 'export const wrongType: Float64Array = grad(mse)(w, 0.1, x, 1, true).grad.b;'],
  ['TS2322', 'export const wrongArray: string = grad(mse, [\'w\'])(w, 0.1, x, 1, true).grad.w;'],
  ['TS2339', 'export const integerArray = grad(pick)(w, new Int32Array(1), true).grad.idx;'],
  ['TS2339', "export const notAsked = grad(mse, ['w'])(w, 0.1, x, 1, true).grad.b;"],
  ['TS2339', 'export const enumKey = grad(eased)(2, Mode.Linear).grad.mode;'],
  ['TS2322', "export const enumNotAParameter = grad(eased, ['x', 'gain']);"],
  ['TS2345', 'export const wrongArgument = grad(mse)(w, 0.1, x, 1, 0);'],
  ['TS2322', 'export const maybeUndefined: number = grad(ratio)(1, 2).value;'],
  ['TS2345', 'export const nullOrUndefined = grad((t: number): number | null | undefined => t);'],
  ['TS2551', 'export const aliasMisspelt = grad(scale)(2, 3).grad.X;'],
  ['TS2339', 'export const constMisspelt = grad(shift)(2, 3).grad.shiftBy;'],
  ['TS2322', 'export const constWrongType: Float64Array = grad(shift)(2, 3).grad.x;'],
  ['TS2322', "export const constNotAParameter = grad(shift, ['x', 'nope']);"],
  ['TS2353', 'export const constTangent = jvp(shift)(2, 3, { cc: 1 });'],
  ['TS2339', 'export const renamedMisspelt = grad(offset)(w, 2).grad.offsetBy;'],
  ['TS2322', 'export const renamedWrongType: number = grad(offset)(w, 2).grad.v;'],
  ['TS2322', "export const renamedNotAParameter = grad(offset, ['v', 'vv']);"],
  ['TS2740', 'export const rowsNotFlat: Float64Array = grad(rowsum)([[1]], [], 2).grad.A;'],
];
const wrong = [
  "import { grad, jvp } from 'tsgrad';",
  "import { eased, Mode, mse, offset, pick, ratio, rowsum, scale, shift } from './model.js';",
  'const w = new Float64Array(2);',
  'const x = new Float64Array(2);',
  ...mistakes.map(([, line]) => line),
].join('\n') + '\n';
const firstMistake = 5;

const tsconfig = JSON.stringify({
  compilerOptions: {
    strict: true, target: 'es2022', lib: ['es2022'], module: 'nodenext', moduleResolution: 'nodenext',
    types: [], noEmit: true, skipLibCheck: true,
  },
  include: ['src'],
});

function tsc(compiler: string, dir: string): string[] {
  try {
    execFileSync(process.execPath, [compiler, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8', cwd: dir });
    return [];
  } catch (error) {
    return (error as { stdout: string }).stdout.split('\n').filter((l) => /^\S.*: error TS\d+/.test(l));
  }
}

let dir = '';
beforeAll(() => {
  requireBuild();
  dir = tempProject([], {
    'package.json': '{ "type": "module" }\n',
    'tsconfig.json': tsconfig,
    'src/model.ts': model,
    'src/main.ts': main,
    'src/wrong.ts': wrong,
    // names an earlier build wrote, before a parameter was added: not used (keys by string)
    'src/stale.ts': "import { grad } from 'tsgrad';\nexport function old(a: number, b: number): number { return a * b; }\nexport const loose: number = grad(old)(1, 2).grad.renamed;\n",
    'src/stale.tsgrad.d.ts': "// Generated by tsgrad from stale.ts\nexport {};\ndeclare module './stale.js' {\n  namespace old { const __tsgrad_params: readonly ['a']; }\n}\n",
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('through the plugins\' flow', () => {
  let result: ReturnType<typeof transform>;
  beforeAll(() => {
    result = transform(main, join(dir, 'src', 'main.ts'));
  });

  test('the transform writes the parameter names of the differentiated module beside it', () => {
    expect(result.diagnostics).toEqual([]);
    expect(readFileSync(join(dir, 'src', 'model.tsgrad.d.ts'), 'utf8')).toBe([
      '// Generated by tsgrad from model.ts: the parameter names of its exported functions, which give',
      '// grad(f) its exact types. Rewritten by the build when model.ts changes; do not edit.',
      'export {};',
      "declare module './model.js' {",
      "  namespace eased { const __tsgrad_params: readonly ['x', 'mode', 'gain', 'lit']; }",
      "  namespace mse { const __tsgrad_params: readonly ['w', 'b', 'x', 'y', 'label', 'k']; }",
      "  namespace pick { const __tsgrad_params: readonly ['w', 'idx', 'on']; }",
      "  namespace ratio { const __tsgrad_params: readonly ['a', 'b']; }",
      "  namespace rowsum { const __tsgrad_params: readonly ['A', 'R', 'k']; }",
      "  namespace scale { const __tsgrad_params: readonly ['x', 'c']; }",
      '}',
      'declare const names: unique symbol;',
      "declare module 'tsgrad' {",
      '  interface ParamNamesRegistry {',
      '    [names]: {',
      "      offset: [typeof import('./model.js').offset, readonly ['v', 'by']];",
      "      shift: [typeof import('./model.js').shift, readonly ['x', 'c']];",
      "      twin1: [typeof import('./model.js').twin1, readonly ['p', 'q', 'r']];",
      "      twin2: [typeof import('./model.js').twin2, readonly ['u', 'v', 's']];",
      '    };',
      '  }',
      '}',
      '',
    ].join('\n'));
    // main.ts is only the caller: nothing of it is differentiated
    expect(existsSync(join(dir, 'src', 'main.tsgrad.d.ts'))).toBe(false);
  });

  test('the generated gradients have at run time exactly the keys their types have', () => {
    const m = runModule(result.code, join(dir, 'src', 'main.ts'));
    expect(Object.keys((m.r as { grad: object }).grad).sort()).toEqual(['b', 'k', 'w', 'x', 'y']);
    expect(Object.keys((m.only as { grad: object }).grad).sort()).toEqual(['b', 'w']);
    expect(Object.keys((m.dpick as (...a: unknown[]) => { grad: object })(new Float64Array(2), new Int32Array([1]), true).grad)).toEqual(['w']);
    expect(Object.keys((m.q as { grad: object }).grad).sort()).toEqual(['a', 'b']);
    expect((m.easedGrad as { grad: object }).grad).toEqual({ x: 2 * 2 * 2.5 * 2, lit: 4 * 2.5 });
    expect(Object.keys((m.scaled as { grad: object }).grad).sort()).toEqual(['c', 'x']);
    expect(Object.keys((m.shifted as { grad: object }).grad).sort()).toEqual(['c', 'x']);
    expect(Object.keys((m.offsetGrad as { grad: object }).grad).sort()).toEqual(['by', 'v']);
    // d/dby (v[0] * by) = v[0]; d/dv[0] = by
    expect((m.offsetGrad as { grad: { v: Float64Array; by: number } }).grad).toEqual({ v: new Float64Array([2, 0]), by: 0.5 });
    // ratio's undefined result: value undefined, gradient 0
    expect((m.dratio as (a: number, b: number) => unknown)(1, 0)).toEqual({ value: undefined, grad: { a: 0, b: 0 } });
  });

  describe.each(compilers)('%s', (_name, compiler, version) => {
    test('the right code type-checks; each mistake fails with its code at its line', () => {
      expect(execFileSync(process.execPath, [compiler, '--version'], { encoding: 'utf8' })).toMatch(version);
      const errors = tsc(compiler, dir);
      expect(errors.filter((l) => !l.startsWith('src/wrong.ts('))).toEqual([]);
      const found = errors.map((l) => /^src\/wrong\.ts\((\d+),\d+\): error (TS\d+)/.exec(l)).map((m) => m && `${m[1]} ${m[2]}`);
      expect(found).toEqual(mistakes.map(([code], i) => `${firstMistake + i} ${code}`));
    }, 120_000);
  });
});

const bareMain = `import { grad } from 'tsgrad';
import { mse } from './model.js';
const w = new Float64Array(2);
export const keyed: number | Float64Array = grad(mse)(w, 0.1, w, 1, true).grad.anything;
export const only: { w: number | Float64Array } = grad(mse, ['w'])(w, 0.1, w, 1, true).grad;
`;

describe('without the declarations (`types: false`, or before the first build)', () => {
  test('nothing is written; the gradient is keyed by string, and grad(f, keys) still types its keys', () => {
    const bare = tempProject([], {
      'package.json': '{ "type": "module" }\n',
      'tsconfig.json': tsconfig,
      'src/model.ts': model,
      'src/main.ts': bareMain,
    });
    try {
      const result = transform(readFileSync(join(bare, 'src', 'main.ts'), 'utf8'), join(bare, 'src', 'main.ts'), { types: false });
      expect(result.diagnostics).toEqual([]);
      expect(existsSync(join(bare, 'src', 'model.tsgrad.d.ts'))).toBe(false);
      expect(tsc(compilers[0][1], bare)).toEqual([]);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the declarations', () => {
  test('namespaces for function declarations, registry entries for the other functions tsgrad differentiates; not overloads, rest or pattern parameters, defaults', () => {
    const code = [
      'export function a(this: void, x: number, y = 1): number { return x * y; }',
      'export function over(x: number): number;',
      'export function over(x: number): number { return x; }',
      'export function rest(...xs: number[]): number { return xs.length; }',
      'export function pattern({ x }: { x: number }): number { return x; }',
      'export const arrow = (x: number): number => x, expression = function (u: number, v = 2) { return u * v; };',
      'export const text = (x: number): string => String(x);',
      'const local = (k: number): number => k;',
      'export { local as renamed };',
      'function hidden(x: number): number { return x; }',
      'export default function d(x: number): number { return x; }',
      'export function maybe(x: number): number | null { return x; }',
    ].join('\n');
    const text = paramNamesDeclaration(code, '/p/m.mts', new Set(['a', 'maybe', 'arrow', 'expression', 'renamed', 'text', 'rest']));
    expect(text).toContain([
      "declare module './m.mjs' {",
      "  namespace a { const __tsgrad_params: readonly ['x', 'y']; }",
      "  namespace maybe { const __tsgrad_params: readonly ['x']; }",
      '}',
      'declare const names: unique symbol;',
      "declare module 'tsgrad' {",
      '  interface ParamNamesRegistry {',
      '    [names]: {',
      "      arrow: [typeof import('./m.mjs').arrow, readonly ['x']];",
      "      expression: [typeof import('./m.mjs').expression, readonly ['u', 'v']];",
      "      renamed: [typeof import('./m.mjs').renamed, readonly ['k']];",
      '    };',
      '  }',
      '}',
      '',
    ].join('\n'));
    // a const function tsgrad does not differentiate gets no entry (nor does any, without the set)
    expect(paramNamesDeclaration('export const f = (x: number): number => x;\n', '/p/m.ts', new Set())).toBeUndefined();
    expect(paramNamesDeclaration('export const f = (x: number): number => x;\n', '/p/m.ts')).toBeUndefined();
    expect(declarationFileOf('/p/model.tsx')).toBe('/p/model.tsgrad.d.ts');
  });

  test('written only when changed, removed when nothing is left to declare, never over a file tsgrad did not write, never under node_modules', () => {
    const d = tempProject([], {
      'm.ts': 'export function f(x: number): number { return x; }\n',
      'own.ts': 'export function g(x: number): number { return x; }\n',
      'own.tsgrad.d.ts': '// mine\n',
    });
    try {
      mkdirSync(join(d, 'node_modules', 'dep'), { recursive: true });
      writeFileSync(join(d, 'node_modules', 'dep', 'index.ts'), 'export function h(x: number): number { return x; }\n');
      writeParamNames([join(d, 'm.ts'), join(d, 'own.ts'), join(d, 'node_modules', 'dep', 'index.ts')]);
      expect(readFileSync(join(d, 'm.tsgrad.d.ts'), 'utf8')).toContain("namespace f { const __tsgrad_params: readonly ['x']; }");
      expect(readFileSync(join(d, 'own.tsgrad.d.ts'), 'utf8')).toBe('// mine\n');
      expect(existsSync(join(d, 'node_modules', 'dep', 'index.tsgrad.d.ts'))).toBe(false);
      writeFileSync(join(d, 'm.ts'), 'export const f = (x: number): number => x;\n');
      writeParamNames([join(d, 'm.ts')]);
      expect(existsSync(join(d, 'm.tsgrad.d.ts'))).toBe(false);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('tsgrad types (for tsc --noEmit before a build)', () => {
  async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const out = { code: -1, stdout: '', stderr: '' };
    out.code = await run(argv, {
      stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd, env: {}, isTTY: false, version: 'test',
    });
    return out;
  }

  test('writes what the build writes, for the modules that the inputs\' grad(f) calls differentiate; --check says when it is stale', async () => {
    const d = tempProject([], { 'src/model.ts': model, 'src/main.ts': main, 'src/other.ts': 'export function unused(x: number): number { return x; }\n' });
    try {
      expect(await cli(['types', '--check', 'src'], d)).toEqual({ code: 1, stdout: 'stale or missing: src/model.tsgrad.d.ts\ntsgrad: 1 declaration file out of date; run tsgrad types without --check to update.\n', stderr: '' });
      expect(await cli(['types', 'src'], d)).toEqual({ code: 0, stdout: 'tsgrad: 1 declaration file for grad(f), 1 file written or removed.\n', stderr: '' });
      const written = readFileSync(join(d, 'src', 'model.tsgrad.d.ts'), 'utf8');
      transform(main, join(d, 'src', 'main.ts'));
      expect(readFileSync(join(d, 'src', 'model.tsgrad.d.ts'), 'utf8')).toBe(written);
      // only the differentiated module gets a file
      expect(existsSync(join(d, 'src', 'other.tsgrad.d.ts'))).toBe(false);
      expect(await cli(['types', '--check', 'src'], d)).toEqual({ code: 0, stdout: 'tsgrad: 1 declaration file up to date.\n', stderr: '' });
      writeFileSync(join(d, 'src', 'model.ts'), model.replace('export function ratio(a: number, b: number)', 'export function ratio(num: number, den: number)').replace(/b === 0\) return undefined;\n  return a \/ b/, 'den === 0) return undefined;\n  return num / den'));
      expect((await cli(['types', '--check', 'src/main.ts'], d)).code).toBe(1);
      expect((await cli(['types', 'src/main.ts'], d)).code).toBe(0);
      expect(readFileSync(join(d, 'src', 'model.tsgrad.d.ts'), 'utf8')).toContain("namespace ratio { const __tsgrad_params: readonly ['num', 'den']; }");
      expect(await cli(['types', '--wrt', 'w', 'src'], d)).toMatchObject({ code: 2, stderr: expect.stringContaining('--wrt is an option of tsgrad compile, not of tsgrad types') });
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('the adapters write them as they build', () => {
  const expected = (file: string) => readFileSync(join(pluginFixtures, 'app', file), 'utf8');
  /** A copy of the fixture program without the declarations the repository holds. */
  function freshApp(): string {
    const project = tempProject(['app']);
    for (const f of ['model.tsgrad.d.ts', 'main.tsgrad.d.ts']) rmSync(join(project, 'app', f));
    return project;
  }

  test('tsgrad/esbuild (unplugin: also Vite, Rollup, webpack)', async () => {
    requireBuild();
    const project = freshApp();
    try {
      const { stdout } = await promisify(execFile)(process.execPath,
        [join(pluginFixtures, 'build.mjs'), 'esbuild', join(project, 'app'), join(project, 'out')], { cwd: root });
      const outcome = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: boolean; checks: Check[] };
      expectChecks(outcome.checks);
      expect(readFileSync(join(project, 'app', 'model.tsgrad.d.ts'), 'utf8')).toBe(expected('model.tsgrad.d.ts'));
      expect(readFileSync(join(project, 'app', 'main.tsgrad.d.ts'), 'utf8')).toBe(expected('main.tsgrad.d.ts'));
      expect(existsSync(join(project, 'app', 'layers.tsgrad.d.ts'))).toBe(false);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);

  test.each([[{}, true], [{ types: false }, false]])('tsgrad/tsc with %j: written %s', (options, written) => {
    const project = freshApp();
    try {
      const program = ts.createProgram([join(project, 'app', 'main.ts')], {
        module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, target: ts.ScriptTarget.ES2022,
        outDir: join(project, 'out'), strict: true, skipLibCheck: true,
      });
      const result = program.emit(undefined, undefined, undefined, false, { before: [tsgradTsc(program, options, { ts })] });
      expect(result.diagnostics).toEqual([]);
      expect(existsSync(join(project, 'app', 'model.tsgrad.d.ts'))).toBe(written);
      if (written) expect(readFileSync(join(project, 'app', 'model.tsgrad.d.ts'), 'utf8')).toBe(expected('model.tsgrad.d.ts'));
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
