/**
 * tsgrad/esbuild, tsgrad/rollup, tsgrad/vite and tsgrad/webpack in real builds: a program that
 * uses grad(f) is bundled, the bundle run with Node and its gradients checked; a function
 * tsgrad cannot differentiate fails the build with the diagnostic's file:line:col. `vite-dev`
 * loads the program through Vite's dev server (as Vitest does) instead of bundling it.
 * The builds run in child processes (test/plugin-fixtures/build.mjs): the bundlers are ES
 * modules, which Jest's CommonJS sandbox cannot load on Node 20.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expectChecks, pluginFixtures, requireBuild, root, tempProject, type Check } from './support/plugin.js';

type Outcome = { ok: true; checks: Check[]; mapped?: string[] } | { ok: false; message: string };

const bundlers = ['esbuild', 'rollup', 'vite', 'vite-dev', 'webpack'];

/**
 * Every build starts before the tests, two at a time (the machine's cores; more only makes
 * each slower), and each test waits for its own.
 */
const outcomes = new Map<string, Promise<Outcome>>();

beforeAll(() => {
  requireBuild();
  const project = tempProject(['app', 'broken']);
  const run = pool(2);
  for (const bundler of bundlers) {
    for (const fixture of ['app', 'broken']) outcomes.set(`${bundler} ${fixture}`, run(() => build(bundler, fixture, project)));
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
    expect(outcome.ok ? '' : outcome.message).toMatch(/broken\/model\.ts:2:3 - error TSG1001: 'try' is not supported in a differentiated function/);
  });
});

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
