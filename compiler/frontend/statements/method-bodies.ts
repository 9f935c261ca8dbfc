/**
 * The body of a value class's method (or getter, setter, or static method) lowered in place at its call,
 * whatever statements a module function may have: `let`s, loops, `if`s, `switch`, calls, early
 * `return`s (value-classes.ts binds its parameters and `this` first). Its statements are lowered
 * as the caller's own by the lowering of statements (function.ts), with what that lowering reads
 * of the function it lowers made the method's for the time of the call: the symbols it assigns
 * (its `let`s become variables), its integers, its `var`s, the arrays it writes, and what a
 * `return` does: it assigns the call's result variable and, before the last statement, sets a
 * flag of this call that guards what follows it, as a function's early return does.
 */
import ts from '../typescript.cjs';
import type { Atom } from '../../ir/types.js';
import { constAtom, varAtom } from '../builder.js';
import { assignedSymbols, conditionalArrays, integerSymbols } from '../facts.js';
import { writtenArrays } from '../calls.js';
import type { FunctionNode } from '../values.js';
import { varPlans } from './var-plans.js';
import type { LoweringState } from './state.js';
import { jumpFlag, lowerList } from './jumps.js';

export type MethodNode = ts.MethodDeclaration | ts.AccessorDeclaration;

const returns = (n: ts.Node): boolean => !ts.isFunctionLike(n) && (ts.isReturnStatement(n) || ts.forEachChild(n, returns) === true);

/** Whether `cx` lowers statements (a function's lowering; not a module constant's). */
export const lowersStatements = (cx: object): cx is LoweringState => 'lowerStmt' in cx;

/** A `return` before the method's last statement (or inside it, when it is no `return`). */
export function returnsEarly(body: ts.Block): ts.ReturnStatement | undefined {
  const stmts = body.statements;
  const last = stmts[stmts.length - 1];
  let found: ts.ReturnStatement | undefined;
  const visit = (n: ts.Node): void => {
    if (found || ts.isFunctionLike(n)) return;
    if (ts.isReturnStatement(n)) found = n;
    else ts.forEachChild(n, visit);
  };
  for (const s of stmts.slice(0, -1)) visit(s);
  if (!found && last && !ts.isReturnStatement(last) && returns(last)) visit(last);
  return found;
}

/**
 * Makes what the lowering of statements reads of the function it lowers include the method's
 * body (called before its parameters are bound: a parameter the method assigns gets a variable);
 * refuses a `var` used outside its block, which a function hoists to its start.
 */
export function adoptMethod(cx: LoweringState, member: MethodNode, what: string): void {
  const body = member.body!;
  for (const s of assignedSymbols(body, cx.checker)) cx.assigned.add(s);
  for (const s of conditionalArrays(body, cx.checker)) cx.assigned.add(s);
  for (const s of integerSymbols(body, cx.checker)) cx.integers.add(s);
  for (const [s, plan] of varPlans(member as unknown as FunctionNode, cx.checker)) {
    if (plan === 'hoisted') {
      const d = s.valueDeclaration ?? member;
      return cx.b.fail(d, 'TSG1007', `'${what}' declares 'var ${s.getName()}', used outside the block that declares it, and tsgrad lowers a method's body where it is called, with no start of its own to hoist it to`,
        `declare it with let where it is first assigned, in the block that uses it`);
    }
    cx.varPlans.set(s, plan);
  }
  // (the arrays it writes: a bound array of the caller copies what is written later, bound-arrays.ts)
  const written = cx.written ??= writtenArrays(cx.checker, cx.fn);
  for (const [s, nodes] of writtenArrays(cx.checker, body)) written.set(s, [...(written.get(s) ?? []), ...nodes]);
}

/** What a `return` does in the lowering of statements: set for the time of the method's body. */
interface ReturnState {
  returned: LoweringState['returned'];
  projection: string | undefined;
  absent: LoweringState['absent'];
  returnsNumber: boolean;
  returnsBoolean: boolean;
  returnsArray: boolean;
  callback: LoweringState['callback'];
  finalResult: Atom | undefined;
}

function swap(cx: LoweringState, next: ReturnState): ReturnState {
  const m = cx as unknown as ReturnState;
  const saved: ReturnState = {
    returned: m.returned, projection: m.projection, absent: m.absent, returnsNumber: m.returnsNumber,
    returnsBoolean: m.returnsBoolean, returnsArray: m.returnsArray, callback: m.callback, finalResult: m.finalResult,
  };
  for (const [k, v] of Object.entries(next) as [keyof ReturnState, unknown][]) {
    if (v === undefined) delete (m as unknown as Record<string, unknown>)[k];
    else (m as unknown as Record<string, unknown>)[k] = v;
  }
  return saved;
}

/**
 * `lower()` with the method's own return state (`returned`: what a `return` assigns; undefined for
 * a method whose statements return nothing here) and none of the caller's loops to break out of.
 */
function inMethod<T>(cx: LoweringState, returned: LoweringState['returned'], lower: () => T): T {
  const loops = cx.loops.splice(0);
  const saved = swap(cx, { returned, projection: undefined, absent: undefined, returnsNumber: returned !== undefined,
    returnsBoolean: false, returnsArray: false, callback: undefined, finalResult: undefined });
  try {
    return lower();
  } finally {
    swap(cx, saved);
    cx.loops.push(...loops);
  }
}

/**
 * The statements of a method returning a number lowered here: its result, a variable of this
 * call that each `return` assigns (copied: the next call assigns it again).
 */
export function methodNumber(cx: LoweringState, member: MethodNode, what: string): Atom {
  const { b } = cx;
  const body = member.body!;
  const result = b.generatedVar(`${what.replace(/\W/g, '_')}_result`, 'f64', true);
  const early = returnsEarly(body);
  const ret = early ? jumpFlag(cx, 'ret') : undefined;
  // (its flag set false where each call starts: a call inside a loop returns each time)
  if (ret) b.assign(ret, constAtom(false));
  const ex = inMethod(cx, { result, ...(ret ? { ret } : {}) }, () => lowerList(cx, body.statements, 0));
  if (!ex.always && !ret) {
    const last = body.statements[body.statements.length - 1] ?? member;
    return b.fail(last, 'TSG1009', `'${what}' must end with a return statement`, 'end every path of the method with return …');
  }
  return b.eq('copy', [varAtom(result)]);
}

/**
 * The statements of a method returning an instance, before its `return` (the last statement,
 * its only one), lowered here; the caller reads the instance it returns.
 */
export function methodStatements(cx: LoweringState, member: MethodNode, what: string, all = false): void {
  const body = member.body!;
  const early = returnsEarly(body) ?? (all ? body.statements.find((s) => ts.isReturnStatement(s)) : undefined);
  if (early) {
    return cx.b.fail(early, 'TSG1007', all ? `'${what}' returns nothing and has a 'return' statement, and tsgrad lowers such a method's statements in place, with no return of its own`
      : `'${what}' returns an instance before its last statement, and tsgrad lowers a method returning an instance whose only return comes last`,
    all ? 'wrap what follows the return in an if (if (!done) { … })' : 'assign the fields to choose in lets, and end the method with one return new …(…)');
  }
  inMethod(cx, undefined, () => lowerList(cx, all ? body.statements : body.statements.slice(0, -1), 0));
}
