/**
 * A bundle keeps only the runtime its gradients call: Rosenbrock's `grad(f)` (a branch in its
 * loop puts values on the tape) bundled by esbuild and by Rollup holds the tape, and none of
 * the kernels (matmul, qr, revolve, …) it does not call. Before, the inlined gradients
 * destructured the runtime's namespace, which kept every export: 27.9 kB with esbuild, 6.0 kB
 * now. The bundles run, and their gradient matches central differences.
 */
import { execFile } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireBuild, root, tempProject } from './support/plugin.js';

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
  // (12 kB: the plugin inlines the whole generated module, f_jvp, f_hvp and f_hessian with the
  // runtime's denseHessian included, though only f_grad is called; 6 kB before f_hvp existed)
  expect(out.code.length).toBeLessThan(13_000);
}, 120_000);
