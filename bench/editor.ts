/**
 * How long tsgrad/ts-plugin adds to a keystroke: tsserver (as an editor runs it) on a project
 * whose model is a corpus file (corpus/jstat/special.ts, 9 functions, 204 lines) that a main
 * module differentiates with grad(f) for each of its functions. Times the plugin's own work as
 * it logs it (wall and CPU time: on a busy machine the wall time is mostly waiting for a core),
 * and the whole request's: the first request (loading tsgrad's compiler and compiling), a request after each
 * edit of the model (a compile, of the unsaved text), and a request with nothing changed (the
 * cache). Run after `npm run build`:
 *
 *   npx tsx bench/editor.ts [edits=10]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TsServer } from '../test/support/tsserver.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const edits = Number(process.argv[2] ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'tsgrad-editor-bench-'));
const model = readFileSync(join(root, 'corpus', 'jstat', 'special.ts'), 'utf8');
const names = [...model.matchAll(/^export function (\w+)/gm)].map((m) => m[1]!);
const main = [`import { grad } from 'tsgrad';`, `import * as special from './special.js';`, ...names.map((n) => `export const d_${n} = grad(special.${n});`), ''].join('\n');
writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
  compilerOptions: { strict: false, target: 'es2022', module: 'nodenext', skipLibCheck: true, noEmit: true, plugins: [{ name: 'tsgrad/ts-plugin' }] },
  include: ['*.ts'],
}));
writeFileSync(join(dir, 'special.ts'), model);
writeFileSync(join(dir, 'main.ts'), main);
mkdirSync(join(dir, 'node_modules'));
symlinkSync(root, join(dir, 'node_modules', 'tsgrad'), 'dir');

const log = join(dir, 'tsserver.log');
const server = new TsServer(join(root, 'node_modules', 'typescript', 'lib', 'tsserver.js'), ['--pluginProbeLocations', dir, '--logVerbosity', 'normal', '--logFile', log], dir);
const file = join(dir, 'special.ts');
/** The plugin's times (wall and CPU ms) logged since the last call, for the model. */
let seen = 0;
const pluginTimes = () => {
  const times = [...readFileSync(log, 'utf8').matchAll(/\[tsgrad\] \d+ diagnostics for \S+special\.ts in ([\d.]+) ms \(CPU ([\d.]+) ms\)/g)]
    .map((m) => ({ wall: Number(m[1]), cpu: Number(m[2]) }));
  const fresh = times.slice(seen);
  seen = times.length;
  return fresh;
};
const request = async () => {
  const started = performance.now();
  await server.semanticDiagnostics(file);
  return performance.now() - started;
};
try {
  await server.request('updateOpen', { openFiles: [file, join(dir, 'main.ts')].map((f) => ({ file: f, fileContent: readFileSync(f, 'utf8'), projectRootPath: dir })) });
  const first = await request();
  const firstPlugin = pluginTimes();
  const afterEdit: number[] = [];
  const pluginAfterEdit: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < edits; i++) {
    // a keystroke: one character more in a comment at the top (a new version of the text)
    await server.request('updateOpen', { changedFiles: [{ fileName: file, textChanges: [{ start: { line: 1, offset: 1 }, end: { line: 1, offset: 1 }, newText: i === 0 ? '//x\n' : 'x' }] }] });
    afterEdit.push(await request());
    pluginAfterEdit.push(...pluginTimes());
  }
  const unchanged: number[] = [];
  for (let i = 0; i < edits; i++) unchanged.push(await request());
  const pluginUnchanged = pluginTimes();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const row = (what: string, plugin: { wall: number; cpu: number }[], total: number) =>
    `| ${what} | ${median(plugin.map((t) => t.wall)).toFixed(0)} | ${median(plugin.map((t) => t.cpu)).toFixed(0)} | ${total.toFixed(0)} |`;
  console.log(`corpus/jstat/special.ts, ${names.length} functions, each differentiated by grad(f); ${edits} edits (medians); load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores\n`);
  console.log('| request | plugin ms | plugin CPU ms | request ms |\n| --- | ---: | ---: | ---: |');
  console.log(row('first (loads the compiler, compiles)', firstPlugin, first));
  console.log(row('after an edit of the model (compiles)', pluginAfterEdit, median(afterEdit)));
  console.log(row('nothing changed (cache)', pluginUnchanged, median(unchanged)));
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
