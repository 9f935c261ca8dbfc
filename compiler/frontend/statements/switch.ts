/**
 * `switch`, with fall-through, as a chain of tests of the clause control enters.
 */
import ts from '../typescript.cjs';
import type { Atom, Var } from '../../ir/types.js';
import { atomType, constAtom, varAtom } from '../builder.js';
import { lowerExpr } from '../expressions.js';
import { type Exits, none, union, type LoopFrame, type LoweringState } from './state.js';
import { alwaysJumps, lowerList, noneSet, jumpFlag } from './jumps.js';

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
  // Clauses none of which falls into the next but the empty ones (each ends in a `return`, a
  // `break`…) go in an if/else chain, where control visibly takes one arm: the chain of
  // separate tests below (`if (!ret && entry <= j)`) leaves the reverse sweep's analyses
  // seeing paths that run a clause after another (surelyReaching: a recursive call's result
  // returned is then not sure to reach the result, and the call goes joint, rerunning the
  // levels below it). An empty clause falls into the next one: it joins that one's arm.
  const filled = clauses.flatMap((c, i) => (c.statements.length > 0 ? [i] : []));
  const chained = filled.slice(0, -1).every((i) => alwaysJumps(clauses[i]!.statements));
  // With cases that are names or literals (nothing to evaluate in order), the arms test the
  // discriminant themselves, `if (op === 1) … else if (op === 2 || op === 3) … else …`: no
  // clause index, which a reverse sweep would have to tape, where it recomputes a test of what
  // it can read again (`ops[i]`). (Not where a case after the last clause with statements,
  // which runs nothing, would take the else of a `default` before it.)
  const last = filled.length > 0 ? filled[filled.length - 1]! : -1;
  const direct = chained && clauses.every((c) => !ts.isCaseClause(c) || plainCase(c.expression)) &&
    !(fallback >= 0 && fallback <= last && clauses.some((c, i) => i > last && ts.isCaseClause(c)));
  const entry = direct ? undefined : b.generatedVar('entry', 'int', true);
  const cases = clauses.flatMap((c, i) => (ts.isCaseClause(c) ? [{ c, i }] : []));
  const select = (k: number): void => {
    if (k === cases.length) {
      b.assign(entry!, constAtom(fallback < 0 ? clauses.length : fallback), true);
      return;
    }
    const { c, i } = cases[k]!;
    b.loc = b.locOf(c, `case ${c.expression.getText(b.sf)}:`);
    // each test in the else of the one before: tsc does not narrow the discriminant by them
    const hit = b.eq('eq', [discriminant, lowerExpr(cx, c.expression)], undefined, false);
    const then = b.block(() => b.assign(entry!, constAtom(i), true));
    const els = b.block(() => select(k + 1));
    b.emit({ kind: 'if', cond: hit, then, else: els, loc: b.loc });
  };
  if (!direct) select(0);
  const frame: LoopFrame = { label, isSwitch: true, brk: jumpFlag(cx, 'brk') };
  b.assign(frame.brk!, constAtom(false), true);
  cx.loops.push(frame);
  if (chained) {
    let leaving: ReadonlySet<Var> = new Set<Var>();
    // the test of the arm of clause i, in the else of that of clause `from - 1`: the clause
    // entered is one of from..i (those before i empty)
    const test = (from: number, i: number): Atom => {
      if (!direct) return b.eq('le', [varAtom(entry!), constAtom(i)]);
      let any: Atom | undefined;
      for (let k = from; k <= i; k++) {
        const c = clauses[k]!;
        if (!ts.isCaseClause(c)) continue;
        b.loc = b.locOf(c, `case ${c.expression.getText(b.sf)}:`);
        const hit = b.eq('eq', [discriminant, lowerExpr(cx, c.expression)], undefined, false);
        any = any ? b.eq('or', [any, hit]) : hit;
      }
      return any!;
    };
    // The arms: each filled clause with the empty ones before it (falling into it), in order;
    // the one `default` enters is the else of the last (in a direct chain, whatever its place:
    // only one arm runs, and the cases evaluate nothing, so their order does not matter).
    const groups = filled.map((i, j) => ({ from: j === 0 ? 0 : filled[j - 1]! + 1, i }));
    const entered = (g: { from: number; i: number }): boolean => fallback >= g.from && fallback <= g.i;
    const arms = direct ? [...groups.filter((g) => !entered(g)), ...groups.filter(entered)] : groups;
    const arm = (j: number): void => {
      const { from, i } = arms[j]!;
      b.loc = loc;
      let ex = none;
      // (the arm `default` enters, last: the else of the arm before; without a direct chain,
      // where it is the last clause, whose index `entry` then never exceeds)
      if (j === arms.length - 1 && (direct ? entered(arms[j]!) : i === clauses.length - 1 && fallback >= 0)) {
        ex = lowerList(cx, clauses[i]!.statements, 0);
        leaving = union(leaving, ex.flags);
        return;
      }
      const cond = test(from, i);
      b.loc = loc;
      const then = b.block(() => { ex = lowerList(cx, clauses[i]!.statements, 0); });
      leaving = union(leaving, ex.flags);
      const els = j + 1 < arms.length ? b.block(() => arm(j + 1)) : [];
      b.emit({ kind: 'if', cond, then, else: els, loc });
    };
    if (arms.length > 0) arm(0);
    cx.loops.pop();
    return { always: false, flags: new Set([...leaving].filter((f) => f !== frame.brk)) };
  }
  let leaving = new Set<Var>();
  clauses.forEach((c, i) => {
    b.loc = loc;
    let test = b.eq('le', [varAtom(entry!), constAtom(i)]);
    if (leaving.size > 0) test = b.eq('and', [noneSet(cx, leaving), test]);
    let ex = none;
    const then = b.block(() => { ex = lowerList(cx, c.statements, 0); });
    b.emit({ kind: 'if', cond: test, then, else: [], loc });
    leaving = union(leaving, ex.flags) as Set<Var>;
  });
  cx.loops.pop();
  return { always: false, flags: new Set([...leaving].filter((f) => f !== frame.brk)) };
}

/** A case that evaluates nothing: a literal (`-1` too), a name, or a property of one (an enum's member). */
function plainCase(e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return plainCase(e.expression);
  if (ts.isNumericLiteral(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isIdentifier(e)) return true;
  if (ts.isPrefixUnaryExpression(e) && (e.operator === ts.SyntaxKind.MinusToken || e.operator === ts.SyntaxKind.PlusToken)) return ts.isNumericLiteral(e.operand);
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name) && (ts.isIdentifier(e.expression) || ts.isPropertyAccessExpression(e.expression)) && plainCase(e.expression);
}
