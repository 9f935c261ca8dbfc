/**
 * `node --import tsgrad/register`: grad(f) replaced when Node loads the module, in real child
 * processes, on the build integration's fixture programs (test/plugin-fixtures): alone (the
 * hooks also load the TypeScript), after tsx, from a JavaScript module, and a function tsgrad
 * cannot differentiate reported at its position with its code, the process failing.
 */
import { execFile } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expectChecks, requireBuild, root, tempProject, type Check } from './support/plugin.js';

const run = (args: string[], cwd: string) =>
  promisify(execFile)(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1' } })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));

const printChecks = (module: string) => `import('${module}').then((m) => console.log(JSON.stringify(m.checks())))`;

let project: string;
beforeAll(() => {
  requireBuild();
  project = tempProject(['app', 'broken'], {
    'js/main.mjs': [
      "import { grad } from 'tsgrad';",
      "import { loss } from '../app/model.js';",
      'const dloss = grad(loss);',
      'export function checks() {',
      '  const w = new Float64Array([0.3, -0.2, 0.5]), x = new Float64Array([1.5, 0.7, -1.1]);',
      '  const g = dloss(w, 0.1, x, 1), h = 1e-6;',
      '  return [0, 1, 2].map((i) => {',
      '    const at = (t) => { const v = Float64Array.from(w); v[i] += t; return loss(v, 0.1, x, 1); };',
      "    return { name: `w[${i}]`, analytic: g.grad.w[i], numeric: (at(h) - at(-h)) / (2 * h) };",
      '  });',
      '}',
    ].join('\n'),
  });
  symlinkSync(join(root, 'node_modules', 'tsx'), join(project, 'node_modules', 'tsx'), 'dir');
});

test('alone: loads the TypeScript program and its gradients match finite differences', async () => {
  const r = await run(['--import', 'tsgrad/register', '-e', printChecks('./app/main.ts')], project);
  expect(r.stderr).toBe('');
  const checks = JSON.parse(r.stdout) as Check[];
  expectChecks(checks);
  expect(checks.map((c) => c.name)).toContain('decay rate');
}, 60_000);

test('after tsx: the same program', async () => {
  const r = await run(['--import', 'tsx', '--import', 'tsgrad/register', '-e', printChecks('./app/main.ts')], project);
  expect(r.stderr).toBe('');
  expectChecks(JSON.parse(r.stdout) as Check[]);
}, 60_000);

test('a JavaScript module that differentiates a TypeScript one', async () => {
  const r = await run(['--import', 'tsgrad/register', '-e', printChecks('./js/main.mjs')], project);
  expect(r.stderr).toBe('');
  const checks = JSON.parse(r.stdout) as Check[];
  expect(checks).toHaveLength(3);
  expectChecks(checks);
}, 60_000);

test('a function tsgrad cannot differentiate: the diagnostic at its position, and the process fails', async () => {
  const r = await run(['--import', 'tsgrad/register', '-e', printChecks('./broken/main.ts')], project);
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/broken\/model\.ts:2:3 - error TSG1001: 'try' is not supported in a differentiated function/);
  expect(r.stderr).toContain('> 2 |   try {');
  // as the bundler plugins report it (trial21: wrapped as [tsgrad: …] under Node's
  // triggerUncaughtException banner): once, no stack, no banner, exit code 1
  expect(r.code).toBe(1);
  expect(r.stderr.match(/error TSG1001/g)).toHaveLength(1);
  expect(r.stderr).toMatch(/^broken\/model\.ts:2:3 - error TSG1001/);
  expect(r.stderr).toMatch(/\n\ntsgrad\/register: broken\/main\.ts not run: 1 error in the functions its grad\(f\) calls differentiate\.\n$/);
  for (const noise of ['triggerUncaughtException', 'Node.js v', '[tsgrad', 'node:internal', /^\s+at /m]) expect(r.stderr).not.toMatch(noise);
}, 60_000);

test('the entry point itself, run by node: the same report and exit code 1', async () => {
  const r = await run(['--import', 'tsgrad/register', './broken/main.ts'], project);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.match(/error TSG1001/g)).toHaveLength(1);
  for (const noise of ['triggerUncaughtException', 'Node.js v', '[tsgrad', 'node:internal', /^\s+at /m]) expect(r.stderr).not.toMatch(noise);
}, 60_000);
