/**
 * The project the editor tests open (test/ts-plugin.test.ts through tsserver, test/eslint.test.ts
 * through ESLint): a model with a refused function two `grad(f)` calls reach (one with a key that
 * is no parameter), a neighbour no `grad(f)` reaches, and `lib/whole.ts` whose every export is
 * checked. Each test adds its own tsconfig options and its `untouched.ts`.
 */
export function editorProject(compilerOptions: Record<string, unknown>, untouched: readonly string[]): Record<string, string> {
  return {
    'package.json': '{ "type": "module" }\n',
    'tsconfig.json': JSON.stringify({
      compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true, noEmit: true, ...compilerOptions },
      include: ['*.ts', 'lib/*.ts'],
    }, null, 2),
    'model.ts': [
      'export function risky(x: number): number {',
      '  try {',
      '    return x * x;',
      '  } catch {',
      '    return 0;',
      '  }',
      '}',
      '',
      '// not differentiated by any grad(f): its problem is none of the build\'s business',
      'export function neighbour(x: number): number {',
      '  try { return x; } catch { return 0; }',
      '}',
      '',
    ].join('\n'),
    'main.ts': [
      "import { grad } from 'tsgrad';",
      "import { risky } from './model.js';",
      '',
      'export const drisky = grad(risky);',
      "export const keyed = grad(risky, ['y']);",
      '',
    ].join('\n'),
    'lib/whole.ts': [
      'export function f(x: number): number {',
      '  try { return x; } catch { return 0; }',
      '}',
      'export function label(x: number): string {',
      '  return String(x);',
      '}',
      '',
    ].join('\n'),
    'untouched.ts': [...untouched, ''].join('\n'),
  };
}
