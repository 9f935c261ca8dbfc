/**
 * What a user reads when `grad(f)` cannot be built, as each tool prints it (not the error
 * objects test/plugin-bundlers.test.ts checks): an esbuild build script that ends as esbuild's
 * docs say (`.catch(() => process.exit(1))`: esbuild has printed the errors), and `vite build`
 * from the command line. Each prints the diagnostic once, at the file, line and column of the
 * mistake, with its code frame and hint, and no frame of tsgrad's own code.
 *
 * What the tools add is theirs. Vite 8's CLI prints `inspect(e)` of the error `build()` throws
 * (node_modules/vite/dist/node/cli.js:792), and that `e` is never the plugin's error: Rolldown
 * turns the errors its Rust side returns into a new `Error` of its own, `new Error(summary)` in
 * aggregateBindingErrorsIntoJsError (node_modules/rolldown/dist/shared/error-CLo6EJKG.mjs:50),
 * whose message is the summary getErrorMessage writes (:65–80: `[plugin]`, `id`/`loc`, `name:
 * message`, `frame`, the error's own `stack` and `cause`, nothing else), and whose `errors` is a
 * getter that `inspect` does not call (`errors: [Getter/Setter]`). The frames printed are that
 * wrapper's, captured in Rolldown when the build has already failed. Tried in the plugin, with the
 * same project (2026-12-04, Vite 8.3.8, Rolldown 1.2.19): `this.error({ message, id, loc, frame })`
 * and a thrown plain object (Rolldown's `error()`, logs-DyTyzzWG.mjs:163, makes each an
 * `Error` created in Rolldown: 2–7 more frames, named RolldownError); an `Error` keeping its
 * own stack (5 more frames, of the hook); a `[util.inspect.custom]` method (never called: the
 * object inspected is the wrapper); a `cause` (printed with its frames under "Caused by:"). The
 * fewest is what tsgrad throws, an `Error` whose `stack` is '': the wrapper's 7 frames only.
 * The one way to drop those is global (`Error.stackTraceLimit = 0` while Rolldown builds the
 * wrapper, or `NODE_OPTIONS=--stack-trace-limit=0`), and then Vite's enhanceRollupError
 * (node_modules/vite/dist/node/chunks/node.js:34803, extractStack :34817) no longer finds
 * `message\n` at the start of the frameless stack and appends the whole stack to the message:
 * the diagnostic is printed twice (the last test). So the test pins the wrapper's frames,
 * Rolldown's and Vite's, as the only ones. A script that leaves esbuild's rejection uncaught
 * gets Node's print of it.
 */
import { execFile } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireBuild, root, tempProject } from './support/plugin.js';

const model = `export function loss(w: Float64Array, s: string): number {
  let t = 0;
  for (let i = 0; i < w.length; i++) t += w[i]! * w[i]!;
  return t * s.charCodeAt(0);
}
`;
const main = `import { grad } from 'tsgrad';
import { loss } from './model.js';

console.log(grad(loss)(new Float64Array([1, 2]), 'a'));
`;
const hint = 'hint: call a function declared with `function` or `const f = (…) => …` in this project, an alias of one (`const f = g`), the function an IIFE returns, or the function a factory returns when it is called with such functions and constants';
const message = "TSG2002: 's.charCodeAt' is not a function tsgrad can follow";

let dir = '';
beforeAll(() => {
  requireBuild();
  dir = tempProject([], {
    'package.json': '{ "type": "module" }\n',
    'src/model.ts': model,
    'src/main.ts': main,
    'esbuild.mjs': [
      "import { build } from 'esbuild';",
      "import tsgrad from 'tsgrad/esbuild';",
      "await build({ entryPoints: ['src/main.ts'], outfile: 'out/main.js', bundle: true, format: 'esm', platform: 'node', plugins: [tsgrad()] }).catch(() => process.exit(1));",
      '',
    ].join('\n'),
    'vite.config.mjs': [
      "import tsgrad from 'tsgrad/vite';",
      "export default { plugins: [tsgrad()], build: { lib: { entry: 'src/main.ts', formats: ['es'], fileName: () => 'main.js' }, minify: false } };",
      '',
    ].join('\n'),
  });
  for (const name of ['esbuild', 'vite']) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failing(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const error = await promisify(execFile)(process.execPath, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' } })
    .then(() => undefined, (e: { code: number; stdout: string; stderr: string }) => e);
  expect(error?.code).toBe(1);
  return error!;
}

test('esbuild prints the diagnostic once, its own way, at the mistake, with the hint', async () => {
  const { stdout, stderr } = await failing(['esbuild.mjs']);
  expect(stdout).toBe('');
  expect(stderr).toBe([
    `✘ [ERROR] ${message} [plugin tsgrad]`,
    '',
    '    src/model.ts:4:13:',
    '      4 │   return t * s.charCodeAt(0);',
    '        ╵              ~~~~~~~~~~~~~~~',
    '',
    `  ${hint}`,
    '',
    '',
  ].join('\n'));
}, 60_000);

test('vite build prints the diagnostic once, at the mistake, with the code frame and hint, and no frame of tsgrad', async () => {
  const { stdout, stderr } = await failing([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
  const output = stdout + stderr;
  expect(output.split('TSG2002').length - 1).toBe(1);
  expect(stderr).toContain([
    `[plugin tsgrad] ${join(dir, 'src', 'model.ts')}:4:13`,
    `TsgradError: ${message}`,
    `  ${hint}`,
    '  2 |   let t = 0;',
    '  3 |   for (let i = 0; i < w.length; i++) t += w[i]! * w[i]!;',
    '> 4 |   return t * s.charCodeAt(0);',
    '    |              ^^^^^^^^^^^^^^^',
    '  5 | }',
  ].join('\n'));
  // The only frames are those of the error Rolldown wraps the plugin's in (see above): the first
  // where it is created, the others Rolldown's and Vite's callers; none of tsgrad's.
  const frames = output.split('\n').filter((l) => /^\s+at /.test(l));
  expect(frames[0]).toMatch(/^ {4}at aggregateBindingErrorsIntoJsError \(.*[\\/]node_modules[\\/]rolldown[\\/]/);
  for (const frame of frames) expect(frame).toMatch(/[\\/]node_modules[\\/](rolldown|vite)[\\/]dist[\\/]/);
  expect(frames.length).toBeLessThanOrEqual(8);
}, 120_000);

test('vite build with no stack frames at all (--stack-trace-limit=0) prints the diagnostic twice: why the test above keeps Rolldown\'s frames', async () => {
  const { stdout, stderr } = await failing(['--stack-trace-limit=0', join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
  const output = stdout + stderr;
  expect(output.split('\n').filter((l) => /^\s+at /.test(l))).toEqual([]);
  expect(output.split('TSG2002').length - 1).toBe(2);
}, 120_000);
