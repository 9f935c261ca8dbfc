/**
 * `switch`, with fall-through, as an if/else chain of runs of clauses, each run's clauses falling
 * into the next.
 */
import ts from '../typescript.cjs';
import type { Atom, Var } from '../../ir/types.js';
import { atomType, constAtom, varAtom } from '../builder.js';
import { lowerExpr } from '../expressions.js';
import { booleanTyped } from '../facts.js';
import { type Exits, none, union, type LoopFrame, type LoweringState } from './state.js';
import { alwaysJumps, hasJump, lowerList, noneSet, jumpFlag } from './jumps.js';

/** A clause with statements and the empty ones before it, which fall into it: clauses from..i. */
interface Group { readonly from: number; readonly i: number }

/**
 * `switch` with fall-through. The clauses go in runs, each ending with a clause that always jumps
 * (`break`, `return`…) or with the last: control enters one run, so the runs are the arms of an
 * if/else chain, where the reverse sweep's analyses see that only one runs (surelyReaching: a
 * recursive call's result returned is then sure to reach the result, and the call goes split).
 * Inside a run, each clause but the last runs when control entered at it or before: a test of
 * where it entered, then the clauses after it as a shared tail (guarded by the jump flags set
 * before them, when a clause may jump midway; unless the tail is short: then that clause gets
 * a copy of it, see lowerRun).
 */
