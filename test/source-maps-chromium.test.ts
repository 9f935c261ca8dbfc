/**
 * A breakpoint on a line of the original model is hit in the generated derivative in headless
 * Chromium, as in DevTools: an app that calls `grad(loss)` is bundled by esbuild with
 * tsgrad/esbuild and source maps, served from a local HTTP server and loaded in a page; the
 * test then does what DevTools does over the same protocol when the user clicks a line of
 * `model.ts` in its Sources panel: it fetches the map named by the script's
 * `Debugger.scriptParsed` (its sourceMapURL), finds the generated positions of that original
 * line, sets the breakpoints there by URL (`Debugger.setBreakpointByUrl`), and shows each pause
 * at the original position the map gives. Chromium comes from the `@sparticuz/chromium`
 * devDependency (test/support/chromium.ts); the same check through Node's inspector is
 * test/source-maps-inspector.test.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { TraceMap, eachMapping, originalPositionFor, sourceContentFor } from '@jridgewell/trace-mapping';
import { launchChromium, type Browser } from './support/chromium.js';
import { requireBuild, root, tempProject } from './support/plugin.js';

const model = [
  'export function loss(x: number, y: number): number {',
  '  const a = x * y;',
  '  const b = Math.sin(a);',
  '  return b + x * x;',
  '}',
  '',
].join('\n');

/** The user's build script: esbuild with tsgrad's plugin, for the browser, with a linked source map. */
const build = `
const [entry, outfile] = process.argv.slice(1);
const { build } = await import('esbuild');
const { default: tsgrad } = await import('tsgrad/esbuild');
await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'browser', sourcemap: true, plugins: [tsgrad()], logLevel: 'silent' });
`;

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.ts': 'text/plain' };

/** Where the browser paused, as the debugger shows it. */
interface Pause {
  functionName: string;
  hitBreakpoints: number;
  /** the generated line it stopped at */
  generated: string;
  /** the original position the bundle's map gives for it */
  source: string | null;
  line: number | null;
}

let project: string;
let server: Server;
let browser: Browser;
let page: string;
let origin: string;
/** The bundle as the page loaded it, and its map as DevTools reads it. */
let bundle: { scriptId: string; url: string; map: TraceMap };
const exceptions: string[] = [];
const pauses: Pause[] = [];

