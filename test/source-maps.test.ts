/**
 * Source maps of generated code: each generated statement maps to the source statement it
 * comes from (forward sweep) or differentiates (reverse sweep), in the compiler's maps (every
 * fixture), in the plugins' output (the core transform every adapter runs), and beside the
 * CLI's files with `--source-map`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMap } from 'magic-string';
import { TraceMap, originalPositionFor, type SourceMapInput } from '@jridgewell/trace-mapping';
import { compileFiles, type FileResult } from '../compiler/index.js';
import ts from 'typescript';
import { transform } from '../plugin/transform.js';
import tsgrad from '../plugin/tsc.js';
import { run } from '../cli/run.js';
import { fixtureCases } from './support/fixtures.js';
import { pluginFixtures } from './support/plugin.js';

/** A compile result's map, encoded as a consumer reads it. */
const traceOf = (r: FileResult): TraceMap =>
  new TraceMap(new SourceMap({ file: 'x', sources: r.map!.sources, sourcesContent: r.map!.sourcesContent as string[], names: [], mappings: r.map!.mappings }) as unknown as SourceMapInput);

/** The source text from an original position (a few lines), from the map's sourcesContent. */
function sourceAt(map: TraceMap, source: string, line: number, column: number): string {
  const text = map.sourcesContent?.[map.resolvedSources.indexOf(source)] ?? readFileSync(source, 'utf8');
  return text.split('\n').slice(line - 1, line + 3).join('\n').slice(column);
}

/** Each line of the generated functions (between `function …(` and its `}`, at any indentation), with its number (1-based). */
function functionLines(code: string, names: RegExp): { line: number; text: string }[] {
  const lines = code.split('\n');
  const out: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(?:export )?function (\w+)\(/.exec(lines[i]!);
    if (!m || !names.test(m[2]!)) continue;
    const close = lines.findIndex((l, j) => j > i && l === `${m[1]}}`);
    for (let j = i; j <= close; j++) out.push({ line: j + 1, text: lines[j]! });
  }
  return out;
}

