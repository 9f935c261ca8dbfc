/**
 * tsgrad/ts-plugin in tsserver, driven through its protocol as an editor drives it: the plugin
 * is found as VS Code finds a project's plugins (`--pluginProbeLocations`, the folder whose
 * node_modules holds tsgrad), its TSG diagnostics appear at their span with message and hint,
 * and they go when the text is fixed (a new version, not saved).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild, root, tempProject } from './support/plugin.js';
import { TsServer, type ServerDiagnostic } from './support/tsserver.js';
import { editorProject } from './support/editor-project.js';

const files = editorProject({ plugins: [{ name: 'tsgrad/ts-plugin', compile: ['lib/*.ts'] }] }, [
  'export function g(x: number): number {',
  '  try { return x; } catch { return 0; }',
  '}',
  "export const typo: string = 1;",
]);

const tsgradOnly = (ds: ServerDiagnostic[]) => ds.filter((d) => d.source === 'tsgrad');
const brief = (d: ServerDiagnostic) => `${d.start.line}:${d.start.offset}-${d.end.line}:${d.end.offset} ${d.category} ${d.code} ${d.text.split('\n')[0]}`;

let dir: string;
let server: TsServer;

beforeAll(async () => {
  requireBuild();
  dir = tempProject([], files);
  server = new TsServer(join(root, 'node_modules', 'typescript', 'lib', 'tsserver.js'), ['--pluginProbeLocations', dir, '--logVerbosity', 'normal', '--logFile', join(dir, 'tsserver.log')], dir);
  await server.request('updateOpen', {
    openFiles: Object.keys(files).filter((f) => f.endsWith('.ts')).map((f) => ({ file: join(dir, f), fileContent: files[f as keyof typeof files], projectRootPath: dir })),
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the model: the problem that keeps grad(risky) from a gradient, at its span, with message and hint; not its neighbour\'s', async () => {
  const ds = tsgradOnly(await server.semanticDiagnostics(join(dir, 'model.ts')));
  expect(ds.map(brief)).toEqual([expect.stringMatching(/^2:3-2:6 error 1001 TSG1001: 'try' is not supported/)]);
  expect(ds[0]!.text).toMatch(/\nhint: \S/);
}, 60_000);

test('the module that calls grad(f): the model\'s problem at the argument, naming where it is; a wrong key at the key', async () => {
  const ds = tsgradOnly(await server.semanticDiagnostics(join(dir, 'main.ts')));
  expect(ds.map(brief)).toEqual([
    expect.stringMatching(/^4:28-4:33 error 1001 TSG1001: 'risky' cannot be differentiated: 'try' is not supported.* \(model\.ts:2:3\)$/),
    expect.stringMatching(/^5:27-5:32 error 1001 TSG1001: 'risky' cannot be differentiated/),
  ]);
}, 60_000);

test('a file the compile patterns name gets every diagnostic, and its notes as suggestions; TypeScript\'s own stay', async () => {
  const whole = join(dir, 'lib', 'whole.ts');
  expect(tsgradOnly(await server.semanticDiagnostics(whole)).map(brief)).toEqual([expect.stringMatching(/^2:3-2:6 error 1001 TSG1001: 'try'/)]);
  expect(tsgradOnly(await server.suggestionDiagnostics(whole)).map(brief)).toEqual([expect.stringMatching(/^4:\d+-4:\d+ suggestion 1010 TSG1010: .*label/)]);
  const untouched = await server.semanticDiagnostics(join(dir, 'untouched.ts'));
  expect(untouched.map((d) => [d.source ?? 'ts', d.code])).toEqual([['ts', 2322]]);
}, 60_000);

test('fixing the text (a new version, unsaved) clears them; breaking it again brings them back', async () => {
  const model = join(dir, 'model.ts');
  const edit = (line: number, endLine: number, newText: string) => server.request('updateOpen', {
    changedFiles: [{ fileName: model, textChanges: [{ start: { line, offset: 1 }, end: { line: endLine, offset: 1 }, newText }] }],
  });
  await edit(2, 7, '  return x * x;\n');
  expect(tsgradOnly(await server.semanticDiagnostics(model))).toEqual([]);
  expect(tsgradOnly(await server.semanticDiagnostics(join(dir, 'main.ts'))).map(brief)).toEqual([
    expect.stringMatching(/^5:35-5:38 error 3003 TSG3003: 'y' is not a differentiated parameter of 'risky'/),
  ]);
  expect(readFileSync(model, 'utf8')).toBe(files['model.ts']); // (nothing was saved)
  await edit(2, 2, '  for (const k in {}) x += 1;\n');
  expect(tsgradOnly(await server.semanticDiagnostics(model)).map(brief)).toEqual([expect.stringMatching(/^2:3-2:\d+ error 1\d{3} TSG1\d{3}: /)]);
}, 60_000);

test('the plugin says in tsserver\'s log what it did, and nothing failed', () => {
  const log = readFileSync(join(dir, 'tsserver.log'), 'utf8');
  expect(log).toMatch(/\[tsgrad\] \d+ diagnostics for \S+model\.ts in [\d.]+ ms/);
  expect(log).not.toMatch(/\[tsgrad\] (failed|could not)/);
});

test('where Node cannot require an ES module (before 20.19 and 22.12), the compiler is imported, and the editor told to ask again', async () => {
  const other = tempProject([], { ...files, 'main.ts': files['main.ts'].replace(/^export const keyed.*$/m, '') });
  const log = join(other, 'tsserver.log');
  const old = new TsServer(join(root, 'node_modules', 'typescript', 'lib', 'tsserver.js'), ['--pluginProbeLocations', other, '--logVerbosity', 'normal', '--logFile', log], other,
    { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-experimental-require-module` });
  try {
    const model = join(other, 'model.ts');
    await old.request('updateOpen', { openFiles: [model, join(other, 'main.ts')].map((f) => ({ file: f, fileContent: readFileSync(f, 'utf8'), projectRootPath: other })) });
    // the first answer comes before the compiler is loaded; then tsserver tells the editor to ask again
    const first = tsgradOnly(await old.semanticDiagnostics(model));
    let ds = first;
    for (let i = 0; i < 120 && ds.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      ds = tsgradOnly(await old.semanticDiagnostics(model));
    }
    expect(first).toEqual([]);
    expect(ds.map(brief)).toEqual([expect.stringMatching(/^2:3-2:6 error 1001 TSG1001: 'try' is not supported/)]);
    expect(old.events).toContain('projectsUpdatedInBackground');
  } finally {
    await old.close();
  }
  expect(readFileSync(log, 'utf8')).not.toMatch(/\[tsgrad\] (failed|could not)/);
  rmSync(other, { recursive: true, force: true });
}, 60_000);
