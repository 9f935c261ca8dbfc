/**
 * Integers carry no tangent in second order. f_hvp (and a callee's `g_vjp_d`, `g_fwd_d`,
 * `g_rev_d`) differentiates generated code in which the tape gives counters and indices back as
 * it gives back values (`j = stack[--top]`); their derivative is zero by definition, so none of
 * the source's integer variables (IR type `int`: counters, indices, sizes, trip counts) may get
 * a tangent there (second/activity.ts isInteger), and no golden file may
 * carry a tangent that only copies itself (`j_d = j_d;`, what an integer counter's step back
 * `j = j + 1` became).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadProgram, lowerModule } from '../compiler/frontend/index.js';
import { fixtureCases, fixturesDir } from './support/fixtures.js';

/** Every generated file under fixtures/ (goldens and their helpers' generated modules). */
function goldens(dir: string = fixturesDir): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? goldens(p) : p.endsWith('.grad.ts') ? [p] : [];
  });
}

/** The text of each top-level function of a generated module, by name. */
function functionsOf(code: string): Map<string, string> {
  const out = new Map<string, string>();
  const starts = [...code.matchAll(/^(?:export )?function (\w+)\(/gm)];
  starts.forEach((m, i) => out.set(m[1]!, code.slice(m.index, starts[i + 1]?.index ?? code.length)));
  return out;
}

/** The second-order forms of f in a generated module. */
const secondForms = (f: string) => ['hvp', 'vjp_d', 'vjpInOut_d', 'fwd_d', 'rev_d'].map((form) => `${f}_${form}`);

test('no golden file has a tangent assigned to itself (X_d = X_d;)', () => {
  const files = goldens();
  expect(files.length).toBeGreaterThan(100);
  const selfCopies = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')
    .filter((l) => /^\s*(\w+_d\d*) = \1;/.test(l)).map((l) => `${f}: ${l.trim()}`));
  expect(selfCopies).toEqual([]);
});

describe('the integer variables of every fixture get no tangent in its second-order forms', () => {
  const cases = fixtureCases((g) => g !== 'diagnostics' && g !== 'wrt');
  const program = loadProgram(cases.map((c) => c.input));
  const checked: string[] = [];
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const generated = functionsOf(readFileSync(c.expected, 'utf8'));
    const found: string[] = [];
    for (const fn of lowerModule(program, c.input).funcs) {
      const integers = fn.vars.filter((v) => v.type === 'int' || v.type === 'int[]').map((v) => v.name);
      for (const form of secondForms(fn.name)) {
        const text = generated.get(form);
        if (text === undefined) continue;
        checked.push(form);
        for (const n of integers) {
          // (a tangent is named after its value, `j_d`, or `j_d1` where that name is taken)
          const declared = text.match(new RegExp(`\\b(?:let|const) ${n}_d\\d*\\b`));
          if (declared) found.push(`${form}: ${declared[0]}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
  afterAll(() => {
    // (the check ran over second-order code: the fixtures have f_hvp, and split mode's forms)
    expect(checked.filter((f) => f.endsWith('_hvp')).length).toBeGreaterThan(100);
    expect(checked.filter((f) => f.endsWith('_rev_d')).length).toBeGreaterThan(3);
  });
});

test('second/integer_counters: the taped counter, the sign, the swapped indices and the recursive counter have no tangent', () => {
  const code = functionsOf(readFileSync(join(fixturesDir, 'second', 'integer_counters', 'input.grad.ts'), 'utf8'));
  const tangentsIn = (f: string) => new Set([...code.get(f)!.matchAll(/\b(?:let|const) (\w+)_d\b/g)].map((m) => m[1]!));
  // (the values beside them have theirs: the check is of names that would be there; not s's,
  // whose tangent nothing reads, f_hvp returning no tangent of the value: left out, emit/unused.ts)
  for (const n of ['c', 't']) expect(['sortedWeights_hvp', n, tangentsIn('sortedWeights_hvp').has(n)]).toEqual(['sortedWeights_hvp', n, true]);
  expect(tangentsIn('sortedWeights_hvp').has('j')).toBe(false);
  expect(tangentsIn('alternating_hvp').has('t3')).toBe(true);
  for (const n of ['sign', 'i', 'j']) expect(['alternating_hvp', n, tangentsIn('alternating_hvp').has(n)]).toEqual(['alternating_hvp', n, false]);
  for (const f of ['det_hvp', 'det_fwd_d', 'det_rev_d']) {
    expect(code.has(f)).toBe(true);
    for (const n of ['sign', 'k']) expect([f, n, tangentsIn(f).has(n)]).toEqual([f, n, false]);
  }
  // (what the tape holds for them, the tangent tape holds as a zero)
  expect(code.get('sortedWeights_hvp')).toMatch(/stack_d\[top\]! = 0;\n\s*stack\[top\+\+\]! = j;/);
});
