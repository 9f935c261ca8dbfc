/**
 * `jvp(f)`, `hvp(f)` and `jacobian(f)` beside `grad(f)`: replaced by the generated `f_jvp`,
 * `f_hvp` and `f_jacobian` in real builds (esbuild, Rollup, webpack) and under `node --import
 * tsgrad/register`, each derivative against central differences (test/plugin-fixtures/forms);
 * what the generated module lacks is a coded build error at the call; without a plugin each
 * throws; the types are exact (tsc 6 and 7: the right code type-checks, each mistake fails).
 */
import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { transform } from '../plugin/transform.js';
import { hvp, jacobian, jvp } from '../index.js';
import { expectChecks, pluginFixtures, requireBuild, root, runModule, tempProject, type Check } from './support/plugin.js';

let project = '';
beforeAll(() => {
  requireBuild();
  project = tempProject(['forms']);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe.each(['esbuild', 'rollup', 'webpack'])('%s', (bundler) => {
  test('jvp(f) and jacobian(f) match central differences', async () => {
    const { stdout } = await promisify(execFile)(process.execPath,
      [join(pluginFixtures, 'build.mjs'), bundler, join(project, 'forms'), join(project, `out-${bundler}`)], { cwd: root });
    const outcome = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: boolean; message?: string; checks: Check[] };
    expect(outcome.message).toBeUndefined();
    expectChecks(outcome.checks);
    expect(outcome.checks.length).toBe(2 + 7 + 3 + 1 + 9 + 2 * 13);
  }, 120_000);
});

test('node --import tsgrad/register', async () => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath,
    ['--import', 'tsgrad/register', '-e', "import('./forms/main.ts').then((m) => console.log(JSON.stringify(m.checks())))"], { cwd: project });
  expect(stderr).toBe('');
  expectChecks(JSON.parse(stdout) as Check[]);
}, 60_000);

test('grad(f, keys) beside jacobian(f) in one module: the Jacobian keeps every column, the gradient only its keys', () => {
  const main = [
    "import { grad, jacobian } from 'tsgrad';",
    "import { normalize } from './model.js';",
    "export const g = grad(normalize, ['v']);",
    'export const J = jacobian(normalize);',
    '',
  ].join('\n');
  const result = transform(main, join(project, 'forms', 'keys.ts'));
  expect(result.diagnostics).toEqual([]);
  const m = runModule(result.code, join(project, 'forms', 'keys.ts')) as {
    g: (v: Float64Array, out: Float64Array) => { grad: Record<string, unknown> };
    J: (v: Float64Array, out: Float64Array) => { jacobian: Float64Array; rows: number; columns: number };
  };
  const v = new Float64Array([3, 4]);
  expect(Object.keys(m.g(v, new Float64Array(2)).grad)).toEqual(['v']);
  const J = m.J(v, new Float64Array(2));
  // rows |v|, out[0], out[1]; columns v[0], v[1], out[0], out[1] (zero: normalize does not read out)
  expect([J.rows, J.columns]).toEqual([3, 4]);
  const want = [0.6, 0.8, 0, 0, 0.128, -0.096, 0, 0, -0.096, 0.072, 0, 0];
  want.forEach((w, k) => expect(J.jacobian[k]).toBeCloseTo(w, 12));
});

