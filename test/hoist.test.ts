/**
 * Loop-invariant divisions of the reverse sweep declared before their loop (compiler/reverse/hoist.ts):
 * what the loop declares, assigns and reads is asked of its variables (TVar), by identity.
 */
import { hoistInvariantDivisions } from '../compiler/reverse/hoist.js';
import { type TStmt, bin, declare, local, num, ref, update } from '../compiler/ir/target.js';
import { printBody } from '../compiler/emit/module.js';

const [i, n, k, c, x] = ['i', 'n', 'k', 'c', 'x'].map((v) => local(v, 'int'));
const loop = (body: TStmt[]): TStmt => ({ k: 'for', init: declare('let', i!, num(0)), test: bin('<', ref(i!), ref(n!)), update: update(i!, '+=', 1), body });
const text = (code: readonly TStmt[]) => printBody(code).trim();

test('a division by what the loop does not change, in a branch, is declared before the loop', () => {
  const r = local('r', 'int');
  const code = [loop([{ k: 'if', test: ref(c!), then: [declare('const', r, bin('/', num(1), ref(k!))), { k: 'assign', target: ref(x!), op: '+=', value: ref(r) }], else: [] }])];
  const out = hoistInvariantDivisions(code);
  expect(out).toHaveLength(2);
  expect(text([out[0]!])).toBe('const r = 1 / k;');
});

test('not where the divisor is a variable the loop declares, though another variable of its name is outside', () => {
  // (by identity: the loop's own k, assigned each iteration, is what the division reads)
  const own = local('k', 'int');
  const r = local('r', 'int');
  const code = [declare('const', k!, num(2)), loop([declare('const', own, ref(i!)), declare('const', r, bin('/', num(1), ref(own))), { k: 'assign', target: ref(x!), op: '+=', value: ref(r) }])];
  expect(text(hoistInvariantDivisions(code))).toBe(text(code));
});

test('a loop where two variables have one name is left as it is (both would be declared in one block)', () => {
  const [r1, r2] = [local('r', 'int'), local('r', 'int')];
  const branch = (r: typeof r1): TStmt[] => [declare('const', r, bin('/', num(1), ref(k!))), { k: 'assign', target: ref(x!), op: '+=', value: ref(r) }];
  const code = [loop([{ k: 'if', test: ref(c!), then: branch(r1), else: branch(r2) }])];
  expect(text(hoistInvariantDivisions(code))).toBe(text(code));
  // one variable declared in both branches (a value the reverse recomputes in each) is hoisted once
  const once = [loop([{ k: 'if', test: ref(c!), then: branch(r1), else: branch(r1) }])];
  expect(hoistInvariantDivisions(once)).toHaveLength(2);
});