beforeAll(async () => {
  requireBuild();
  project = tempProject([], {
    'model.ts': model,
    'main.ts': "import { grad } from 'tsgrad';\nimport { loss } from './model.js';\n\nObject.assign(globalThis, { dloss: grad(loss) });\n",
    'index.html': '<!doctype html>\n<script type="module" src="out/main.js"></script>\n',
  });
  await Promise.all([
    promisify(execFile)(process.execPath, ['--input-type=module', '-e', build, join(project, 'main.ts'), join(project, 'out', 'main.js')], { cwd: root }),
    launchChromium().then((launched) => (browser = launched)),
    listen(),
  ]);

  const { targetInfos } = await browser.send<{ targetInfos: { targetId: string; type: string }[] }>('Target.getTargets');
  ({ sessionId: page } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId: targetInfos.find((t) => t.type === 'page')!.targetId, flatten: true }));
  const scripts = new Map<string, { scriptId: string; sourceMapURL: string }>();
  browser.on('Debugger.scriptParsed', (params) => scripts.set(params.url as string, { scriptId: params.scriptId as string, sourceMapURL: params.sourceMapURL as string }));
  browser.on('Runtime.exceptionThrown', (params) => exceptions.push(JSON.stringify(params.exceptionDetails)));
  browser.on('Debugger.paused', (params) => void paused(params).catch((error: Error) => exceptions.push(error.message)));
  const loaded = new Promise((resolve) => browser.on('Page.loadEventFired', resolve));
  for (const domain of ['Page', 'Runtime', 'Debugger']) await browser.send(`${domain}.enable`, {}, page);
  await browser.send('Page.navigate', { url: `${origin}/index.html` }, page);
  await loaded;

  const url = `${origin}/out/main.js`;
  const script = scripts.get(url);
  if (!script) throw new Error(`the page did not load ${url}: ${[...scripts.keys()].join(', ')}\n${exceptions.join('\n')}`);
  const mapUrl = new URL(script.sourceMapURL, url).href;
  bundle = { scriptId: script.scriptId, url, map: new TraceMap(await (await fetch(mapUrl)).text(), mapUrl) };
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Serves the project's files (the page, the bundle, its map) on a free port of 127.0.0.1. */
function listen(): Promise<void> {
  server = createServer((request, response) => {
    const file = join(project, normalize(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (!file.startsWith(project + '/') || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    resolve();
  }));
}

/** Records where the page stopped, at the original position its map gives, and resumes it. */
async function paused(params: Record<string, unknown>): Promise<void> {
  const [frame] = params.callFrames as { functionName: string; location: { scriptId: string; lineNumber: number; columnNumber: number } }[];
  const { location, functionName } = frame!;
  try {
    const { scriptSource } = await browser.send<{ scriptSource: string }>('Debugger.getScriptSource', { scriptId: location.scriptId }, page);
    const original = location.scriptId === bundle.scriptId
      ? originalPositionFor(bundle.map, { line: location.lineNumber + 1, column: location.columnNumber })
      : { source: null, line: null };
    pauses.push({
      functionName, hitBreakpoints: (params.hitBreakpoints as string[]).length,
      generated: scriptSource.split('\n')[location.lineNumber]!.trim(), source: original.source, line: original.line,
    });
  } finally {
    await browser.send('Debugger.resume', {}, page);
  }
}

/**
 * Sets a breakpoint on `line` of model.ts as DevTools does (at the first generated position of
 * each generated line that maps to it), computes the gradient in the page, and removes the
 * breakpoints again.
 */
async function debugAt(line: number): Promise<{ breakpoints: number; pauses: Pause[]; result: { value: number; grad: { x: number; y: number } } }> {
  const at = new Map<number, number>();
  eachMapping(bundle.map, (m) => {
    if (m.source === `${origin}/model.ts` && m.originalLine === line) at.set(m.generatedLine, Math.min(at.get(m.generatedLine) ?? Infinity, m.generatedColumn));
  });
  const ids: string[] = [];
  for (const [generatedLine, column] of at) {
    const { breakpointId } = await browser.send<{ breakpointId: string }>('Debugger.setBreakpointByUrl', { url: bundle.url, lineNumber: generatedLine - 1, columnNumber: column }, page);
    ids.push(breakpointId);
  }
  pauses.length = 0;
  try {
    const { result, exceptionDetails } = await browser.send<{ result: { value: unknown }; exceptionDetails?: unknown }>(
      'Runtime.evaluate', { expression: 'dloss(0.3, 0.7)', returnByValue: true }, page,
    );
    if (exceptionDetails) throw new Error(`dloss threw: ${JSON.stringify(exceptionDetails)}`);
    expect(exceptions).toEqual([]);
    return { breakpoints: ids.length, pauses: [...pauses], result: result.value as { value: number; grad: { x: number; y: number } } };
  } finally {
    for (const breakpointId of ids) await browser.send('Debugger.removeBreakpoint', { breakpointId }, page);
  }
}

test('the page loads the bundle, whose map names model.ts with its text, as DevTools shows it', () => {
  expect(exceptions).toEqual([]);
  expect(bundle.map.resolvedSources).toContain(`${origin}/model.ts`);
  expect(sourceContentFor(bundle.map, `${origin}/model.ts`)).toBe(model);
});

test("a breakpoint on the model's `const a = x * y` pauses in its forward statement and in the reverse statements that differentiate it", async () => {
  const { breakpoints, pauses, result } = await debugAt(2);
  expect(breakpoints).toBeGreaterThanOrEqual(2);
  expect(pauses.length).toBeGreaterThanOrEqual(2);
  for (const p of pauses) {
    expect(p).toMatchObject({ functionName: 'loss_vjp', hitBreakpoints: 1, source: `${origin}/model.ts`, line: 2 });
  }
  // the forward sweep's product, then the reverse sweep's adjoints of x and y
  expect(pauses.map((p) => p.generated)).toEqual(expect.arrayContaining([expect.stringMatching(/= x \* y;$/), expect.stringMatching(/^x_b \+= /)]));
  // (the page ran on: the gradient of sin(xy) + x² at (0.3, 0.7))
  expect(result.value).toBeCloseTo(Math.sin(0.21) + 0.09, 12);
  expect(result.grad.x).toBeCloseTo(0.7 * Math.cos(0.21) + 0.6, 12);
  expect(result.grad.y).toBeCloseTo(0.3 * Math.cos(0.21), 12);
});

test('a breakpoint on `return b + x * x` pauses only at what comes from that line', async () => {
  const { pauses, result } = await debugAt(4);
  expect(pauses.length).toBeGreaterThanOrEqual(2);
  for (const p of pauses) expect(p).toMatchObject({ functionName: 'loss_vjp', hitBreakpoints: 1, source: `${origin}/model.ts`, line: 4 });
  expect(pauses.map((p) => p.generated)).toEqual(expect.arrayContaining([expect.stringMatching(/^x_b \+= /)]));
  expect(result.grad.x).toBeCloseTo(0.7 * Math.cos(0.21) + 0.6, 12);
});
