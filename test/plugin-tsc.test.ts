/** tsgrad/tsc: the custom transformer in TypeScript's own emit, to CommonJS and to ES modules. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import tsgrad from '../plugin/tsc.js';
import { expectChecks, requireBuild, root, tempProject, type Check } from './support/plugin.js';

/** Emits the project's `main.ts` (and what it imports) with tsgrad's transformer. */
function emit(dir: string, module: ts.ModuleKind, extras: Parameters<typeof tsgrad>[2] = {}, pretty = false): { outDir: string; diagnostics: readonly ts.Diagnostic[] } {
  const outDir = join(dir, `out-${ts.ModuleKind[module]}`);
  const program = ts.createProgram([join(dir, 'main.ts')], {
    module, target: ts.ScriptTarget.ES2022, moduleResolution: module === ts.ModuleKind.CommonJS ? ts.ModuleResolutionKind.Node10 : ts.ModuleResolutionKind.Bundler,
    outDir, strict: true, esModuleInterop: true, skipLibCheck: true, pretty,
  });
  const result = program.emit(undefined, undefined, undefined, false, { before: [tsgrad(program, {}, { ts, ...extras })] });
  return { outDir, diagnostics: result.diagnostics };
}

test('CommonJS output: gradients match finite differences', () => {
  const dir = join(tempProject(['app']), 'app');
  const { outDir, diagnostics } = emit(dir, ts.ModuleKind.CommonJS);
  expect(diagnostics).toEqual([]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const program = require(join(outDir, 'main.js')) as { checks: () => Check[] };
  expectChecks(program.checks());
});

test('ES module output runs in Node: gradients match finite differences', async () => {
  requireBuild();
  const project = tempProject(['app']);
  const { outDir, diagnostics } = emit(join(project, 'app'), ts.ModuleKind.ESNext);
  expect(diagnostics).toEqual([]);
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  const script = `import('./main.js').then((m) => console.log(JSON.stringify(m.checks())))`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: outDir });
  expectChecks(JSON.parse(stdout) as Check[]);
});

