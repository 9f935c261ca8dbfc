/**
 * The packed tarball installed into a fresh project, as a user installs it: npm says nothing
 * about tsgrad (no install script: dist/ is built by `prepack` when packing, and on a clone by
 * the `dependencies` script, which `npm ci` runs at the root only), and the installed package
 * works.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireBuild, root } from './support/plugin.js';

const run = promisify(execFile);
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsgrad-install-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('the package runs no script when it is installed', () => {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  // what npm runs in a project that installs the package (prepare: from a tarball, a folder or git)
  for (const name of ['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare']) expect(scripts[name]).toBeUndefined();
  expect(scripts.prepack).toBe('npm run build');
});

test('npm installs the packed tarball into a new project without a warning about tsgrad, and it runs', async () => {
  requireBuild();
  // (dist/ is built: the tarball is packed without running prepack again)
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  const [{ filename }] = JSON.parse(stdout) as { filename: string }[];
  const project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true, type: 'module' }));
  const install = await run('npm', ['install', join(dir, filename), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn'], {
    cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_yes: 'true' },
  });
  expect(`${install.stdout}\n${install.stderr}`.split('\n').filter((l) => /warn/i.test(l) && /tsgrad|install-scripts|prepare/.test(l))).toEqual([]);
  // (tsgrad/eslint too: it needs no ESLint to load, an optional peer the project did not install)
  const script = "import { Tape } from 'tsgrad/runtime'; import { grad } from 'tsgrad'; import eslint from 'tsgrad/eslint'; console.log(typeof Tape, typeof grad, Object.keys(eslint.rules).join());";
  const ran = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
  expect(ran.stdout.trim()).toBe('function function diagnostics,notes');
}, 180_000);
