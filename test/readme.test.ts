/**
 * The README's code that says it runs does: each ```ts block after an HTML comment
 * `<!-- runnable -->` runs with `node --import tsgrad/register` from the repository's root (its
 * relative imports are the repository's files; grad(f) works), and each after
 * `<!-- runnable: compile -->` is a module that `tsgrad compile` differentiates without an
 * error. Mark a new snippet so when it is meant to work as written.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireBuild, root } from './support/plugin.js';

const run = promisify(execFile);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/^<!-- runnable(: compile)? -->\n```ts\n([\s\S]*?)^```$/gm)].map((m) => ({
  compile: m[1] !== undefined,
  code: m[2]!,
  line: readme.slice(0, m.index).split('\n').length + 2,
}));

test('the README marks its runnable snippets', () => {
  expect(snippets.filter((s) => !s.compile).length).toBeGreaterThanOrEqual(1);
  expect(snippets.filter((s) => s.compile).length).toBeGreaterThanOrEqual(1);
  // (a marker the pattern does not take, e.g. before a block that is not ```ts, would be silently skipped)
  expect(readme.match(/<!-- runnable/g)).toHaveLength(snippets.length);
});

describe.each(snippets.map((s) => [s.line, s] as const))('README.md:%i', (line, snippet) => {
  // in the repository's root (as the README's relative imports are written); .gitignore ignores .tsgrad-tmp-*
  const file = join(root, `.tsgrad-tmp-readme-${line}.ts`);
  afterAll(() => {
    rmSync(file, { force: true });
    rmSync(file.replace(/\.ts$/, '.grad.ts'), { force: true });
  });

  test(snippet.compile ? 'tsgrad compile differentiates it' : 'runs', async () => {
    requireBuild();
    writeFileSync(file, snippet.code);
    if (snippet.compile) {
      const out = await run(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'compile', file], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(out.stdout + out.stderr).not.toMatch(/error TSG/);
      expect(readFileSync(file.replace(/\.ts$/, '.grad.ts'), 'utf8')).toMatch(/export function \w+_grad\(/);
    } else {
      await run(process.execPath, ['--import', 'tsgrad/register', file], { cwd: root, encoding: 'utf8' });
    }
  }, 60_000);
});
