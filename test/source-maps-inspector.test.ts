/**
 * A breakpoint on a line of the original model is hit in the generated derivative, through
 * Node's inspector (the Chrome DevTools Protocol): a child `node --import tsgrad/register`
 * whose worker thread drives the protocol against the main thread, as a debugger does. V8
 * knows only the scripts it runs; a debugger (DevTools, VS Code) reads each script's source
 * map (`Debugger.scriptParsed`'s sourceMapURL, inlined by tsgrad/register) to put a breakpoint
 * set on an original line at the generated positions that map to it, and to show a pause at
 * the original position. The worker does exactly that with the map tsgrad wrote.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireBuild, root, tempProject } from './support/plugin.js';

const model = [
  'export function loss(x: number, y: number): number {',
  '  const a = x * y;',
  '  const b = Math.sin(a);',
  '  return b + x * x;',
  '}',
  '',
].join('\n');

/** The main thread: loads the program (tsgrad/register transforms it), lets the worker set the breakpoints, computes a gradient. */
const debug = `
import { Worker } from 'node:worker_threads';
const line = Number(process.argv[2]);
const worker = new Worker(new URL('./debugger.mjs', import.meta.url), { workerData: { root: ${JSON.stringify(root)}, model: new URL('./model.ts', import.meta.url).pathname, line } });
worker.on('error', (e) => { console.error(e); process.exit(3); });
const message = (type) => new Promise((resolve) => worker.on('message', function on(m) { if (m.type === type) { worker.off('message', on); resolve(m); } }));
await message('attached');
const { dloss } = await import('./main.ts');
worker.postMessage({ type: 'loaded' });
const armed = await message('armed');
const result = dloss(0.3, 0.7);
worker.postMessage({ type: 'done' });
const { pauses } = await message('report');
console.log(JSON.stringify({ breakpoints: armed.breakpoints, pauses, result }));
await worker.terminate();
`;

/** The debugger, in a worker thread, connected to the main thread's inspector. */
const debuggerWorker = `
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parentPort, workerData } from 'node:worker_threads';
const require = createRequire(workerData.root + '/package.json');
const { TraceMap, allGeneratedPositionsFor, originalPositionFor } = require('@jridgewell/trace-mapping');
const { model, line } = workerData;
const next = (type) => new Promise((resolve) => parentPort.on('message', function on(m) { if (m.type === type) { parentPort.off('message', on); resolve(m); } }));
const loaded = next('loaded');
const done = next('done');

const session = new Session();
session.connectToMainThread();
const scripts = new Map();
session.on('Debugger.scriptParsed', ({ params }) => {
  const url = params.sourceMapURL ?? '';
  if (!url.startsWith('data:application/json;base64,')) return;
  scripts.set(params.scriptId, { url: params.url, map: new TraceMap(JSON.parse(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8'))) });
});
const pauses = [];
session.on('Debugger.paused', async ({ params }) => {
  const { location, functionName } = params.callFrames[0];
  const script = scripts.get(location.scriptId);
  const original = script ? originalPositionFor(script.map, { line: location.lineNumber + 1, column: location.columnNumber }) : {};
  const { scriptSource } = await session.post('Debugger.getScriptSource', { scriptId: location.scriptId });
  pauses.push({
    functionName, url: script?.url, hitBreakpoints: params.hitBreakpoints.length,
    generated: scriptSource.split('\\n')[location.lineNumber].trim(), source: original.source, line: original.line,
  });
  await session.post('Debugger.resume');
});
await session.post('Debugger.enable');
parentPort.postMessage({ type: 'attached' });
await loaded;
// (the parsed script's event may come after the import's end)
const mapsModel = () => [...scripts].filter(([, s]) => s.map.resolvedSources.includes(model));
for (let i = 0; i < 100 && mapsModel().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
const column = readFileSync(model, 'utf8').split('\\n')[line - 1].search(/\\S/);
let breakpoints = 0;
for (const [scriptId, { map }] of mapsModel()) {
  for (const g of allGeneratedPositionsFor(map, { source: model, line, column })) {
    await session.post('Debugger.setBreakpoint', { location: { scriptId, lineNumber: g.line - 1, columnNumber: g.column } });
    breakpoints++;
  }
}
parentPort.postMessage({ type: 'armed', breakpoints });
await done;
parentPort.postMessage({ type: 'report', pauses });
`;

interface Pause { functionName: string; url: string; hitBreakpoints: number; generated: string; source: string; line: number }

let project: string;
beforeAll(() => {
  requireBuild();
  project = tempProject([], {
    'model.ts': model,
    'main.ts': "import { grad } from 'tsgrad';\nimport { loss } from './model.js';\n\nexport const dloss = grad(loss);\n",
    'debug.mjs': debug,
    'debugger.mjs': debuggerWorker,
  });
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

async function debugAt(line: number): Promise<{ breakpoints: number; pauses: Pause[]; result: { value: number; grad: { x: number; y: number } } }> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--enable-source-maps', '--import', 'tsgrad/register', 'debug.mjs', String(line)], { cwd: project });
  expect(stderr).toBe('');
  return JSON.parse(stdout);
}

test("a breakpoint on the model's `const a = x * y` pauses in its forward statement and in the reverse statements that differentiate it", async () => {
  const { breakpoints, pauses, result } = await debugAt(2);
  const file = join(project, 'model.ts');
  expect(breakpoints).toBeGreaterThanOrEqual(2);
  expect(pauses.length).toBeGreaterThanOrEqual(2);
  for (const p of pauses) {
    expect(p).toMatchObject({ functionName: 'loss_vjp', url: `file://${join(project, 'main.ts')}`, hitBreakpoints: 1, source: file, line: 2 });
  }
  // the forward sweep's product, then the reverse sweep's adjoints of x and y
  expect(pauses.map((p) => p.generated)).toEqual(expect.arrayContaining([expect.stringMatching(/= x \* y;$/), expect.stringMatching(/^x_b \+= /)]));
  // (the program ran on: the gradient of sin(xy) + x² at (0.3, 0.7))
  expect(result.grad.x).toBeCloseTo(0.7 * Math.cos(0.21) + 0.6, 12);
  expect(result.grad.y).toBeCloseTo(0.3 * Math.cos(0.21), 12);
}, 60_000);

test('a breakpoint on `return b + x * x` pauses only at what comes from that line', async () => {
  const { pauses } = await debugAt(4);
  expect(pauses.length).toBeGreaterThanOrEqual(2);
  for (const p of pauses) expect(p).toMatchObject({ functionName: 'loss_vjp', line: 4 });
  expect(pauses.map((p) => p.generated)).toEqual(expect.arrayContaining([expect.stringMatching(/^x_b \+= /)]));
}, 60_000);