describe('build errors at the call', () => {
  const rule = [
    '/** Registered derivative: reverse mode only. */',
    'export function cube(x: number): number { return x * x * x; }',
    'export function cube_vjp(x: number, adj: { x: number }, seed = 1): number { adj.x += seed * 3 * x * x; return x * x * x; }',
    'export function viaRule(x: number): number { return 2 * cube(x); }',
    '',
  ].join('\n');
  const diagnose = (main: string) => {
    const dir = tempProject(['forms'], { 'forms/rule.ts': rule, 'forms/use.ts': main });
    try {
      return transform(main, join(dir, 'forms', 'use.ts')).diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, message: d.message, hint: d.hint }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('hvp(f) of a function with an f_hvp: no diagnostic', () => {
    expect(diagnose("import { hvp } from 'tsgrad';\nimport { energy } from './model.js';\nexport const h = hvp(energy);\n")).toEqual([]);
  });

  test('hvp(f) of a function whose recursive helper stays a call: no diagnostic (the helper\'s second-order forms)', () => {
    expect(diagnose("import { hvp } from 'tsgrad';\nimport { cubed } from './model.js';\nexport const h = hvp(cubed);\n")).toEqual([]);
  });

  test('hvp(f) without an f_hvp in the generated module (TSG2005: a registered derivative)', () => {
    const [d, ...rest] = diagnose("import { hvp } from 'tsgrad';\nimport { viaRule } from './rule.js';\nexport const h = hvp(viaRule);\n");
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'TSG3002', line: 3, column: 22 });
    expect(d!.message).toMatch(/^tsgrad generates no Hessian-vector product for 'viaRule' \(.*rule\.ts\)/);
    expect(d!.hint).toMatch(/f_hvp/);
  });

  test('jacobian(f) of a function that writes no array: its gradient', () => {
    const [d, ...rest] = diagnose("import { jacobian } from 'tsgrad';\nimport { energy } from './model.js';\nexport const j = jacobian(energy);\n");
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'TSG3002', line: 3, column: 27, hint: 'use grad(f): its grad is the Jacobian of a function that returns a number' });
    expect(d!.message).toMatch(/: it writes no array parameter, so its Jacobian is its gradient \(one row\)$/);
  });

  test('jvp(f) of a function with no jvp says which call keeps it from one', () => {
    const [d, ...rest] = diagnose("import * as tsgrad from 'tsgrad';\nimport { viaRule } from './rule.js';\nexport const j = tsgrad.jvp(viaRule);\n");
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'TSG3002', line: 3, column: 29 });
    expect(d!.message).toMatch(/^tsgrad generates no jvp \(forward mode\) for 'viaRule' \(.*rule\.ts\): 'viaRule' gets no jvp .*cube_vjp/);
  });

  test('grad(f) of a void function, jvp(f, keys), and jvp not called', () => {
    const found = diagnose([
      "import { grad, jvp } from 'tsgrad';",
      "import { step } from './model.js';",
      'export const g = grad(step);',
      "export const k = jvp(step, ['dt']);",
      'export const j = jvp;',
      '',
    ].join('\n'));
    expect(found.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['4:18 TSG3001', '5:18 TSG3001']);
    expect(found[0]!.message).toBe('jvp takes one function: jvp(f)');
    expect(found[1]!.message).toBe("'jvp' must be called: jvp(f)");
    // (grad(step) is reported once jvp's mistakes are fixed)
    const [g] = diagnose("import { grad } from 'tsgrad';\nimport { step } from './model.js';\nexport const g = grad(step);\n");
    expect(g).toMatchObject({ code: 'TSG3002', line: 3, column: 23 });
  });
});

test('without a plugin, each throws and says how to set one up', () => {
  const f = (x: number): number => x;
  expect(() => jvp(f)).toThrow(/^tsgrad: jvp\(\) was called at run time: no tsgrad plugin replaced it at build time\.\n.*tsgrad\/vite/s);
  expect(() => hvp(f)).toThrow(/^tsgrad: hvp\(\) was called at run time.*import f_hvp from the \.grad\.ts file/s);
  expect(() => jacobian(f)).toThrow(/^tsgrad: jacobian\(\) was called at run time.*node --import tsgrad\/register/s);
});

