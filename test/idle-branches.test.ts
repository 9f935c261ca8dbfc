/**
 * The reverse of an `if` that only passes adjoints on, under `if (a_b !== 0)`
 * (compiler/reverse/idle-branches.ts): where it applies (compute-l2norm's abs), and the arms it
 * must leave alone. The whole-program cases are fixtures control/idle_reverse_branch and
 * control/path_pushed_once.
 */
import { skipWhileZero } from '../compiler/reverse/idle-branches.js';
import { type TStmt, type TVar, declare, mul, num, ref, tape, tvar } from '../compiler/ir/target.js';
import type { Var } from '../compiler/ir/types.js';

const primal = (n: string): Var => ({ name: n, type: 'f64', kind: 'local', mutable: true });
const adjoint = (n: string): TVar => tvar(`${n}_b`, 'adjoint', 'f64', primal(n));
const [absB, valB, cB, tB] = ['abs', 'val', 'c', 't5'].map(adjoint) as [TVar, TVar, TVar, TVar];
const t4 = tvar('t4', 'primal', 'bool', { name: 't4', type: 'bool', kind: 'temp', mutable: false });
const set = (v: TVar, op: '=' | '+=' | '-=', value: TVar | 0): TStmt => ({ k: 'assign', target: ref(v), op, value: value === 0 ? num(0) : ref(value) });
const reverseIf = (then: TStmt[], els: TStmt[]): TStmt & { k: 'if' } => ({ k: 'if', test: ref(t4), then, else: els });
const always = () => true;

// `abs = val < 0 ? -val : val` reversed: `const t5_b = abs_b; abs_b = 0; val_b -= t5_b` | `val_b += abs_b; abs_b = 0`
const absReverse = () => reverseIf(
  [declare('const', tB, ref(absB)), set(absB, '=', 0), set(valB, '-=', tB)],
  [set(valB, '+=', absB), set(absB, '=', 0)],
);

test("abs's reverse runs under `if (abs_b !== 0)`", () => {
  const s = absReverse();
  const out = skipWhileZero(s, always);
  expect(out).toEqual({ k: 'if', test: { k: 'bin', op: '!==', l: ref(absB), r: num(0) }, then: [s], else: [] });
});

test('not where the adjoint is never zero (oftenZero says so)', () => {
  const s = absReverse();
  expect(skipWhileZero(s, () => false)).toBe(s);
});

test('not where an arm pops the tape: the pops must stay in step', () => {
  const s = reverseIf([{ k: 'assign', target: ref(cB), op: '=', value: tape('pop') }, set(valB, '+=', absB), set(absB, '=', 0)], []);
  expect(skipWhileZero(s, always)).toBe(s);
});

test('not where an arm scales another adjoint (c_b = c_b * v): work a zero abs_b does not make idle', () => {
  const s = reverseIf([set(valB, '+=', absB), set(absB, '=', 0), { k: 'assign', target: ref(cB), op: '=', value: mul(ref(cB), ref(valB)) }], []);
  expect(skipWhileZero(s, always)).toBe(s);
});

test('not where an arm adds something that is not zero with abs_b (val_b += c_b)', () => {
  const s = reverseIf([set(valB, '+=', cB), set(absB, '=', 0)], []);
  expect(skipWhileZero(s, always)).toBe(s);
});

test('not where the adjoint the arms zero is declared in an arm (the test would read it out of scope)', () => {
  const s = reverseIf([declare('let', cB, ref(absB)), set(absB, '=', 0), set(valB, '+=', cB), set(cB, '=', 0)], []);
  expect(skipWhileZero(s, always)).toBe(s);
});