/** `// grad of (helper): text` → text, whitespace collapsed (`(sub3(…).x)`, `(stepBall(…) on b.v)`: an inlined helper's number). */
const gradOf = (comment: string): string => comment.replace(/^\s*\/\/ grad of(?: \([\w$.]+(?:\(…\)(?: on )?[\w$.]*)?\))?: /, '');
/** (compared without whitespace: the comment's text is the statement's on one line) */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('the compiler maps every fixture', () => {
  const cases = fixtureCases((g) => g !== 'diagnostics').filter((c) => !c.spec.wrt);
  const results = compileFiles(cases.map((c) => c.input), { sourceMap: true }).filter((r) => r.code !== undefined);

  test('every fixture with generated code has a map', () => {
    expect(results.length).toBeGreaterThan(200);
    for (const r of results) expect(r.map?.mappings.length).toBe(r.code!.split('\n').length);
  });

  test('every line of every generated function maps to a source line', () => {
    const unmapped: string[] = [];
    let checked = 0;
    for (const r of results) {
      const map = traceOf(r);
      for (const { line, text } of functionLines(r.code!, /./)) {
        const column = text.search(/\S/);
        if (column < 0 || /^\s*\/[/*]/.test(text)) continue;
        checked++;
        const o = originalPositionFor(map, { line, column });
        if (o.source === null || o.line === null) unmapped.push(`${r.outputFile}:${line}: ${text}`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(unmapped).toEqual([]);
  });

  test("the statement after each `// grad of: s` comment maps to the source statement s (a helper's into the helper's file)", () => {
    const wrong: string[] = [];
    let checked = 0;
    let helpers = 0;
    for (const r of results) {
      const map = traceOf(r);
      const lines = r.code!.split('\n');
      lines.forEach((text, i) => {
        if (!/^\s*\/\/ grad of/.test(text)) return;
        // (a comment heading no code, directly above another, is a defect: ir/unread.ts drops
        // those whose code it dropped, `t[1][0]++` of a tuple array before `t[1][2] += x[0]`)
        if (/^\s*\/\/ grad of/.test(lines[i + 1] ?? '')) { wrong.push(`${r.outputFile}:${i + 1}: '${text.trim()}' heads no code`); return; }
        const next = lines.slice(i + 1).findIndex((l) => !/^\s*\/\//.test(l));
        const line = i + 2 + next;
        const statement = lines[line - 1]!;
        const o = originalPositionFor(map, { line, column: statement.search(/\S/) });
        checked++;
        if (o.source !== r.sourceFile) helpers++;
        const original = o.source === null ? '(null)' : squash(sourceAt(map, o.source, o.line!, o.column!));
        // (the comment names the statement's first line, or a loop's header)
        // (`do … while (c)`: the loop's text up to the body; `function f`: the parameters, at the
        // declaration; `function f.$value`: a nullable helper's result, at its declaration too)
        const named = squash(gradOf(text)).split('…')[0]!.replace(/\.\$[\w$]*$/, '').slice(0, 12);
        if (!original.startsWith(named) && !original.startsWith(`export${named}`)) wrong.push(`${r.outputFile}:${line}: '${named}' maps to '${original}'`);
      });
    }
    expect(checked).toBeGreaterThan(1000);
    expect(helpers).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  test('no map unless asked for', () => {
    expect(compileFiles([cases[0]!.input])[0]!.map).toBeUndefined();
  });

  test('the generated code is the same as without maps (the goldens)', () => {
    for (const c of cases) {
      const r = results.find((x) => x.sourceFile === c.input);
      if (r && existsSync(c.expected)) expect(r.code).toBe(readFileSync(c.expected, 'utf8'));
    }
  });
});

describe("the plugins' output", () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-maps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const model = [
    "import { scale } from './helper.js';",
    '',
    'export function loss(x: number, y: number): number {',
    '  const a = x * y;',
    '  const b = Math.sin(a);',
    '  const c = scale(b);',
    '  return c + x * x;',
    '}',
    '',
  ].join('\n');
  const helper = ['export function scale(v: number): number {', '  return 3 * v;', '}', ''].join('\n');
  const main = ["import { grad } from 'tsgrad';", "import { loss } from './model.js';", '', 'export const dloss = grad(loss);', ''].join('\n');

  writeFileSync(join(dir, 'model.ts'), model);
  writeFileSync(join(dir, 'helper.ts'), helper);
  writeFileSync(join(dir, 'main.ts'), main);
  const result = transform(main, join(dir, 'main.ts'));
  const map = new TraceMap(result.map!.toString());
  const lines = result.code.split('\n');
  const original = (line: number) => {
    const text = lines[line - 1]!;
    return originalPositionFor(map, { line, column: text.search(/\S/) });
  };
  const modelLine = (text: string) => model.split('\n').findIndex((l) => l.trim() === text) + 1;

  test('the map names the module, the model and the helper inlined into it, with their contents', () => {
    expect(result.diagnostics).toEqual([]);
    expect(map.sources).toEqual([join(dir, 'main.ts'), join(dir, 'model.ts'), join(dir, 'helper.ts')]);
    expect(map.sourcesContent).toEqual([main, model, helper]);
  });

  test("the `x_b += …` of each statement maps to that statement's line of the model", () => {
    // (in loss_vjp; loss_hvp, second order, has its own)
    const adds = functionLines(result.code, /_vjp$/).flatMap(({ line, text }) => (/^\s*x_b \+= /.test(text) ? [line] : []));
    // x * y (line 4) and x * x (line 7)
    expect(adds).toHaveLength(2);
    const mapped = adds.map((line) => original(line)).map((o) => `${o.source}:${o.line}`).sort();
    expect(mapped).toEqual([`${join(dir, 'model.ts')}:${modelLine('const a = x * y;')}`, `${join(dir, 'model.ts')}:${modelLine('return c + x * x;')}`]);
    const yAdd = lines.findIndex((l) => /^\s*y_b \+= /.test(l)) + 1;
    expect(original(yAdd)).toMatchObject({ source: join(dir, 'model.ts'), line: modelLine('const a = x * y;'), column: 2 });
    // the forward sweep's statements too
    const sin = lines.findIndex((l) => /= Math\.sin\(/.test(l)) + 1;
    expect(original(sin)).toMatchObject({ source: join(dir, 'model.ts'), line: modelLine('const b = Math.sin(a);'), column: 2 });
  });

  test("the helper's inlined statements map to the helper's file", () => {
    // (in loss_vjp; loss_jvp, forward mode, has its own)
    const inlined = functionLines(result.code, /_vjp$/).flatMap(({ line, text }) => (/^\s*const \w+ = 3 \* /.test(text) ? [line] : []));
    expect(inlined).toHaveLength(1);
    expect(original(inlined[0]!)).toMatchObject({ source: join(dir, 'helper.ts'), line: 2, column: 2 });
  });

  test('no line of a generated derivative maps to no source (but its comments)', () => {
    const derivative = functionLines(result.code, /_(vjp|grad)$/);
    expect(derivative.length).toBeGreaterThan(20);
    const unmapped = derivative.filter(({ line, text }) => text.trim() !== '' && !text.trim().startsWith('//') && original(line).source === null);
    expect(unmapped).toEqual([]);
  });

  test("the module's own code still maps to itself", () => {
    const at = lines.indexOf('export const dloss = __tsgrad_model().loss_grad;') + 1;
    expect(originalPositionFor(map, { line: at, column: 0 })).toMatchObject({ source: join(dir, 'main.ts'), line: 4, column: 0 });
  });

  test('a JavaScript module: through the removal of types too', () => {
    const js = transform(main, join(dir, 'main.mjs'));
    const jsMap = new TraceMap(js.map!.toString());
    const jsLines = js.code.split('\n');
    expect(js.code).not.toContain(': number');
    const adds = functionLines(js.code, /_vjp$/).flatMap(({ line, text }) => (/^\s*x_b \+= /.test(text) ? [line] : []));
    expect(adds).toHaveLength(2);
    for (const line of adds) expect(originalPositionFor(jsMap, { line, column: jsLines[line - 1]!.search(/\S/) }).source).toBe(join(dir, 'model.ts'));
    const unmapped = functionLines(js.code, /_(vjp|grad)$/).filter(({ line, text }) =>
      text.trim() !== '' && !text.trim().startsWith('//') && originalPositionFor(jsMap, { line, column: text.search(/\S/) }).source === null);
    expect(unmapped).toEqual([]);
  });

  test("tsc's emit with the transformer (ts-patch): the emitted map leads the derivative's lines to the model", () => {
    const program = ts.createProgram([join(dir, 'main.ts')], {
      module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler,
      outDir: join(dir, 'out'), strict: true, skipLibCheck: true, sourceMap: true,
    });
    const written = new Map<string, string>();
    const emitted = program.emit(program.getSourceFile(join(dir, 'main.ts')), (file, text) => written.set(file, text), undefined, false, { before: [tsgrad(program, {}, { ts })] });
    expect(emitted.diagnostics).toEqual([]);
    const js = written.get(join(dir, 'out', 'main.js'))!;
    const tscMap = new TraceMap(written.get(join(dir, 'out', 'main.js.map'))!, join(dir, 'out', 'main.js.map'));
    const jsLines = js.split('\n');
    const adds = functionLines(js, /_vjp$/).flatMap(({ line, text }) => (/^\s*x_b \+= /.test(text) ? [line] : []));
    expect(adds).toHaveLength(2);
    const mapped = adds.map((line) => originalPositionFor(tscMap, { line, column: jsLines[line - 1]!.search(/\S/) })).map((o) => `${o.source}:${o.line}`).sort();
    expect(mapped).toEqual([`${join(dir, 'model.ts')}:${modelLine('const a = x * y;')}`, `${join(dir, 'model.ts')}:${modelLine('return c + x * x;')}`]);
    const inlined = functionLines(js, /_vjp$/).flatMap(({ line, text }) => (/^\s*const \w+ = 3 \* /.test(text) ? [line] : []));
    expect(inlined).toHaveLength(1);
    expect(originalPositionFor(tscMap, { line: inlined[0]!, column: jsLines[inlined[0]! - 1]!.search(/\S/) })).toMatchObject({ source: join(dir, 'helper.ts'), line: 2 });
  });

  test('the fixture program: its model and the helper module it calls', () => {
    const file = join(pluginFixtures, 'app', 'main.ts');
    const r = transform(readFileSync(file, 'utf8'), file);
    const m = new TraceMap(r.map!.toString());
    const out = r.code.split('\n');
    const sigmoid = out.findIndex((l) => /Math\.exp\(/.test(l)) + 1;
    expect(originalPositionFor(m, { line: sigmoid, column: out[sigmoid - 1]!.search(/\S/) }).source).toBe(join(pluginFixtures, 'app', 'layers.ts'));
  });
});

describe('tsgrad compile --source-map', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tsgrad-maps-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  // (two active numbers: a function of one gets its vjp in forward mode, compiler/forward/vjp.ts)
  const model = 'export function f(x: number, c: number): number {\n  const s = Math.sin(x);\n  return s * x * c;\n}\n';
  const cli = async (argv: string[]) => {
    const out = { stdout: '', stderr: '' };
    const code = await run(argv, {
      stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd: dir, env: {}, isTTY: false, version: 'test',
    }, compileFiles);
    return { code, ...out };
  };

  test('writes the map beside the file, named by its comment; off by default', async () => {
    writeFileSync(join(dir, 'm.ts'), model);
    expect((await cli(['compile', 'm.ts'])).code).toBe(0);
    const plain = readFileSync(join(dir, 'm.grad.ts'), 'utf8');
    expect(plain).not.toContain('sourceMappingURL');
    expect(existsSync(join(dir, 'm.grad.ts.map'))).toBe(false);

    const r = await cli(['compile', '--source-map', 'm.ts']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('tsgrad: wrote 2 files.\n');
    const code = readFileSync(join(dir, 'm.grad.ts'), 'utf8');
    expect(code).toBe(`${plain}//# sourceMappingURL=m.grad.ts.map\n`);
    const json = JSON.parse(readFileSync(join(dir, 'm.grad.ts.map'), 'utf8')) as { file: string; sources: string[] };
    expect(json).toMatchObject({ version: 3, file: 'm.grad.ts', sources: ['m.ts'] });
    const map = new TraceMap(json as SourceMapInput, join(dir, 'm.grad.ts.map'));
    const lines = code.split('\n');
    const add = lines.findIndex((l) => /^\s*x_b \+= s_b \* Math\.cos\(x\)/.test(l)) + 1;
    expect(add).toBeGreaterThan(0);
    expect(originalPositionFor(map, { line: add, column: 2 })).toMatchObject({ source: join(dir, 'm.ts'), line: 2, column: 2 });

    expect(await cli(['compile', '--check', '--source-map', 'm.ts'])).toMatchObject({ code: 0, stdout: 'tsgrad: 2 generated files up to date.\n' });
    expect(await cli(['compile', '--source-map', 'm.ts'])).toMatchObject({ code: 0, stdout: 'tsgrad: 2 files unchanged.\n' });
  });

  test('a map file tsgrad did not write is never overwritten', async () => {
    writeFileSync(join(dir, 'm.ts'), model);
    writeFileSync(join(dir, 'm.grad.ts.map'), '{"mine": true}\n');
    const r = await cli(['compile', '--source-map', 'm.ts']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to overwrite m.grad.ts.map');
    expect(readFileSync(join(dir, 'm.grad.ts.map'), 'utf8')).toBe('{"mine": true}\n');
    expect(existsSync(join(dir, 'm.grad.ts'))).toBe(false);
  });
});
