/**
 * Inputs tsgrad must reject: the first diagnostic has the expected code and position, and where
 * expected.json gives a `length`, that many characters underlined (the construct refused: `try`,
 * `u = v`, a loop's head; trial21: frames marked whole 30-line loops).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import { fixtureCases } from './support/fixtures.js';

const cases = fixtureCases((g) => g === 'diagnostics');

test('there are diagnostics fixtures', () => {
  expect(cases.length).toBeGreaterThanOrEqual(8);
});

const results = cases.length ? compileFiles(cases.map((c) => c.input)) : [];

test.each(cases.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
  const { message, hint, length, ...expected } = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as
    { code: string; line: number; column: number; message?: string; hint?: string; length?: number };
  const r = results[i]!;
  expect(r.code).toBeUndefined();
  expect(r.diagnostics.length).toBeGreaterThan(0);
  const [d] = r.diagnostics;
  expect({ code: d!.code, line: d!.line, column: d!.column }).toEqual(expected);
  expect(d!.message.length).toBeGreaterThan(10);
  // every message says what to write, in the user's words: a hint, and no TypeScript AST names
  for (const each of r.diagnostics) {
    expect(each.hint?.length ?? 0).toBeGreaterThan(10);
    expect(each.message).not.toMatch(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Expression|Statement|Element|Declaration|Literal|Keyword|Token)\b/);
  }
  // each once (diagnostics/recursive_object_result_once: one per property of an object result, before)
  const said = r.diagnostics.map((each) => `${each.file}:${each.line}:${each.column} ${each.code} ${each.message}`);
  expect(said.filter((x, j) => said.indexOf(x) !== j)).toEqual([]);
  if (length !== undefined) expect(d!.length).toBe(length);
  if (message !== undefined) expect(d!.message).toBe(message);
  if (hint !== undefined) expect(d!.hint).toBe(hint);
});

test('a caller of a helper that fails to lower is named at its call (TSG2003), after the helper\'s own error', () => {
  const c = cases.find((x) => x.dir.endsWith('helper_tuple_spread'))!;
  const [r] = compileFiles([c.input]);
  const calls = r!.diagnostics.filter((d) => d.code === 'TSG2003');
  expect(calls.map((d) => [d.line, d.column, /'f' gets no gradient: it calls 'minmax'/.test(d.message)])).toEqual([[11, 20, true]]);
  expect(r!.diagnostics[0]!.code).toBe('TSG1008');
});

test('TSG2003\'s hint registers a derivative only for a callee tsgrad would call it for: not one taking an object', () => {
  const c = cases.find((x) => x.dir.endsWith('callee_object_param_unreadable'))!;
  const [r] = compileFiles([c.input]);
  const calls = r!.diagnostics.filter((d) => d.code === 'TSG2003').map((d) => [d.line, d.hint]);
  expect(calls).toEqual([
    [10, "fix 'g' (see its own error), move the code tsgrad cannot read into a helper that takes the numbers (s.a, s.b) and returns one number, and register that helper's derivative (export its _vjp beside it: tsgrad takes a registered derivative for a function of numbers and arrays that returns a number, and 'g' takes an object ('s')), or keep 'f' from calling it"],
    [18, "fix 'k' (see its own error), register a derivative for it (export 'k_vjp' beside it), or keep 'h' from calling it"],
  ]);
});

test('TSG2003\'s hint registers no derivative for a helper taking an array of rows, which is inlined, not called', () => {
  const c = cases.find((x) => x.dir.endsWith('rows_local_helper_alias'))!;
  const [r] = compileFiles([c.input]);
  const calls = r!.diagnostics.filter((d) => d.code === 'TSG2003').map((d) => [d.line, d.hint]);
  expect(calls).toEqual([
    [9, "fix 'firstOf' (see its own error), move the code tsgrad cannot read into a helper that takes numbers and arrays of numbers (a row, rows[i]) and returns one number, and register that helper's derivative (export its _vjp beside it: 'firstOf' takes an array of rows, and tsgrad inlines such a helper rather than call it), or keep 'first' from calling it"],
  ]);
});
