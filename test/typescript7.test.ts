/**
 * Generated code type-checks with TypeScript 7's `tsc` (npm's `latest`, the native port; a
 * devDependency under the alias `typescript7`), under the same strictest user settings as
 * test/strict-types.test.ts checks with TypeScript 6: every golden file, the examples and the
 * training models. Only errors in generated files count. A file with a deliberate type error
 * is checked beside them, so the test fails if tsc 7 did not run or its output went unread.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const tsc7 = join(root, 'node_modules', 'typescript7', 'bin', 'tsc');

function generatedFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith('.grad.ts'))
    .map((e) => join(e.parentPath, e.name));
}

test('TypeScript 7 tsc: generated files type-check under the strictest settings', () => {
  const version = execFileSync(process.execPath, [tsc7, '--version'], { encoding: 'utf8' });
  expect(version).toMatch(/^Version 7\./);
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-ts7-'));
  const control = join(dir, 'control.grad.ts');
  writeFileSync(control, 'export const n: number = "not a number";\n');
  const files = ['fixtures', 'examples', 'train'].flatMap((d) => generatedFiles(join(root, d)));
  expect(files.length).toBeGreaterThan(100);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noImplicitReturns: true,
      noPropertyAccessFromIndexSignature: true, noFallthroughCasesInSwitch: true, noImplicitOverride: true,
      target: 'es2022', lib: ['es2022'], module: 'nodenext', moduleResolution: 'nodenext',
      allowJs: true, types: [], noEmit: true, skipLibCheck: true,
      paths: { 'tsgrad/runtime': [join(root, 'runtime', 'index.ts')] },
    },
    files: [...files, control],
  }));
  let output = '';
  try {
    output = execFileSync(process.execPath, [tsc7, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  const errors = output.split('\n').filter((l) => /\.grad\.ts\(\d+,\d+\): error TS/.test(l));
  expect(errors.filter((l) => l.includes('control.grad.ts'))).toEqual([expect.stringContaining('error TS2322')]);
  expect(errors.filter((l) => !l.includes('control.grad.ts'))).toEqual([]);
}, 120_000);

test('TypeScript 7 tsc: a user project that imports grad from tsgrad (its published types) type-checks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-ts7-'));
  cpSync(join(root, 'test', 'plugin-fixtures', 'app'), join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'app', 'wrong.ts'), "import { grad } from 'tsgrad';\nimport { loss } from './model.js';\nexport const k: string = grad(loss, ['w'])(new Float64Array(1), 0, new Float64Array(1), 0).grad.w;\n");
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'tsgrad'), 'dir');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', lib: ['es2022'], module: 'nodenext', moduleResolution: 'nodenext', types: [], noEmit: true },
    include: ['app'],
  }));
  let output = '';
  try {
    output = execFileSync(process.execPath, [tsc7, '-p', 'tsconfig.json', '--pretty', 'false'], { encoding: 'utf8', cwd: dir });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  // only the deliberate mistake: a Float64Array gradient assigned to a string
  expect(output.trim().split('\n').filter((l) => !l.startsWith(' '))).toEqual([expect.stringMatching(/^app\/wrong\.ts\(3,14\): error TS2322: Type '.*Float64Array.*' is not assignable to type 'string'\.$/)]);
}, 120_000);