// Types: exact, with no casts, once the build has written the parameter names (forms/model.tsgrad.d.ts).
const typed = `import { hvp, jacobian, jvp, type JacobianMode } from 'tsgrad';
import { energy, normalize, step } from './model.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const w = new Float64Array(3);
export const r: { value: number; tangent: number } = jvp(energy)(w, 2, { w, k: 1 });
export const partial: number = jvp(energy)(w, 2, { k: 1 }).tangent;
export const nothing: Equal<ReturnType<typeof jvp<typeof step>>, (state: Float64Array, dt: number, next: Float64Array, tangent: { state?: Float64Array; dt?: number; next?: Float64Array }) => void> = true;
export const h: { value: number; grad: { w: Float64Array; k: number }; hvp: { w: Float64Array; k: number } } = hvp(energy)(w, 2, { w, k: 0 });
export const J = jacobian(normalize)(w, w, 'reverse');
export const jExact: Equal<typeof J, { value: number } & { jacobian: Float64Array; rows: number; columns: number }> = true;
export const entry: number = jacobian(step)(w, 0.1, w).jacobian[0] ?? 0;
const mode: JacobianMode = 'forward';
export const size: number = jacobian(step)(w, 0.1, w, mode).rows;
`;
const mistakes: [string, string][] = [
  ['TS2353', 'export const misspelt = jvp(energy)(w, 2, { w, kk: 1 });'],
  ['TS2322', 'export const wrongType = jvp(energy)(w, 2, { k: w });'],
  ['TS2339', 'export const noValue = jacobian(step)(w, 0.1, w).value;'],
  ['TS2345', "export const badMode = jacobian(step)(w, 0.1, w, 'sideways');"],
  ['TS2322', 'export const voidJvp: number = jvp(step)(w, 0.1, w, {});'],
];
const wrong = [
  "import { hvp, jacobian, jvp } from 'tsgrad';",
  "import { energy, step } from './model.js';",
  'const w = new Float64Array(3);',
  ...mistakes.map(([, line]) => line),
].join('\n') + '\n';
const firstMistake = 4;

describe.each([
  ['TypeScript 6', join(root, 'node_modules', 'typescript', 'bin', 'tsc'), /^Version 6\./],
  ['TypeScript 7', join(root, 'node_modules', 'typescript7', 'bin', 'tsc'), /^Version 7\./],
] as const)('types, %s', (_name, compiler, version) => {
  test('the right code type-checks with no casts; each mistake fails with its code at its line', () => {
    expect(execFileSync(process.execPath, [compiler, '--version'], { encoding: 'utf8' })).toMatch(version);
    const dir = tempProject(['forms'], {
      'forms/typed.ts': typed,
      'forms/wrong.ts': wrong,
      'forms/package.json': '{ "type": "module" }\n',
      'forms/tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, target: 'es2022', lib: ['es2022'], module: 'nodenext', moduleResolution: 'nodenext', types: [], noEmit: true, skipLibCheck: true },
        include: ['typed.ts', 'wrong.ts', 'model.ts', 'model.tsgrad.d.ts'],
      }),
    });
    try {
      // the build writes model.tsgrad.d.ts (the parameter names), as any plugin does
      const caller = "import { jvp } from 'tsgrad';\nimport { energy } from './model.js';\nexport const j = jvp(energy);\n";
      expect(transform(caller, join(dir, 'forms', 'caller.ts')).diagnostics).toEqual([]);
      let errors: string[] = [];
      try {
        execFileSync(process.execPath, [compiler, '-p', join(dir, 'forms', 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8', cwd: join(dir, 'forms') });
      } catch (error) {
        errors = (error as { stdout: string }).stdout.split('\n').filter((l) => /^\S.*: error TS\d+/.test(l));
      }
      expect(errors.filter((l) => !l.startsWith('wrong.ts('))).toEqual([]);
      const found = errors.map((l) => /^wrong\.ts\((\d+),\d+\): error (TS\d+)/.exec(l)).map((m) => m && `${m[1]} ${m[2]}`);
      expect(found.length).toBe(mistakes.length);
      found.forEach((f, i) => expect(f).toMatch(new RegExp(`^${firstMistake + i} (${mistakes[i]![0]})$`)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
