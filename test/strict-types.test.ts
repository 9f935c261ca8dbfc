/**
 * Generated code type-checks under the strictest settings a user may have in the tsconfig that
 * tsgrad reads (noUncheckedIndexedAccess, exactOptionalPropertyTypes, noImplicitReturns,
 * noPropertyAccessFromIndexSignature, noUnusedLocals: no local, private function or import that
 * nothing reads), not only under --strict: every golden file, the examples and the training
 * models. Only errors in generated files count (a user's own source is the user's business).
 * noUnusedParameters is not asked for: a derivative keeps its function's parameters.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..');

function generatedFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith('.grad.ts'))
    .map((e) => join(e.parentPath, e.name));
}

test('generated files type-check with noUncheckedIndexedAccess, exactOptionalPropertyTypes, noUnusedLocals and the other strict flags', () => {
  const files = ['fixtures', 'examples', 'train'].flatMap((d) => generatedFiles(join(root, d)));
  expect(files.length).toBeGreaterThan(100);
  const program = ts.createProgram([...files, join(root, 'test/support/console.d.ts')], {
    strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noImplicitReturns: true,
    noPropertyAccessFromIndexSignature: true, noFallthroughCasesInSwitch: true, noImplicitOverride: true, noUnusedLocals: true,
    target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowJs: true, types: [], noEmit: true, skipLibCheck: true,
    paths: { 'tsgrad/runtime': [join(root, 'runtime/index.ts')] },
  });
  const errors = ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.endsWith('.grad.ts'))
    .map((d) => `${d.file!.fileName.slice(root.length + 1)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  expect(errors).toEqual([]);
});
