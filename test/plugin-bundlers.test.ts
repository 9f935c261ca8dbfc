/**
 * tsgrad/esbuild, tsgrad/rollup, tsgrad/vite and tsgrad/webpack in real builds: a program that
 * uses grad(f) is bundled, the bundle run with Node and its gradients checked; a function
 * tsgrad cannot differentiate fails the build with the diagnostic's file:line:col. `vite-dev`
 * loads the program through Vite's dev server (as Vitest does) instead of bundling it.
 * The builds run in child processes (test/plugin-fixtures/build.mjs): the bundlers are ES
 * modules, which Jest's CommonJS sandbox cannot load on Node 20.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expectChecks, pluginFixtures, requireBuild, root, tempProject, type Check } from './support/plugin.js';

/** An error as test/plugin-fixtures/build.mjs reports it, alike for all bundlers. */
interface Reported {
  file?: string;
  line?: number;
  column?: number;
  frame?: string;
  text: string;
  stack: string;
  module?: string;
  details?: string;
}

type Outcome = { ok: true; checks: Check[]; mapped?: string[] } | { ok: false; message: string; errors?: Reported[]; printed?: string };

const bundlers = ['esbuild', 'rollup', 'vite', 'vite-dev', 'webpack'];

/**
 * Every build starts before the tests, two at a time (the machine's cores; more only makes
 * each slower), and each test waits for its own.
 */
const outcomes = new Map<string, Promise<Outcome>>();
let project = '';

beforeAll(() => {
  requireBuild();
  project = tempProject(['app', 'broken', 'helper-mistake']);
  const run = pool(2);
  for (const bundler of bundlers) {
    for (const fixture of ['app', 'broken', 'helper-mistake']) outcomes.set(`${bundler} ${fixture}`, run(() => build(bundler, fixture, project)));
  }
  // Its own copy of the program: this one edits it.
  outcomes.set('vite-edit app', run(() => build('vite-edit', 'app', tempProject(['app']))));
});

/** Runs tasks at most `limit` at a time. */
function pool(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

async function build(bundler: string, fixture: string, dir: string): Promise<Outcome> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(pluginFixtures, 'build.mjs'), bundler, join(dir, fixture), join(dir, `out-${bundler}-${fixture}`)],
    { cwd: root, env: { ...process.env, NO_COLOR: '1' } },
  ).catch((error: Error) => ({ stdout: JSON.stringify({ ok: false, message: error.message }) }));
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Outcome;
}

describe.each(bundlers)('%s', (bundler) => {
  test('the bundle\'s gradients match finite differences', async () => {
    const outcome = await outcomes.get(`${bundler} app`)!;
    if (!outcome.ok) throw new Error(outcome.message);
    expectChecks(outcome.checks);
    expect(outcome.checks.map((c) => c.name)).toContain('decay rate');
  });

  test('a function tsgrad cannot differentiate fails the build at its position', async () => {
    const outcome = await outcomes.get(`${bundler} broken`)!;
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/TSG1001: 'try' is not supported in a differentiated function/);
    expectReported(bundler, outcome, [{ code: 'TSG1001', file: join(project, 'broken', 'model.ts'), line: 2, column: 3 }]);
  });

  test('a mistake in a helper the model imports is reported once, at the helper\'s line, with a frame and no stack', async () => {
    const outcome = await outcomes.get(`${bundler} helper-mistake`)!;
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const dir = join(project, 'helper-mistake');
    expectReported(bundler, outcome, [
      { code: 'TSG1001', file: join(dir, 'helper.ts'), line: 2, column: 3 },
      { code: 'TSG2003', file: join(dir, 'model.ts'), line: 4, column: 10 },
    ]);
  });
});

/**
 * What the user reads of a failed build: each diagnostic once (esbuild and webpack: an error
 * each; Rollup and Vite, which stop at a plugin's first error: one, at the first diagnostic,
 * whose message carries the others), the first located at the mistake (`column` 1-based as
 * tsgrad prints it) with its code frame, and no stack: no `at …` line anywhere.
 */
function expectReported(bundler: string, outcome: Outcome & { ok: false }, expected: { code: string; file: string; line: number; column: number }[]): void {
  const errors = outcome.errors!;
  const printed = outcome.printed!;
  const each = bundler === 'esbuild' || bundler === 'webpack';
  expect(errors).toHaveLength(each ? expected.length : 1);
  for (const { code } of expected) expect(printed.split(`${code}: `).length - 1).toBe(1);
  expect(printed).not.toMatch(/^\s*at /m);
  // (Rollup puts "Could not load <module>: " before an error of a load hook)
  expect(printed).not.toMatch(/Could not load/);
  for (const e of errors) {
    expect(e.stack).not.toMatch(/^\s*at /m);
    if (e.details !== undefined) expect(e.details).not.toMatch(/^\s*at /m);
  }
  const lineOf = (file: string, line: number) => readFileSync(file, 'utf8').split('\n')[line - 1]!;
  for (const [i, e] of (each ? errors : errors.slice(0, 1)).entries()) {
    const { code, file, line, column } = expected[i]!;
    expect(e.text).toContain(`${code}: `);
    if (bundler === 'webpack') {
      // webpack's error belongs to the module that calls grad(f); its text says where the mistake is, with the frame
      expect(e.module).toBe('./main.ts');
      expect(e.text).toContain(`${basename(dirname(file))}/${basename(file)}:${line}:${column} - error ${code}`);
      expect(e.text).toContain(`> ${line} | ${lineOf(file, line)}`);
      continue;
    }
    expect({ file: e.file, line: e.line, column: e.column }).toEqual({ file, line, column: column - 1 });
    // esbuild draws its own frame from the line's text; the others take tsgrad's
    if (bundler === 'esbuild') expect(e.frame).toBe(lineOf(file, line));
    else expect(e.frame).toContain(`> ${line} | ${lineOf(file, line)}`);
  }
}

// (vite-dev writes no bundle)
test.each(bundlers.filter((b) => b !== 'vite-dev'))("%s: the bundle's map takes the reverse sweep's `w_b[i] += …` to the model's line it differentiates", async (bundler) => {
  const outcome = await outcomes.get(`${bundler} app`)!;
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.mapped!.length).toBeGreaterThan(0);
  expect(new Set(outcome.mapped)).toEqual(new Set(['model.ts:6']));
});

test('Vite\'s dev server transforms a module again when a function it differentiates changes', async () => {
  const outcome = await outcomes.get('vite-edit app')!;
  if (!outcome.ok) throw new Error(outcome.message);
  expectChecks(outcome.checks);
});
