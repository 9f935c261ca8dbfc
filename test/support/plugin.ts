/** For the build integration's tests: fixture projects, running transformed modules, checking gradients. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { resolveModule } from '../../plugin/resolve.js';
import { root } from './fixtures.js';

export { root };
export const pluginFixtures = join(root, 'test', 'plugin-fixtures');

/** What a fixture program's `checks()` returns: a gradient and its finite-difference estimate. */
export interface Check {
  name: string;
  analytic: number;
  numeric: number;
}

export function expectChecks(checks: Check[]): void {
  expect(checks.length).toBeGreaterThan(0);
  for (const { name, analytic, numeric } of checks) {
    const error = Math.abs(analytic - numeric) / Math.max(1, Math.abs(numeric));
    if (!(error < 1e-6)) throw new Error(`${name}: gradient ${analytic}, finite differences ${numeric}`);
  }
}

/**
 * A new directory holding copies of the given fixture projects (and `files`), with
 * `node_modules/tsgrad` linked to this package, as a user's project would install it.
 */
export function tempProject(fixtures: string[] = [], files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-plugin-'));
  for (const name of fixtures) cpSync(join(pluginFixtures, name), join(dir, name), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'tsgrad'), 'dir');
  return dir;
}

/** The adapters are loaded from dist/, which `npm test` builds before Jest runs. */
export function requireBuild(): void {
  if (!existsSync(join(root, 'dist', 'plugin', 'unplugin.js'))) {
    throw new Error('dist/plugin is missing: run `npm run build` (npm test does) before these tests');
  }
}

/**
 * Runs a transformed module's TypeScript here, as CommonJS: `tsgrad/runtime` is the runtime's
 * source (through Jest's moduleNameMapper), relative imports are the files next to `file`.
 */
export function runModule(code: string, file: string): Record<string, unknown> {
  const js = ts.transpileModule(code, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  return runCommonJs(js, file);
}

export function runCommonJs(js: string, file: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const load = (specifier: string): unknown =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(specifier.startsWith('.') ? resolveModule(specifier, file) ?? specifier : specifier);
  new Function('require', 'module', 'exports', js)(load, module, module.exports);
  return module.exports;
}