export function switchStmt(cx: LoweringState, s: ts.SwitchStatement, label: string | undefined): Exits {
  const { b } = cx;
  b.loc = b.locOf(s, `switch (${s.expression.getText(b.sf)})`);
  const loc = b.loc;
  const clauses = s.caseBlock.clauses;
  const discriminant = lowerExpr(cx, s.expression);
  // `switch (true) { case x > 1 && y > 1: … }`: a boolean discriminant, its cases conditions
  // (trial39 switchTrue); `===` of two booleans as `d && c || !d && !c`, of `true` as c itself
  // (by TypeScript's type, not the lowered atom's: `x < -1 && x` is a boolean to a test, where it
  // stands for its truth, but a number or false to ===)
  const boolean = atomType(discriminant) === 'bool';
  if (boolean && !booleanTyped(s.expression, cx.checker)) {
    return b.fail(s.expression, 'TSG1009', `'switch (${s.expression.getText(b.sf)})' compares a value that may be a boolean or a number with ===`, 'switch on a number or on a boolean alone, or write if/else');
  }
  const matches = (c: ts.CaseClause): Atom => {
    const value = lowerExpr(cx, c.expression);
    if (!boolean) return b.eq('eq', [discriminant, value], undefined, false);
    if (atomType(value) !== 'bool' || !booleanTyped(c.expression, cx.checker)) {
      return b.fail(c.expression, 'TSG1009', `'case ${c.expression.getText(b.sf)}' is not a boolean, and the switch compares a boolean ('${s.expression.getText(b.sf)}') with ===`,
        'give every case of a switch on a boolean a condition (case x > 0:), or write if/else');
    }
    if (discriminant.kind === 'const') return discriminant.value === true ? value : b.eq('not', [value]);
    if (value.kind === 'const') return value.value === true ? discriminant : b.eq('not', [discriminant]);
    return b.eq('or', [b.eq('and', [discriminant, value]), b.eq('and', [b.eq('not', [discriminant]), b.eq('not', [value])])]);
  };
  const fallback = clauses.findIndex((c) => ts.isDefaultClause(c));
  const filled = clauses.flatMap((c, i) => (c.statements.length > 0 ? [i] : []));
  const groups: Group[] = filled.map((i, j) => ({ from: j === 0 ? 0 : filled[j - 1]! + 1, i }));
  const runs: Group[][] = [];
  for (const g of groups) {
    const prev = runs[runs.length - 1];
    if (prev && !alwaysJumps(clauses[prev[prev.length - 1]!.i]!.statements)) prev.push(g);
    else runs.push([g]);
  }
  // With distinct cases that are names or literals (nothing to evaluate in order), the tests are
  // of the discriminant itself, `if (op === 1) … else if (op === 2 || op === 3) … else …`: no
  // clause index, which a reverse sweep would have to tape, where it recomputes a test of what
  // it can read again (`i % 3`, `ops[i]`). (Not where a case after the last clause with
  // statements, which runs nothing, would take the else of a `default` before it.)
  const last = filled.length > 0 ? filled[filled.length - 1]! : -1;
  const texts = clauses.flatMap((c) => (ts.isCaseClause(c) ? [c.expression.getText(b.sf)] : []));
  const direct = clauses.every((c) => !ts.isCaseClause(c) || plainCase(c.expression)) && new Set(texts).size === texts.length &&
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
    const hit = matches(c);
    const then = b.block(() => b.assign(entry!, constAtom(i), true));
    const els = b.block(() => select(k + 1));
    b.emit({ kind: 'if', cond: hit, then, else: els, loc: b.loc });
  };
  if (!direct) select(0);
  const frame: LoopFrame = { label, isSwitch: true, brk: jumpFlag(cx, 'brk') };
  b.assign(frame.brk!, constAtom(false), true);
  cx.loops.push(frame);
  // (direct) the discriminant equals one of the cases of these groups
  // (the tests by the groups they cover, each computed once)
  const memo = new Map<string, Atom | undefined>();
  const hits = (gs: readonly Group[]): Atom | undefined => {
    const key = gs.map((g) => g.i).join(',');
    if (memo.has(key)) return memo.get(key);
    let any: Atom | undefined;
    for (const { from, i } of gs) {
      for (let k = from; k <= i; k++) {
        const c = clauses[k]!;
        if (!ts.isCaseClause(c)) continue;
        b.loc = b.locOf(c, `case ${c.expression.getText(b.sf)}:`);
        const hit = matches(c);
        any = any ? b.eq('or', [any, hit]) : hit;
      }
    }
    memo.set(key, any);
    return any;
  };
  const entered = (g: Group): boolean => fallback >= g.from && fallback <= g.i;
  // (direct: only one run is entered and the cases evaluate nothing, so the run `default`
  // enters goes last, the else of the chain, wherever it is)
  const arms = direct ? [...runs.filter((r) => !r.some(entered)), ...runs.filter((r) => r.some(entered))] : runs;
  // control entered the run at group k or before it (the test of the run passed)
  const upTo = (run: readonly Group[], k: number): Atom => {
    if (!direct) return b.eq('le', [varAtom(entry!), constAtom(run[k]!.i)]);
    const d = run.findIndex(entered);
    // past `default`'s group: entered there unless at a case after k
    if (d >= 0 && d <= k) {
      const key = `!${run.slice(k + 1).map((g) => g.i).join(',')}`;
      if (!memo.has(key)) memo.set(key, b.eq('not', [hits(run.slice(k + 1))!]));
      return memo.get(key)!;
    }
    return hits(run.slice(0, k + 1))!;
  };
  let leaving: ReadonlySet<Var> = new Set<Var>();
  // The groups of a run from k on, after those before k may have set `flags`.
  const lowerRun = (run: readonly Group[], k: number, flags: ReadonlySet<Var>): void => {
    const g = run[k]!;
    const stmts = clauses[g.i]!.statements;
    const lastOfRun = k === run.length - 1;
    b.loc = loc;
    let cond = lastOfRun ? undefined : upTo(run, k);
    if (flags.size > 0) cond = cond ? b.eq('and', [noneSet(cx, flags), cond]) : noneSet(cx, flags);
    const tail = run.slice(k + 1).flatMap((t) => clauses[t.i]!.statements);
    if (!lastOfRun && stmts.some(hasJump) && statementCount(tail) <= duplicated) {
      // A clause that may jump midway (`if (x < 0) continue;`) takes its own copy of the tail,
      // lowered as the rest of its statements: the tail goes in the branch that does not jump,
      // with no flag to test (a test of a flag the reverse sweep tapes, each pass).
      let ex = none;
      const then = b.block(() => { ex = lowerList(cx, [...stmts, ...tail], 0); });
      leaving = union(leaving, ex.flags);
      b.loc = loc;
      const els = b.block(() => lowerRun(run, k + 1, flags));
      b.emit({ kind: 'if', cond: cond!, then, else: els, loc });
      return;
    }
    let ex = none;
    const body = (): void => { ex = lowerList(cx, stmts, 0); };
    if (cond) {
      b.loc = loc;
      b.emit({ kind: 'if', cond, then: b.block(body), else: [], loc });
    } else {
      body();
    }
    leaving = union(leaving, ex.flags);
    if (!lastOfRun) lowerRun(run, k + 1, union(flags, ex.flags));
  };
  const arm = (j: number): void => {
    const run = arms[j]!;
    b.loc = loc;
    // (the arm `default` enters, last: the else of the arm before; without a direct chain,
    // where its run ends with the last clause, whose index `entry` then never exceeds)
    const end = run[run.length - 1]!.i;
    if (j === arms.length - 1 && (direct ? run.some(entered) : end === clauses.length - 1 && fallback >= 0)) {
      lowerRun(run, 0, new Set());
      return;
    }
    const cond = direct ? hits(run)! : b.eq('le', [varAtom(entry!), constAtom(end)]);
    b.loc = loc;
    const then = b.block(() => lowerRun(run, 0, new Set()));
    const els = j + 1 < arms.length ? b.block(() => arm(j + 1)) : [];
    b.emit({ kind: 'if', cond, then, else: els, loc });
  };
  // (direct: every test computed once, here, in the switch's scope, before the chain: a fused
  // loop's reverse reads them there instead of testing again inside its nested branches)
  if (direct) {
    arms.forEach((run, j) => {
      if (!(j === arms.length - 1 && run.some(entered))) hits(run);
      for (let k = 0; k < run.length - 1; k++) upTo(run, k);
    });
  }
  if (arms.length > 0) arm(0);
  cx.loops.pop();
  return { always: false, flags: new Set([...leaving].filter((f) => f !== frame.brk)) };
}

/** The most statements of a run's tail copied for a clause that may jump midway: past it, the tail is shared and tests the flags. */
const duplicated = 24;

/** Statements in `stmts`, those nested in blocks and branches too. */
function statementCount(stmts: readonly ts.Node[]): number {
  let n = 0;
  const visit = (x: ts.Node): void => {
    if (ts.isFunctionLike(x)) return;
    if (ts.isStatement(x)) n++;
    ts.forEachChild(x, visit);
  };
  stmts.forEach(visit);
  return n;
}

/** A case that evaluates nothing: a literal (`-1`, `true` too), a name, or a property of one (an enum's member). */
function plainCase(e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return plainCase(e.expression);
  if (ts.isNumericLiteral(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isIdentifier(e)) return true;
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isPrefixUnaryExpression(e) && (e.operator === ts.SyntaxKind.MinusToken || e.operator === ts.SyntaxKind.PlusToken)) return ts.isNumericLiteral(e.operand);
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name) && (ts.isIdentifier(e.expression) || ts.isPropertyAccessExpression(e.expression)) && plainCase(e.expression);
}
