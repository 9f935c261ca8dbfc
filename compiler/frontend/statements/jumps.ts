/**
 * Jumps made structured: a statement list whose `break`, `continue` or `return` sets a flag, and the
 * statements after it guarded by the flags it may have set (or placed in the `else` of the `if` that
 * jumps, which needs no test); labelled blocks; and the reads of the TS AST that decide it.
 */
import ts from '../typescript.cjs';
import type { Atom, Block, Var } from '../../ir/types.js';
import { writes } from '../../ir/walk.js';
import { constAtom, varAtom } from '../builder.js';
import { lowerExpr } from '../expressions.js';
import { type Exits, none, union, type LoopFrame, type LoweringState } from './state.js';
import { bool } from './conditions.js';

export function lowerList(cx: LoweringState, stmts: readonly ts.Statement[], from: number): Exits {
  let flags: ReadonlySet<Var> = new Set();
  for (let i = from; i < stmts.length; i++) {
    const s = stmts[i]!;
    const ex = ts.isIfStatement(s) ? lowerIf(cx, s, stmts.slice(i + 1)) : cx.lowerStmt(s);
    if (ts.isIfStatement(s) || ex.always) return { always: ex.always, flags: union(flags, ex.flags) };
    if (ex.flags.size > 0 && i + 1 < stmts.length) {
      // A jump may have happened: what follows runs only if none did.
      const guard = noneSet(cx, ex.flags);
      let rest = none;
      const then = cx.b.block(() => { rest = lowerList(cx, stmts, i + 1); });
      cx.b.emit({ kind: 'if', cond: guard, then, else: [], loc: cx.b.loc });
      return { always: false, flags: union(union(flags, ex.flags), rest.flags) };
    }
    flags = union(flags, ex.flags);
  }
  return { always: false, flags };
}

/** `!(f1 || f2 …)` over jump flags. */
export function noneSet(cx: LoweringState, flags: ReadonlySet<Var>): Atom {
  let any: Atom | undefined;
  for (const f of flags) any = any ? cx.b.eq('or', [any, varAtom(f)]) : varAtom(f);
  return cx.b.eq('not', [any!]);
}

/**
 * The condition of an `if` whose branches assign its variable (`if (go) { …; go = false; }`):
 * a copy taken before them, since the reverse sweep tests the branch taken after it has
 * restored what the branches overwrote.
 */
function unchanged(cx: LoweringState, cond: Atom, branches: readonly Block[]): Atom {
  if (cond.kind !== 'var' || !cond.v.mutable || !branches.some((bl) => bl.some((s) => writes(s).has(cond.v)))) return cond;
  return cx.b.eq('copy', [cond]);
}

/** An `if` and the statements after it: those go into a branch that cannot jump, when one can't. */
export function lowerIf(cx: LoweringState, s: ts.IfStatement, rest: readonly ts.Statement[]): Exits {
  const { b } = cx;
  b.loc = b.locOf(s, `if (${s.expression.getText(b.sf)})`);
  const loc = b.loc;
  const cond = bool(cx, lowerExpr(cx, s.expression), s.expression);
  const thenStmts = statementsOf(s.thenStatement);
  const elseStmts = s.elseStatement ? statementsOf(s.elseStatement) : [];
  // (a condition known here, `if (cb)` of a callback left out: the other branch is dead code, never lowered)
  if (cond.kind === 'const') return lowerList(cx, [...(cond.value ? thenStmts : elseStmts), ...rest], 0);
  // (a branch that always throws needs no other code after it: what follows stays where it is)
  const thenJumps = alwaysJumps(thenStmts) && !alwaysThrows(thenStmts);
  const elseJumps = alwaysJumps(elseStmts) && !alwaysThrows(elseStmts);
  let thenEx = none;
  let elseEx = none;
  let restEx: Exits | undefined;
  if (rest.length > 0 && thenJumps !== elseJumps) {
    const then = b.block(() => { thenEx = lowerList(cx, thenJumps ? thenStmts : [...thenStmts, ...rest], 0); });
    const els = b.block(() => { elseEx = lowerList(cx, elseJumps ? elseStmts : [...elseStmts, ...rest], 0); });
    b.emit({ kind: 'if', cond: unchanged(cx, cond, [then, els]), then, else: els, loc });
    return { always: thenEx.always && elseEx.always, flags: union(thenEx.flags, elseEx.flags) };
  }
  const then = b.block(() => { thenEx = lowerList(cx, thenStmts, 0); });
  const els = b.block(() => { elseEx = lowerList(cx, elseStmts, 0); });
  b.emit({ kind: 'if', cond: unchanged(cx, cond, [then, els]), then, else: els, loc });
  const ex: Exits = { always: thenEx.always && elseEx.always, flags: union(thenEx.flags, elseEx.flags) };
  if (rest.length === 0 || ex.always) return ex;
  if (ex.flags.size === 0) return lowerList(cx, rest, 0);
  const guard = noneSet(cx, ex.flags);
  const guarded = b.block(() => { restEx = lowerList(cx, rest, 0); });
  b.emit({ kind: 'if', cond: guard, then: guarded, else: [], loc: b.loc });
  return { always: false, flags: union(ex.flags, restEx!.flags) };
}