describe('diagnostics', () => {
  const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => '/', getNewLine: () => '\n' };

  test('go to ts-patch\'s addDiagnostic, at their position in the module, with tsgrad\'s code, the code frame and the hint', () => {
    const dir = join(tempProject(['broken']), 'broken');
    const reported: ts.Diagnostic[] = [];
    emit(dir, ts.ModuleKind.ESNext, { addDiagnostic: (d) => reported.push(d) });
    expect(reported).toHaveLength(1);
    const [d] = reported;
    const { line, character } = d!.file!.getLineAndCharacterOfPosition(d!.start!);
    expect([d!.file!.fileName, line + 1, character + 1, d!.source]).toEqual([join(dir, 'model.ts'), 2, 3, 'tsgrad']);
    // as tsc prints it without --pretty (no frame of its own there: the message has one)
    const printed = ts.formatDiagnostics(reported, host);
    expect(printed).toMatch(/model\.ts\(2,3\): error TSG1001: 'try' is not supported in a differentiated function\n\n {2}1 \| export function risky/);
    expect(printed).toContain('> 2 |   try {\n    |   ^^^');
    expect(printed).toMatch(/\n {2}hint: \S/);
    expect(printed).not.toMatch(/TS1\d{3}/);
  });

  test('with --pretty, tsc draws the frame: the message is the message and the hint', () => {
    const dir = join(tempProject(['broken']), 'broken');
    const reported: ts.Diagnostic[] = [];
    emit(dir, ts.ModuleKind.ESNext, { addDiagnostic: (d) => reported.push(d) }, true);
    const printed = ts.formatDiagnosticsWithColorAndContext(reported, host).replace(/\u001b\[\d+m/g, '');
    expect(printed).toMatch(/model\.ts:2:3 - error TSG1001: 'try' is not supported in a differentiated function\n {2}hint: \S.*\n+ *2 {3}try \{\n +~~~ *\n/);
    expect(printed.match(/^ *2 {3}try/gm)).toHaveLength(1);
  });

  test('are thrown without ts-patch', () => {
    const dir = join(tempProject(['broken']), 'broken');
    expect(() => emit(dir, ts.ModuleKind.ESNext)).toThrow(/model\.ts:2:3 - error TSG1001/);
  });
});

describe('a real ts-patch build (tspc, ts-patch 3.3 on TypeScript 6)', () => {
  const tspc = join(root, 'node_modules', 'ts-patch', 'bin', 'tspc.js');
  const tsconfig = JSON.stringify({
    compilerOptions: {
      strict: true, target: 'es2022', module: 'es2022', moduleResolution: 'bundler', outDir: 'out', skipLibCheck: true,
      plugins: [{ transform: 'tsgrad/tsc' }],
    },
    include: ['*.ts'],
  });
  const build = (dir: string, ...args: string[]) => new Promise<{ code: number | null; stdout: string }>((resolve) => {
    execFile(process.execPath, [tspc, '-p', '.', ...args], { cwd: dir }, (error, stdout) => resolve({ code: error ? (error.code as number) : 0, stdout }));
  });

  test('emits the gradients: the built program\'s checks pass in Node', async () => {
    requireBuild();
    const dir = join(tempProject(['app']), 'app');
    writeFileSync(join(dir, 'tsconfig.json'), tsconfig);
    const { code, stdout } = await build(dir);
    expect([code, stdout]).toEqual([0, '']);
    writeFileSync(join(dir, 'out', 'package.json'), '{ "type": "module" }\n');
    const script = `import('./main.js').then((m) => console.log(JSON.stringify(m.checks())))`;
    const run = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: join(dir, 'out') });
    expectChecks(JSON.parse(run.stdout) as Check[]);
  }, 60_000);

  test('prints tsgrad\'s code, the code frame and the hint, and fails', async () => {
    requireBuild();
    const dir = join(tempProject(['broken']), 'broken');
    writeFileSync(join(dir, 'tsconfig.json'), tsconfig);
    const plain = await build(dir);
    expect(plain.code).not.toBe(0);
    expect(plain.stdout).toMatch(/^model\.ts\(2,3\): error TSG1001: 'try' is not supported in a differentiated function\n\n {2}1 \| export function risky\(x: number\): number \{\n> 2 \| {3}try \{\n {4}\| {3}\^{3}\n/);
    expect(plain.stdout).toMatch(/\n {2}hint: catch the error in the caller/);
    const pretty = await build(dir, '--pretty');
    const text = pretty.stdout.replace(/\u001b\[\d+m/g, '');
    expect(text).toMatch(/^model\.ts:2:3 - error TSG1001: 'try' is not supported in a differentiated function\n {2}hint: .*\n+ *2 {3}try \{\n +~~~ *\n/);
    expect(text).toMatch(/Found 1 error in model\.ts:2/);
    expect(`${plain.stdout}${pretty.stdout}`).not.toMatch(/TS1\d{3}/);
  }, 60_000);
});

describe('a mistake in a helper the model imports', () => {
  test('ts-patch gets each diagnostic once, at its own file\'s line', () => {
    const dir = join(tempProject(['helper-mistake']), 'helper-mistake');
    const reported: ts.Diagnostic[] = [];
    emit(dir, ts.ModuleKind.ESNext, { addDiagnostic: (d) => reported.push(d) });
    const where = reported.map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start!);
      // (tsc prints `TS` and the code: tsgrad's codes are 'G1001', printed TSG1001)
      return [d.file!.fileName, line + 1, character + 1, `TS${d.code}`];
    });
    expect(where.sort()).toEqual([[join(dir, 'helper.ts'), 2, 3, 'TSG1001'], [join(dir, 'model.ts'), 4, 10, 'TSG2003']]);
  });

  test('without ts-patch, one error names each once, with its code frame and without a stack', () => {
    const dir = join(tempProject(['helper-mistake']), 'helper-mistake');
    let thrown: Error | undefined;
    try {
      emit(dir, ts.ModuleKind.ESNext);
    } catch (error) {
      thrown = error as Error;
    }
    expect(thrown?.message).toMatch(/^.*helper\.ts:2:3 - error TSG1001: 'try' is not supported[^\n]*\n\n  1 \| export function helper/);
    for (const code of ['TSG1001', 'TSG2003']) expect(thrown!.message.split(`${code}: `)).toHaveLength(2);
    expect(thrown!.stack).not.toMatch(/^\s*at /m);
  });
});
