/**
 * An exported function taking an object of numbers (fixtures/calls/exported_object_param): its
 * callers in the module are differentiated (the call inlined, or through the private copy
 * `energy2$options`), and it gets no gradient of its own, said by a note (TSG1010), not an error.
 */
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import { fixturesDir } from './support/fixtures.js';

const input = join(fixturesDir, 'calls/exported_object_param/input.ts');
const [r] = compileFiles([input]);

test('no errors: the callers are differentiated', () => {
  expect(r!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(r!.code).toContain('export function oscillate_grad(');
  expect(r!.code).toContain('function energy2$options_vjp(');
});

test('the exported functions taking an object get a note each, naming the object', () => {
  const notes = r!.notes.filter((n) => n.code === 'TSG1010' && n.message.includes('takes an object of numbers'));
  expect(notes.map((n) => n.message.slice(0, n.message.indexOf("'", 1) + 1)).sort()).toEqual(["'energy'", "'energy2'"]);
  for (const n of notes) {
    expect(n.severity).toBe('info');
    expect(n.message).toContain("'s' is an object parameter (State)");
    expect(n.hint).toContain('take its numbers as parameters of their own');
  }
  expect(r!.code).not.toContain('export function energy_grad(');
});

test('a library module compiled beside its importer: its exported helpers taking objects, called from the other module, get notes, not errors (fixtures/modules/vec2_import)', () => {
  const dir = join(fixturesDir, 'modules/vec2_import');
  const results = compileFiles([join(dir, 'input.ts'), join(dir, 'vec.ts')]);
  const vec = results.find((x) => x.sourceFile.endsWith('vec.ts'))!;
  expect(results.flatMap((x) => x.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
  // (`length` is called by no function of vec.ts, only by input.ts: an error before)
  const noted = vec.notes.filter((n) => n.code === 'TSG1010' && n.message.includes('takes an object of numbers')).map((n) => n.message.slice(0, n.message.indexOf("'", 1) + 1));
  expect(noted.sort()).toEqual(["'dot'", "'length'"]);
  expect(results.find((x) => x.sourceFile.endsWith('input.ts'))!.code).toContain('export function spring_grad(');
});
