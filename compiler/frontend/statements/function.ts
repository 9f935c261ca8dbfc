/**
 * Lowering of a function's statements, with jumps made structured: `break`, `continue` and early
 * `return` set a flag and the statements they skip are guarded, or placed in the `else` of the
 * `if` that jumps (the usual case, which needs no flag test). The trace that comes out has only
 * `if`, counted `for` and general `while` loops, which the reverse phase can mirror.
 *
 * This file assembles the Func and dispatches each statement to the file of its idea: jumps.ts,
 * loops.ts, for-of.ts, switch.ts, declarations.ts, expression-statements.ts, returns.ts, throw.ts.
 */
import ts from '../typescript.cjs';
import { construct } from '../describe.js';
import type { Atom, Func, Param, Type, Var } from '../../ir/types.js';
import { constAtom, isArrayType, varAtom } from '../builder.js';
import { statements } from '../../ir/walk.js';
import { sameOperands } from '../../ir/copies.js';
import { readParams, writtenParams } from '../calls.js';
import { absentPart, classifyType, skipParens } from '../facts.js';
import { type Exits, LoweringState, none } from './state.js';
import type { Binding } from '../expressions.js';
import * as conditions from './conditions.js';
import { boundArray } from './bound-arrays.js';
import { checkAssignedBeforeRead, hoistVars, declarations } from './declarations.js';
import { throwStmt } from './throw.js';
import { effect } from './expression-statements.js';
import { lowerList, lowerIf, jump, labelled, hasReturn } from './jumps.js';
import { fallsThrough, returnStmt, returnValue } from './returns.js';
import { loop } from './loops.js';
import { forIn, forOf } from './for-of.js';
import { arraySource, freshArgument } from './arrays.js';
import { switchStmt } from './switch.js';
import { param, defaultValue, optionalValue } from './params.js';
import { rowsWritten } from '../row-arrays.js';
import { optionalArrayValue } from './optional-arrays.js';
import { hasNoinlineTag } from './noinline.js';
import { changedProperty } from '../object-mutation.js';
import { lowerExpr } from '../expressions.js';
import { dropUnreadFlags } from './unread-flags.js';
import { localValues } from './local-values.js';
import { inlineLocal, inlineLocalObject, localFunction, onlyCalled } from './local-functions.js';
import { callbackHelperCall, closureCall } from './local-closures.js';
import { arrayCallback, callbackReturn } from './array-callbacks.js';
import { sortedExpression } from './sorting.js';
import { scratchBuffers } from './module-scratch.js';

