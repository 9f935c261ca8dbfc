/**
 * An assignment that the next statement of its list overwrites goes (compiler/reverse/overwritten.ts):
 * the exit-only reverse's counter step-back before the caller restores the counter from the tape;
 * what keeps it.
 */
import { dropOverwrittenAssignments } from '../compiler/reverse/overwritten.js';
import { type TExpr, type TStmt, bin, call, mathCall, name, num, ref, tape, unnamed } from '../compiler/ir/target.js';
import { printBody } from '../compiler/emit/module.js';

const i = unnamed('i', 'int');
const k = unnamed('k', 'int');
const set = (value: TExpr): TStmt => ({ k: 'assign', target: ref(i), op: '=', value });
const stepBack = set(bin('-', ref(i), ref(k)));
const restore = set(tape('pop'));
const text = (code: readonly TStmt[]) => printBody(code).trim();

test('a step-back the next statement overwrites goes, comments between skipped, in nested blocks too', () => {
  const code: TStmt[] = [{ k: 'if', test: name('c'), then: [stepBack, { k: 'comment', text: 'restored' }, restore], else: [] }];
  expect(text(dropOverwrittenAssignments(code))).toBe(text([{ k: 'if', test: name('c'), then: [{ k: 'comment', text: 'restored' }, restore], else: [] }]));
});

test('kept: the next value reads it, the first pops, the next calls, or something between', () => {
  const keeps: TStmt[][] = [
    [stepBack, set(bin('+', ref(i), num(1)))],
    [set(tape('pop')), set(num(0))],
    [stepBack, set(call({ k: 'method', name: 'next' }, num(1)))],
    [stepBack, { k: 'expr', e: mathCall('sin', ref(i)) }, restore],
  ];
  for (const code of keeps) expect(text(dropOverwrittenAssignments(code))).toBe(text(code));
});
