/**
 * tsgrad/eslint through ESLint's Node API (ESLint 9, flat config, @typescript-eslint/parser for
 * TypeScript, as a project linting TypeScript has it): the rule reports the diagnostics the
 * language-service plugin and the build report (the same files, codes, messages and spans:
 * plugin/editor.ts makes them for both), from the text being linted, saved or not. The last
 * test loads the rule as a user's eslint.config.js does, `import tsgrad from 'tsgrad/eslint'`,
 * through the package's `exports`, in a child process (ESLint's CLI).
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ESLint, type Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import tsgrad from '../plugin/eslint.js';
import { requireBuild, root, tempProject } from './support/plugin.js';
import { editorProject } from './support/editor-project.js';

const files = editorProject({}, [
  'export function g(x: number): number {',
  '  try { return x; } catch { return 0; }',
  '}',
]);

let dir = '';
beforeAll(() => {
  requireBuild();
  dir = tempProject([], files);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function eslint(rules: Linter.RulesRecord = { 'tsgrad/diagnostics': 'error' }): ESLint {
  return new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { tsgrad: tsgrad as never }, rules }],
  });
}

/** `line:column-endLine:endColumn rule severity message` (ESLint's 1-based columns). */
const brief = (m: Linter.LintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.severity} ${m.message.split('\n')[0]}`;

async function lint(file: keyof typeof files, rules?: Linter.RulesRecord, text: string = files[file]): Promise<Linter.LintMessage[]> {
  const [result] = await eslint(rules).lintText(text, { filePath: join(dir, file) });
  return result!.messages;
}

test('the model: the problem that keeps grad(risky) from a gradient, at its span, with message and hint; not its neighbour\'s', async () => {
  const messages = await lint('model.ts');
  expect(messages.map(brief)).toEqual([expect.stringMatching(/^2:3-2:6 tsgrad\/diagnostics 2 TSG1001: 'try' is not supported/)]);
  expect(messages[0]!.message).toMatch(/\nhint: \S/);
  expect(messages[0]!.messageId).toBe('diagnostic');
}, 60_000);

test('the module that calls grad(f): the model\'s problem at the argument, naming where it is', async () => {
  expect((await lint('main.ts')).map(brief)).toEqual([
    expect.stringMatching(/^4:28-4:33 tsgrad\/diagnostics 2 TSG1001: 'risky' cannot be differentiated: 'try' is not supported.* \(model\.ts:2:3\)$/),
    expect.stringMatching(/^5:27-5:32 tsgrad\/diagnostics 2 TSG1001: 'risky' cannot be differentiated/),
  ]);
}, 60_000);

test('the text linted, not the file on disk: an unsaved fix clears the model\'s error', async () => {
  const fixed = files['model.ts'].replace(/ {2}try \{\n {4}return x \* x;\n {2}\} catch \{\n {4}return 0;\n {2}\}\n/, '  return x * x;\n');
  expect(fixed).not.toBe(files['model.ts']);
  expect(await lint('model.ts', undefined, fixed)).toEqual([]);
  expect(readFileSync(join(dir, 'model.ts'), 'utf8')).toBe(files['model.ts']);
}, 60_000);

test('the compile patterns: every diagnostic of those files, notes by tsgrad/notes; the files they do not name untouched', async () => {
  const rules: Linter.RulesRecord = { 'tsgrad/diagnostics': ['error', { compile: ['lib/*.ts'] }], 'tsgrad/notes': ['warn', { compile: ['lib/*.ts'] }] };
  expect((await lint('lib/whole.ts', rules)).map(brief)).toEqual([
    expect.stringMatching(/^2:3-2:6 tsgrad\/diagnostics 2 TSG1001: 'try'/),
    expect.stringMatching(/^4:\d+-4:\d+ tsgrad\/notes 1 TSG1010: .*label/),
  ]);
  expect(await lint('untouched.ts', rules)).toEqual([]);
  // without the patterns, a file no grad(f) uses gets nothing
  expect(await lint('lib/whole.ts')).toEqual([]);
}, 60_000);

test('a user\'s eslint.config.js imports tsgrad/eslint (the package\'s exports) and the CLI prints the diagnostic once', async () => {
  const project = tempProject([], {
    ...files,
    'eslint.config.js': [
      "import tsParser from '@typescript-eslint/parser';",
      "import tsgrad from 'tsgrad/eslint';",
      "export default [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, ...tsgrad.configs.recommended }];",
      '',
    ].join('\n'),
  });
  try {
    // (the user's own install of ESLint and the parser, beside tsgrad)
    for (const name of ['eslint', '@typescript-eslint']) symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name), 'dir');
    const error = await promisify(execFile)(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), 'main.ts', 'model.ts', 'untouched.ts'], { cwd: project, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
      .then(() => undefined, (e: { code: number; stdout: string; stderr: string }) => e);
    expect(error?.code).toBe(1);
    const out = error!.stdout;
    expect(out.split('TSG1001').length - 1).toBe(3);
    expect(out).toMatch(/model\.ts\n\s+2:3\s+error\s+TSG1001: 'try' is not supported/);
    expect(out).toMatch(/main\.ts\n\s+4:28\s+error\s+TSG1001: 'risky' cannot be differentiated/);
    expect(out).not.toMatch(/untouched\.ts/);
    expect(out).toMatch(/tsgrad\/diagnostics/);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}, 60_000);