export class FunctionLowering extends LoweringState {
  lower(): Func {
    const { b, fn } = this;
    // (callbacks left out: the derivative is for calls without them, so it does not take them)
    // (an object parameter of a helper is one number per property: `at` is where each parameter's first is)
    const each = fn.parameters.map((p, i) => param(this, p, i));
    const at: number[] = [];
    const params: Param[] = [];
    for (const p of each) {
      at.push(params.length);
      if (p) params.push(...(Array.isArray(p) ? p : [p]));
    }
    const body = fn.body;
    if (!body) return b.fail(fn, 'TSG1007', `'${this.name}' has no body`, 'give the function a body, or register its derivative: export a <name>_vjp beside it');
    b.loc = b.locOf(fn, `function ${this.name}`);
    checkAssignedBeforeRead(this);
    for (const r of this.reboundParams) {
      const local = b.newVar(r.v.name, 'f64[]', 'local', true);
      boundArray(this, varAtom(r.v), r.node.name, r.symbol, local);
      this.scope.set(r.symbol, { kind: 'var', v: local });
    }
    hoistVars(this);
    scratchBuffers(this);
    for (const r of this.fieldReads) b.eq('field', [varAtom(r.object), constAtom(r.key)], r.out);
    for (const d of this.defaults) defaultValue(this, d.init, d.arg, d.local);
    for (const o of this.optionals) optionalValue(this, o);
    for (const o of this.optionalArrays) optionalArrayValue(this, o);
    // (the trace of a property a helper changes in place: that property where the function ends, object-mutation.ts)
    const changed = changedProperty(this);
    if (!ts.isBlock(body)) {
      b.loc = b.locOf(body);
      if (changed) lowerExpr(this, body);
      else this.finalResult = returnValue(this, body);
    } else {
      const stmts = body.statements;
      const last = stmts[stmts.length - 1];
      const early = hasReturn(stmts.slice(0, -1)) || (last !== undefined && !ts.isReturnStatement(last) && hasReturn([last]));
      if (early) {
        this.returned = changed ? {} : this.returnsNumber ? { result: b.generatedVar('result', 'f64', true) }
          : this.returnsBoolean ? { result: b.generatedVar('result', 'bool', true) }
          : this.returnsArray ? { result: b.generatedVar('result', 'f64[]', true) } : {};
        if (this.returned.result?.type === 'f64[]') {
          // (an array variable is declared with an array: an empty one, until a `return` gives the result)
          const returns = classifyType(this.checker.getReturnTypeOfSignature(this.checker.getSignatureFromDeclaration(fn)!), this.checker);
          b.emit({ kind: 'alloc', target: this.returned.result, ctor: returns === 'number[]' ? 'Array' : 'Float64Array', length: constAtom(0), loc: b.loc });
        }
      }
      const ex = lowerList(this, stmts, 0);
      if (this.absent && !ex.always) fallsThrough(this, this.absent.flag);
    }
    if (this.absent && !this.returned?.result && !this.finalResult) this.finalResult = constAtom(NaN);
    let result = changed ? varAtom(changed) : this.returned?.result ? varAtom(this.returned.result) : this.finalResult;
    const { part, absent } = this;
    if (part && absent && result) {
      // whether it returns no number, or the number (what arithmetic makes of undefined or null where it does)
      b.loc = b.locOf(fn, `function ${this.name}`);
      const number = result;
      result = part === absentPart ? varAtom(absent.flag)
        : this.select(varAtom(absent.flag), () => constAtom(absent.value === 'null' ? 0 : NaN), () => number, 'f64');
    }
    if (!result && (this.returnsNumber || this.returnsBoolean || this.returnsArray)) return b.fail(fn, 'TSG1009', `'${this.name}' must end with a return statement`, 'end every path of the function with a return statement');
    // (a helper of the module writes into its rows: they are the caller's, inlined there; local-rows.ts)
    if (this.exported) rowsWritten(this, params, b.body);
    const writes = new Set<Var>();
    for (const s of statements(b.body)) {
      const written = s.kind === 'store' || s.kind === 'fill' || s.kind === 'push' ? [s.array]
        : s.kind === 'call' ? s.writes.map((i) => s.args[i]).flatMap((a) => (a?.kind === 'var' ? [a.v] : [])) : [];
      for (const v of written) if (v.kind === 'param') writes.add(v);
    }
    // and those its callers see it write (they choose the vjp they call by it: names.ts)
    for (const i of writtenParams(this.checker, fn, new Set())) { const p = params[at[i]!]; if (p && isArrayType(p.v.type)) writes.add(p.v); }
    // (numbers reassigned but read only after each assignment in its block: a constant each, see local-values.ts)
    const kept = new Set([result, this.absent && varAtom(this.absent.flag)].flatMap((a) => (a?.kind === 'var' ? [a.v] : [])));
    const local = localValues(dropUnreadFlags(b.body, this.flags), b.vars, b.names, kept);
    return {
      name: this.name,
      params,
      body: sameOperands(local.body),
      result,
      vars: local.vars,
      ...(b.tables.size > 0 ? { tables: [...b.tables.values()] } : {}),
      names: b.names,
      exported: this.exported,
      inlinable: !hasNoinlineTag(fn),
      returnsNumber: this.returnsNumber && this.part !== absentPart,
      ...(this.absent && !this.part ? { absent: this.absent } : {}),
      ...(this.returnsBoolean || this.part === absentPart ? { returnsBoolean: true as const } : {}),
      ...(this.projection !== undefined || this.part ? { projection: { of: this.own, key: this.projection ?? this.part! } } : {}),
      ...(this.returnsArray ? { returnsArray: true as const } : {}),
      writes: [...writes],
      distinct: b.distinct.map(([x, y]) => [params.findIndex((p) => p.v === x), params.findIndex((p) => p.v === y)] as const),
      pureOutputs: (() => {
        const read = readParams(this.checker, fn, new Set()).map((i) => at[i]);
        return [...writes].filter((v) => !read.includes(params.findIndex((p) => p.v === v)));
      })(),
      loc: b.locOf(fn, `function ${this.name}`),
    };
  }

  /** The local helpers being lowered in place, innermost last (a call of one of them recurses). */
  private readonly inlining = new Set<ts.Node>();

