/** tsgrad/jest: the transformer on its own, and a Jest project configured with it. */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { createTransformer } from '../plugin/jest.js';
import { expectChecks, pluginFixtures, requireBuild, root, runCommonJs, tempProject, type Check } from './support/plugin.js';

const main = join(pluginFixtures, 'app', 'main.ts');
const source = readFileSync(main, 'utf8');
const cjs = { supportsStaticESM: false, configString: '{}' };

describe('the transformer', () => {
  const transformer = createTransformer();
  const { code, map } = transformer.process(source, main, cjs);

  test('compiles to CommonJS whose gradients match finite differences', () => {
    expect(code).toContain('require("tsgrad/runtime")');
    const program = runCommonJs(code, main) as { checks: () => Check[] };
    expectChecks(program.checks());
  });

  test('its source map leads back to the TypeScript', () => {
    const trace = new TraceMap(map!);
    const line = code.split('\n').findIndex((l) => l.includes('function checks()')) + 1;
    const original = originalPositionFor(trace, { line, column: code.split('\n')[line - 1]!.indexOf('checks') });
    expect(original.source).toBe(main);
    expect(original.line).toBe(source.split('\n').findIndex((l) => l.includes('function checks()')) + 1);
  });

  test("its source map leads the inlined gradient's lines to the model: `w_b[i] += …` to the statement it differentiates", () => {
    const trace = new TraceMap(map!);
    const lines = code.split('\n');
    const adds = lines.flatMap((l, i) => (/^\s*w_b\[i\] \+= /.test(l) ? [i + 1] : []));
    expect(adds.length).toBeGreaterThan(0);
    const model = join(pluginFixtures, 'app', 'model.ts');
    const line = readFileSync(model, 'utf8').split('\n').findIndex((l) => l.includes('z += w[i] * x[i]')) + 1;
    for (const at of adds) expect(originalPositionFor(trace, { line: at, column: lines[at - 1]!.search(/\S/) })).toMatchObject({ source: model, line });
  });

  test('compiles to ES modules under Jest\'s ESM mode', () => {
    expect(transformer.process(source, main, { ...cjs, supportsStaticESM: true }).code).toMatch(/^import \* as __tsgrad_runtime from 'tsgrad\/runtime';/m);
  });

  test('reports diagnostics as an error with file:line:col', () => {
    const broken = join(pluginFixtures, 'broken', 'main.ts');
    expect(() => transformer.process(readFileSync(broken, 'utf8'), broken, { ...cjs, config: { rootDir: pluginFixtures } }))
      .toThrow(/broken\/model\.ts:2:3 - error TSG1001: 'try' is not supported/);
  });

  test('the cache key follows the modules grad(f) differentiates', () => {
    const dir = tempProject(['app']);
    const file = join(dir, 'app', 'main.ts');
    const key = transformer.getCacheKey(source, file, cjs);
    expect(transformer.getCacheKey(source, file, cjs)).toBe(key);
    const layers = join(dir, 'app', 'layers.ts');
    writeFileSync(layers, readFileSync(layers, 'utf8') + '\n');
    expect(transformer.getCacheKey(source, file, cjs)).not.toBe(key);
  });
});

test('a Jest project configured with tsgrad/jest runs a test that uses grad(f)', async () => {
  requireBuild();
  const dir = tempProject(['app'], {
    'jest.config.cjs': `module.exports = {
  testEnvironment: 'node',
  transform: { '\\\\.[jt]s$': 'tsgrad/jest' },
  transformIgnorePatterns: ['/node_modules/(?!tsgrad/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
`,
    'app/main.test.ts': `import { checks } from './main.js';

test('gradients match finite differences', () => {
  for (const { name, analytic, numeric } of checks()) {
    expect([name, Math.abs(analytic - numeric) < 1e-6 * Math.max(1, Math.abs(numeric))]).toEqual([name, true]);
  }
});
`,
  });
  const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const run = await promisify(execFile)(process.execPath, [jest, '--rootDir', dir, '--cacheDirectory', join(dir, '.cache'), '--ci'], {
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS: '' },
  }).catch((error: { stdout: string; stderr: string }) => error);
  expect(run.stderr).toMatch(/Tests:\s+1 passed, 1 total/);
}, 60_000);

test('a Jest project: a mistake in a helper the model imports fails the suite once, at the helper\'s line, with its frame and no stack', async () => {
  requireBuild();
  const dir = tempProject(['helper-mistake'], {
    'jest.config.cjs': `module.exports = {
  testEnvironment: 'node',
  transform: { '\\\\.[jt]s$': 'tsgrad/jest' },
  transformIgnorePatterns: ['/node_modules/(?!tsgrad/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
`,
    'helper-mistake/main.test.ts': `import { drisky } from './main.js';

test('runs', () => {
  expect(drisky(1).value).toBe(2);
});
`,
  });
  const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const run = await promisify(execFile)(process.execPath, [jest, '--rootDir', dir, '--cacheDirectory', join(dir, '.cache'), '--ci'], {
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1', FORCE_COLOR: '0' },
  }).catch((error: { stdout: string; stderr: string }) => error);
  expect(run.stderr).toMatch(/Test suite failed to run/);
  expect(run.stderr).toMatch(/helper-mistake\/helper\.ts:2:3 - error TSG1001: 'try' is not supported[^\n]*\n\s*\n\s*1 \| export function helper/);
  for (const code of ['TSG1001', 'TSG2003']) expect(run.stderr.split(`${code}: `)).toHaveLength(2);
  expect(run.stderr).not.toMatch(/^\s*at /m);
}, 60_000);
