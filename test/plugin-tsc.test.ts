/** tsgrad/tsc: the custom transformer in TypeScript's own emit, to CommonJS and to ES modules. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import tsgrad from '../plugin/tsc.js';
import { expectChecks, requireBuild, tempProject, type Check } from './support/plugin.js';

/** Emits the project's `main.ts` (and what it imports) with tsgrad's transformer. */
function emit(dir: string, module: ts.ModuleKind, extras: Parameters<typeof tsgrad>[2] = {}): { outDir: string; diagnostics: readonly ts.Diagnostic[] } {
  const outDir = join(dir, `out-${ts.ModuleKind[module]}`);
  const program = ts.createProgram([join(dir, 'main.ts')], {
    module, target: ts.ScriptTarget.ES2022, moduleResolution: module === ts.ModuleKind.CommonJS ? ts.ModuleResolutionKind.Node10 : ts.ModuleResolutionKind.Bundler,
    outDir, strict: true, esModuleInterop: true, skipLibCheck: true,
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
  test('go to ts-patch\'s addDiagnostic, at their position in the module', () => {
    const dir = join(tempProject(['broken']), 'broken');
    const reported: ts.Diagnostic[] = [];
    emit(dir, ts.ModuleKind.ESNext, { addDiagnostic: (d) => reported.push(d) });
    expect(reported).toHaveLength(1);
    const [d] = reported;
    const { line, character } = d!.file!.getLineAndCharacterOfPosition(d!.start!);
    expect([d!.file!.fileName, line + 1, character + 1, d!.code]).toEqual([join(dir, 'model.ts'), 2, 3, 1001]);
    expect(ts.flattenDiagnosticMessageText(d!.messageText, '\n')).toMatch(/^TSG1001: 'try' is not supported/);
  });

  test('are thrown without ts-patch', () => {
    const dir = join(tempProject(['broken']), 'broken');
    expect(() => emit(dir, ts.ModuleKind.ESNext)).toThrow(/model\.ts:2:3 - error TSG1001/);
  });
});

describe('a mistake in a helper the model imports', () => {
  test('ts-patch gets each diagnostic once, at its own file\'s line', () => {
    const dir = join(tempProject(['helper-mistake']), 'helper-mistake');
    const reported: ts.Diagnostic[] = [];
    emit(dir, ts.ModuleKind.ESNext, { addDiagnostic: (d) => reported.push(d) });
    const where = reported.map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start!);
      return [d.file!.fileName, line + 1, character + 1, ts.flattenDiagnosticMessageText(d.messageText, '\n').slice(0, 8)];
    });
    expect(where.sort()).toEqual([[join(dir, 'helper.ts'), 2, 3, 'TSG1001:'], [join(dir, 'model.ts'), 4, 10, 'TSG2003:']]);
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