  localCall(e: ts.CallExpression, target?: Var): Atom | undefined {
    // (a function a factory makes here, `f(y)` after `const f = makeScale(x)`: local-closures.ts)
    const made = closureCall(this, e, target);
    if (made) return made;
    // (a helper taking a function, given one written or named at the call: local-closures.ts)
    const helped = callbackHelperCall(this, e, target);
    if (helped) return helped;
    const fn = localFunction(this.checker, this.fn, skipParens(e.expression));
    return fn && inlineLocal(this, e, fn, this.inlining, target);
  }

  override localObjectCall(e: ts.CallExpression, fields: readonly string[]): Atom[] | undefined {
    const fn = localFunction(this.checker, this.fn, skipParens(e.expression));
    return fn && inlineLocalObject(this, e, fn, this.inlining, fields);
  }

  arrayMethod(e: ts.CallExpression, target?: Var): Atom | undefined {
    return arrayCallback(this, e, target) ?? (target ? undefined : sortedExpression(this, e));
  }

  lowerStmt(s: ts.Statement): Exits {
    const { b } = this;
    b.loc = b.locOf(s);
    if (ts.isVariableStatement(s)) return declarations(this, s.declarationList), none;
    if (ts.isExpressionStatement(s)) return effect(this, s.expression), none;
    if (ts.isReturnStatement(s)) return this.callback ? callbackReturn(this, s) : returnStmt(this, s);
    if (ts.isBlock(s)) return lowerList(this, s.statements, 0);
    if (ts.isEmptyStatement(s)) return none;
    // (a local `type` or `interface`: erased, nothing runs; an enum's members are values, refused below)
    if (ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s)) return none;
    if (ts.isIfStatement(s)) return lowerIf(this, s, []);
    if (ts.isForStatement(s) || ts.isWhileStatement(s) || ts.isDoStatement(s)) return loop(this, s, undefined);
    if (ts.isForOfStatement(s)) return forOf(this, s, undefined);
    if (ts.isForInStatement(s)) return forIn(this, s, undefined);
    if (ts.isLabeledStatement(s)) {
      const inner = s.statement;
      if (ts.isForStatement(inner) || ts.isWhileStatement(inner) || ts.isDoStatement(inner)) return loop(this, inner, s.label.text);
      if (ts.isForOfStatement(inner)) return forOf(this, inner, s.label.text);
      if (ts.isForInStatement(inner)) return forIn(this, inner, s.label.text);
      if (ts.isSwitchStatement(inner)) return switchStmt(this, inner, s.label.text);
      return labelled(this, inner, s.label.text);
    }
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) return jump(this, s);
    if (ts.isThrowStatement(s)) return throwStmt(this, s);
    if (ts.isSwitchStatement(s)) return switchStmt(this, s, undefined);
    // (a local helper only called: each call lowers it in place, local-functions.ts)
    if (ts.isFunctionDeclaration(s) && s.name && localFunction(this.checker, this.fn, s.name) && onlyCalled(this.checker, this.fn, s.name)) return none;
    if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) {
      return b.fail(s, 'TSG1007', `${ts.isClassDeclaration(s) ? 'classes' : 'nested functions'} are not supported inside a differentiated function`,
        'move it to module level');
    }
    if (ts.isTryStatement(s)) {
      // (`try { … } finally { … }` catches nothing: its cleanup runs after the block; trial46 finding 10)
      if (!s.catchClause && s.finallyBlock) {
        return b.fail(s, 'TSG1001', "'try … finally' is not supported in a differentiated function",
          "write the finally block's statements after the try block's statements, and before each return inside it (a finally block runs however the try block ends)");
      }
      return b.fail(s, 'TSG1001', "'try' is not supported in a differentiated function",
        'catch the error in the caller of the function (a `throw` inside it is supported)');
    }
    const { what, hint } = construct(s, b.sf);
    return b.fail(s, 'TSG1001', `${what} is not supported in a differentiated function`, hint);
  }

  /**
   * `c ? a : b` as an `if`: only the branch taken is evaluated (conditions.ts). `target`
   * receives the value; `decl` when this is its declaration (else it is an overwrite).
   */
  conditional(e: ts.ConditionalExpression, target?: Var, decl = true): Atom {
    return conditions.conditional(this, e, target, decl);
  }

  select(cond: Atom, whenTrue: () => Atom, whenFalse: () => Atom, type: Type, target?: Var, decl = true): Atom {
    return conditions.select(this, cond, whenTrue, whenFalse, type, target, decl);
  }

  freshArgument(e: ts.Expression): Var | undefined {
    return freshArgument(this, e);
  }

  arraySource(e: ts.Expression): Binding & { kind: 'var' | 'view' } | undefined {
    return arraySource(this, e);
  }
}