export function jump(cx: LoweringState, s: ts.BreakStatement | ts.ContinueStatement): Exits {
  const { b } = cx;
  const label = s.label?.text;
  const isBreak = ts.isBreakStatement(s);
  const frame = [...cx.loops].reverse().find((f) => (label === undefined ? !f.isBlock && (isBreak || !f.isSwitch) : f.label === label));
  if (!frame) return b.fail(s, 'TSG1009', `'${s.getText(b.sf)}' has no enclosing loop`, 'use break and continue inside a loop (or a switch for break)');
  if (!isBreak && (frame.isBlock || frame.isSwitch)) return b.fail(s, 'TSG1009', `'${s.getText(b.sf)}' does not name a loop`, 'continue a loop\'s label, not a block\'s or a switch\'s');
  const flag = isBreak ? (frame.brk ??= jumpFlag(cx, `brk${label ? '_' + label : ''}`)) : (frame.cnt ??= jumpFlag(cx, `cnt${label ? '_' + label : ''}`));
  b.assign(flag, constAtom(true));
  return { always: true, flags: new Set([flag]) };
}

/**
 * A labelled statement that is not a loop or a `switch` (`block: { … break block; … }`):
 * `break block` skips the rest of it, like a `break` out of a loop that runs once.
 */
export function labelled(cx: LoweringState, s: ts.Statement, label: string): Exits {
  const frame: LoopFrame = { label, isBlock: true, brk: jumpFlag(cx, `brk_${label}`) };
  // (re)set where the statement starts, in case it is inside a loop
  cx.b.assign(frame.brk!, constAtom(false), true);
  cx.loops.push(frame);
  const ex = lowerList(cx, statementsOf(s), 0);
  cx.loops.pop();
  const broken = ex.flags.has(frame.brk!);
  return { always: ex.always && !broken, flags: new Set([...ex.flags].filter((f) => f !== frame.brk)) };
}

/** A boolean jump flag, declared `false` at the start of the function. */
export function jumpFlag(cx: LoweringState, base: string): Var {
  const v = cx.b.generatedVar(base, 'bool', true);
  cx.flags.add(v);
  return v;
}

export function statementsOf(s: ts.Statement): readonly ts.Statement[] {
  return ts.isBlock(s) ? s.statements : [s];
}

/** The list never falls through its end (a jump at its top level, or an `if` whose branches all jump). */
export function alwaysJumps(stmts: readonly ts.Statement[]): boolean {
  return stmts.some((s) =>
    ts.isReturnStatement(s) || ts.isBreakStatement(s) || ts.isContinueStatement(s) || ts.isThrowStatement(s) ||
    (ts.isBlock(s) && alwaysJumps(s.statements)) ||
    (ts.isIfStatement(s) && s.elseStatement !== undefined &&
      alwaysJumps(statementsOf(s.thenStatement)) && alwaysJumps(statementsOf(s.elseStatement))));
}

/** The list ends in a `throw` on every path (it never falls through, and returns or breaks nowhere). */
function alwaysThrows(stmts: readonly ts.Statement[]): boolean {
  for (const s of stmts) {
    if (ts.isThrowStatement(s)) return true;
    if (ts.isBlock(s) && alwaysThrows(s.statements)) return true;
    if (ts.isIfStatement(s) && s.elseStatement !== undefined &&
        alwaysThrows(statementsOf(s.thenStatement)) && alwaysThrows(statementsOf(s.elseStatement))) return true;
    // a statement that may jump elsewhere first
    if (alwaysJumps([s]) || hasJump(s)) return false;
  }
  return false;
}

export function hasJump(n: ts.Node): boolean {
  return ts.isReturnStatement(n) || ts.isBreakStatement(n) || ts.isContinueStatement(n) ||
    (!ts.isFunctionLike(n) && ts.forEachChild(n, hasJump) === true);
}

export function hasReturn(nodes: readonly ts.Node[]): boolean {
  const visit = (n: ts.Node): boolean =>
    ts.isReturnStatement(n) || (!ts.isFunctionLike(n) && ts.forEachChild(n, visit) === true);
  return nodes.some(visit);
}

/**
 * A `return`, or a `break`/`continue` that leaves `body`'s loop (labelled `label`): an
 * unlabelled `break` not inside an inner loop, or a labelled jump to a label outside `body`.
 */
export function leavesLoop(body: ts.Statement, label: string | undefined): boolean {
  const inner = new Set<string>();
  const labels = (n: ts.Node): void => {
    if (ts.isLabeledStatement(n)) inner.add(n.label.text);
    ts.forEachChild(n, labels);
  };
  labels(body);
  const visit = (n: ts.Node, depth: number): boolean => {
    if (ts.isReturnStatement(n)) return true;
    if (ts.isBreakStatement(n) || ts.isContinueStatement(n)) {
      if (n.label) return !inner.has(n.label.text) && (ts.isBreakStatement(n) || n.label.text !== label);
      return ts.isBreakStatement(n) && depth === 0;
    }
    if (ts.isFunctionLike(n)) return false;
    const nested = ts.isIterationStatement(n, false) || ts.isSwitchStatement(n);
    return ts.forEachChild(n, (c) => visit(c, nested ? depth + 1 : depth)) === true;
  };
  return visit(body, 0);
}
