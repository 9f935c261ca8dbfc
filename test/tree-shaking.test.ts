/**
 * A bundle keeps only the runtime its gradients call: Rosenbrock's `grad(f)` (a branch in its
 * loop puts values on the tape) bundled by esbuild and by Rollup holds the tape, and none of
 * the kernels (matmul, qr, revolve, …) it does not call. Before, the inlined gradients
 * destructured the runtime's namespace, which kept every export: 27.9 kB with esbuild, 6.0 kB
 * now; and of the generated module only what `grad(f)` calls (not f_jvp, f_hvp, f_hessian). The
 * bundles run, and their gradient matches central differences.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { transform } from '../plugin/transform.js';
import { requireBuild, root, runModule, tempProject } from './support/plugin.js';

const model = `export function rosenbrock(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = 1 - x[i]!;
    const b = x[i + 1]! - x[i]! * x[i]!;
    let t = a * a + 100 * b * b;
    if (t > 10) t = Math.sqrt(t);
    s = s * 0.5 + t;
  }
  return s;
}
`;

const main = `import { grad } from 'tsgrad';
import { rosenbrock } from './model.js';

const x = new Float64Array([1.2, 1.0, -0.7, 2.1]);
const { grad: g } = grad(rosenbrock)(x);
const numeric = Array.from(x, (_, i) => {
  const at = (d: number) => rosenbrock(Float64Array.from(x, (v, j) => (j === i ? v + d : v)));
  return (at(1e-6) - at(-1e-6)) / 2e-6;
});
console.log(JSON.stringify({ analytic: Array.from(g.x), numeric }));
`;

// Bundles app/main.ts with esbuild and with Rollup, runs each bundle, prints what they hold.
const script = `
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import tsgradEsbuild from 'tsgrad/esbuild';
import tsgradRollup from 'tsgrad/rollup';
import esbuildTs from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
const entry = path.resolve('app/main.ts');
await build({ entryPoints: [entry], outfile: 'out/esbuild.mjs', bundle: true, format: 'esm', platform: 'node', plugins: [tsgradEsbuild()], logLevel: 'silent' });
const tsFiles = { name: 'ts-files', resolveId(s, importer) {
  if (!importer || !s.startsWith('.') || !s.endsWith('.js')) return null;
  const ts = path.resolve(path.dirname(importer), s.slice(0, -3) + '.ts');
  return existsSync(ts) ? ts : null;
} };
const bundle = await rollup({ input: entry, plugins: [tsgradRollup(), tsFiles, nodeResolve({ extensions: ['.ts', '.js'] }), esbuildTs.default ? esbuildTs.default({ target: 'es2022' }) : esbuildTs({ target: 'es2022' })], onwarn() {} });
await bundle.write({ file: 'out/rollup.mjs', format: 'es' });
await bundle.close();
const out = {};
for (const name of ['esbuild', 'rollup']) {
  const file = 'out/' + name + '.mjs';
  out[name] = { code: readFileSync(file, 'utf8'), run: JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) };
}
console.log(JSON.stringify(out));
`;

let built: Promise<string>;

beforeAll(() => {
  requireBuild();
  const dir = tempProject([], { 'app/model.ts': model, 'app/main.ts': main });
  // the bundlers, as the user's project would have them installed
  for (const name of ['esbuild', 'rollup', 'rollup-plugin-esbuild', '@rollup']) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  built = promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: dir }).then((r) => r.stdout);
});

test.each(['esbuild', 'rollup'])('%s: the bundle of grad(rosenbrock) holds the tape and none of the kernels it does not call', async (bundler) => {
  const stdout = await built;
  const out = (JSON.parse(stdout) as Record<string, { code: string; run: { analytic: number[]; numeric: number[] } }>)[bundler]!;
  out.run.analytic.forEach((a, i) => expect(Math.abs(a - out.run.numeric[i]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(a))));
  // the tape is there (the branch's values are saved on it)…
  expect(out.code).toMatch(/\.reserve\(/);
  // …and nothing else of the runtime
  for (const unused of ['qr_vjp', 'matmul', 'matvec', 'softmax', 'logsumexp', 'Revolve', 'snapshotsFor', 'f64HighWord', 'sin_jvp', 'runtime_exports']) {
    expect([unused, out.code.includes(unused)]).toEqual([unused, false]);
  }
  // Only what grad(f) calls of the generated module: rosenbrock_grad and the vjp it runs, not
  // the other forms (nor denseHessian, which only the Hessian calls): 5.7 kB with esbuild,
  // 5.6 kB with Rollup; 12.1 kB and 11.8 kB when the whole generated module was inlined.
  expect(out.code).toMatch(/function rosenbrock_grad\b/);
  expect(out.code).toMatch(/function rosenbrock_vjp\b/);
  for (const unused of ['rosenbrock_jvp', 'rosenbrock_hvp', 'rosenbrock_hessian', 'rosenbrock_jacobian', 'denseHessian']) {
    expect([unused, out.code.includes(unused)]).toEqual([unused, false]);
  }
  expect(out.code.length).toBeLessThan(7_000);
}, 120_000);

describe('only the generated functions a module uses are inlined', () => {
  // fixtures/calls/mutual_calls: two modules whose generated code imports each other's vjps and jvps
  const fixture = join(root, 'fixtures', 'calls', 'mutual_calls');
  type Total = (x: number, w: Float64Array) => number;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { total } = require(join(fixture, 'input.ts')) as { total: Total };
  const x = 0.3;
  const w = new Float64Array([0.5, -0.4, 0.8]);
  /** The derivative of the source function along (dx, dw), by central differences: the reference. */
  const along = (dx: number, dw: readonly number[]) => {
    const at = (t: number) => total(x + t * dx, Float64Array.from(w, (v, i) => v + t * dw[i]!));
    return (at(1e-6) - at(-1e-6)) / 2e-6;
  };
  let dir = '';
  const transformed = (main: string) => {
    const result = transform(main, join(dir, 'm', 'main.ts'));
    expect(result.diagnostics).toEqual([]);
    const has = (name: string) => result.code.includes(`function ${name}(`);
    return { code: result.code, has, exports: runModule(result.code, join(dir, 'm', 'main.ts')) };
  };
  beforeAll(() => {
    dir = tempProject([], {
      'm/input.ts': readFileSync(join(fixture, 'input.ts'), 'utf8'),
      'm/other.ts': readFileSync(join(fixture, 'other.ts'), 'utf8'),
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('grad(total): total_grad and the split forms it calls, in both modules; no jvp, hvp or Hessian', () => {
    const { code, has, exports } = transformed("import { grad } from 'tsgrad';\nimport { total } from './input.js';\nexport const d = grad(total);\n");
    // (g and h are inlined into total's vjp: h_vjp is h_grad's alone; outer and inner, which
    // recurse through each other, are called in split mode: their vjps go unused)
    for (const used of ['total_grad', 'total_vjp', 'outer_fwd', 'outer_rev', 'inner_fwd', 'inner_rev']) expect([used, has(used)]).toEqual([used, true]);
    for (const unused of ['_jvp', '_hvp', '_hessian', '_fwd_d', '_rev_d', 'outer_vjp', 'inner_vjp', 'outer_grad', 'inner_grad', 'h_vjp', 'h_grad', 'denseHessian']) expect([unused, code.includes(unused)]).toEqual([unused, false]);
    const r = (exports.d as (x: number, w: Float64Array) => { value: number; grad: { x: number; w: Float64Array } })(x, w);
    expect(r.value).toBe(total(x, w));
    expect(r.grad.x).toBeCloseTo(along(1, [0, 0, 0]), 6);
    for (let i = 0; i < 3; i++) expect(r.grad.w[i]).toBeCloseTo(along(0, [0, 1, 2].map((j) => (j === i ? 1 : 0))), 6);
  });

  test('jvp(total): total_jvp and the jvps it calls; no vjp, no gradient', () => {
    const { code, has, exports } = transformed("import { jvp } from 'tsgrad';\nimport { total } from './input.js';\nexport const t = jvp(total);\n");
    for (const used of ['total_jvp', 'outer_jvp', 'inner_jvp']) expect([used, has(used)]).toEqual([used, true]);
    for (const unused of ['_vjp', '_grad', '_hvp', '_hessian', 'h_jvp']) expect([unused, code.includes(unused)]).toEqual([unused, false]);
    const dw = [0.2, -1, 0.7];
    const r = (exports.t as (x: number, w: Float64Array, t: { x: number; w: Float64Array }) => { value: number; tangent: number })(x, w, { x: 0.5, w: new Float64Array(dw) });
    expect(r.tangent).toBeCloseTo(along(0.5, dw), 6);
  });
});
