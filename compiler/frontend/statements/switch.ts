/**
 * `switch`, with fall-through, as a chain of tests of the clause control enters.
 */
import ts from '../typescript.cjs';
import type { Var } from '../../ir/types.js';
import { atomType, constAtom, varAtom } from '../builder.js';
import { lowerExpr } from '../expressions.js';
import { type Exits, none, union, type LoopFrame, type LoweringState } from './state.js';
import { lowerList, noneSet, jumpFlag } from './jumps.js';

/**
 * `switch` with fall-through: the index of the clause control enters (the first case equal
 * to the discriminant, else `default`) is computed first, case expressions in order as
 * JavaScript evaluates them; clause i then runs when that index is ≤ i and no `break`
 * (or other jump) happened before it.
 */
export function switchStmt(cx: LoweringState, s: ts.SwitchStatement, label: string | undefined): Exits {
  const { b } = cx;
  b.loc = b.locOf(s, `switch (${s.expression.getText(b.sf)})`);
  const loc = b.loc;
  const clauses = s.caseBlock.clauses;
  const discriminant = lowerExpr(cx, s.expression);
  if (atomType(discriminant) === 'bool') return b.fail(s.expression, 'TSG1009', "'switch' on a boolean is not supported; use if/else", 'write if (c) { … } else { … }');
  const fallback = clauses.findIndex((c) => ts.isDefaultClause(c));
  const entry = b.generatedVar('entry', 'int', true);
  const cases = clauses.flatMap((c, i) => (ts.isCaseClause(c) ? [{ c, i }] : []));
  const select = (k: number): void => {
    if (k === cases.length) {
      b.assign(entry, constAtom(fallback < 0 ? clauses.length : fallback), true);
      return;
    }
    const { c, i } = cases[k]!;
    b.loc = b.locOf(c, `case ${c.expression.getText(b.sf)}:`);
    // each test in the else of the one before: tsc does not narrow the discriminant by them
    const hit = b.eq('eq', [discriminant, lowerExpr(cx, c.expression)], undefined, false);
    const then = b.block(() => b.assign(entry, constAtom(i), true));
    const els = b.block(() => select(k + 1));
    b.emit({ kind: 'if', cond: hit, then, else: els, loc: b.loc });
  };
  select(0);
  const frame: LoopFrame = { label, isSwitch: true, brk: jumpFlag(cx, 'brk') };
  b.assign(frame.brk!, constAtom(false), true);
  cx.loops.push(frame);
  let leaving = new Set<Var>();
  clauses.forEach((c, i) => {
    b.loc = loc;
    let test = b.eq('le', [varAtom(entry), constAtom(i)]);
    if (leaving.size > 0) test = b.eq('and', [noneSet(cx, leaving), test]);
    let ex = none;
    const then = b.block(() => { ex = lowerList(cx, c.statements, 0); });
    b.emit({ kind: 'if', cond: test, then, else: [], loc });
    leaving = union(leaving, ex.flags) as Set<Var>;
  });
  cx.loops.pop();
  return { always: false, flags: new Set([...leaving].filter((f) => f !== frame.brk)) };
}
