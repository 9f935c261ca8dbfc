/** Inputs tsgrad must reject: the first diagnostic has the expected code and position. */
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
  const { message, hint, ...expected } = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as
    { code: string; line: number; column: number; message?: string; hint?: string };
  const r = results[i]!;
  expect(r.code).toBeUndefined();
  expect(r.diagnostics.length).toBeGreaterThan(0);
  const [d] = r.diagnostics;
  expect({ code: d!.code, line: d!.line, column: d!.column }).toEqual(expected);
  expect(d!.message.length).toBeGreaterThan(10);
  if (message !== undefined) expect(d!.message).toBe(message);
  if (hint !== undefined) expect(d!.hint).toBe(hint);
});
