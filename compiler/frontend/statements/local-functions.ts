/**
 * Local helper functions: `const sq = (v: number) => v * v` or `function sq(v) { … }` inside a
 * differentiated function, used only by calling it. Each call is lowered where it stands, the
 * helper's parameters bound to the call's arguments and its body lowered in the caller's scope:
 * what the body reads of the enclosing function (a closure's captured variables) is read as it
 * is at the call, as JavaScript reads it. A helper's body is an expression, or statements
 * ending in its only `return` (or none: a helper that writes arrays). One that calls itself, is
 * passed or stored as a value, or returns early stays refused, with a hint to move it to module
 * level, where tsgrad differentiates any function.
 */
import ts from '../typescript.cjs';
import type { Atom, Var } from '../../ir/types.js';
import { constAtom, isArrayType, varAtom } from '../builder.js';
import { isOptionalNumber, skipParens } from '../facts.js';
import { lowerMaybeNumber, optionalNumberVar } from '../nullable.js';
import type { LoweringState } from './state.js';
import { typeOf } from './local-types.js';
import { type Binding, lowerExpr } from '../expressions.js';
import { localObjectParam, localObjectResult } from './local-objects.js';
import { newArray } from './arrays.js';

export type LocalFunction = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration;

/** The local helper `callee` names: declared inside the function being lowered. */
export function localFunction(checker: ts.TypeChecker, owner: ts.Node, callee: ts.Expression): LocalFunction | undefined {
  if (!ts.isIdentifier(callee)) return undefined;
  const d = checker.getSymbolAtLocation(callee)?.valueDeclaration;
  if (!d || !inside(d, owner)) return undefined;
  if (ts.isFunctionDeclaration(d) && d.body) return d;
  if (ts.isVariableDeclaration(d) && d.initializer && ts.isVariableDeclarationList(d.parent) && d.parent.flags & ts.NodeFlags.Const) {
    const init = skipParens(d.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

function inside(n: ts.Node, owner: ts.Node): boolean {
  for (let p = n.parent; p; p = p.parent) if (p === owner) return true;
  return false;
}

/** Whether every use of `name` in `owner` calls it (`sq(x)`), so that its declaration can be dropped. */
export function onlyCalled(checker: ts.TypeChecker, owner: ts.Node, name: ts.Identifier): boolean {
  const symbol = checker.getSymbolAtLocation(name);
  if (!symbol) return false;
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    if (ts.isIdentifier(n) && n !== name && checker.getSymbolAtLocation(n) === symbol) {
      const p = n.parent;
      if (!(ts.isCallExpression(p) && p.expression === n)) ok = false;
    }
    ts.forEachChild(n, visit);
  };
  visit(owner);
  return ok;
}

const returns = (n: ts.Node): boolean => !ts.isFunctionLike(n) && (ts.isReturnStatement(n) || ts.forEachChild(n, returns) === true);

/**
 * The name of the function or constant an anonymous function is written in (`makeAffine` of
 * `const makeAffine = (a, b) => function (v) {…}`, a factory's): its statements' `// grad of
 * (makeAffine):` comments name it, as a declared function's do.
 */
function enclosingName(fn: ts.Node): string {
  for (let n: ts.Node | undefined = fn.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) && n.name) return n.name.text;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) return n.name.text;
  }
  return 'anonymous';
}

/** `helper(args)` lowered in place (see the top of this file). */
export function inlineLocal(cx: LoweringState, e: ts.CallExpression, fn: LocalFunction, inlining: Set<ts.Node>, target?: Var): Atom {
  return inlineLocalWith(cx, e, fn, inlining, (result, name) => {
    // (a literal of numbers, `(s, i): [number, number] => [ds, di]`: a new array of them, which
    // the caller destructures or indexes, as a helper's returned array)
    const literal = result && skipParens(result);
    if (literal && ts.isArrayLiteralExpression(literal)) {
      const made = newArray(cx, literal, `${name}_result`, 'f64[]', false);
      if (made) return varAtom(made);
    }
    return result ? lowerExpr(cx, result, target) : constAtom(false, { name: 'undefined' });
  });
}

/**
 * `helper(args)` lowered in place, of a helper returning an object of numbers (`const step = (o:
 * Osc): Osc => ({ x: …, v: … })`, `s = step(s)`): the numbers of `fields` it returns, computed
 * once (local-objects.ts).
 */
export function inlineLocalObject(cx: LoweringState, e: ts.CallExpression, fn: LocalFunction, inlining: Set<ts.Node>, fields: readonly string[]): Atom[] {
  return inlineLocalWith(cx, e, fn, inlining, (result, name) => {
    if (!result) return cx.b.fail(e, 'TSG1007', `the local function '${name}' returns no object`, `end it with return { ${fields.map((f) => `${f}: …`).join(', ')} }`);
    // (its numbers kept in variables of their own: those of its parameter, which it may return, change after)
    return localObjectResult(cx, result, fields, name).map((a) => (a.kind === 'var' && a.v.mutable ? cx.b.eq('copy', [a]) : a));
  });
}

function inlineLocalWith<T>(cx: LoweringState, e: ts.CallExpression, fn: LocalFunction, inlining: Set<ts.Node>, lowerResult: (result: ts.Expression | undefined, name: string) => T): T {
  const { b, checker } = cx;
  const name = ts.isFunctionDeclaration(fn) ? fn.name?.text ?? enclosingName(fn) : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : enclosingName(fn);
  const moveIt = `move '${name}' to module level (tsgrad differentiates functions there, recursive ones too) and call it`;
  if (inlining.has(fn)) return b.fail(e, 'TSG1007', `the local function '${name}' calls itself; tsgrad lowers a local function where it is called`, moveIt);
  if (e.arguments.some(ts.isSpreadElement)) return b.fail(e, 'TSG1007', `'${name}' is a local function called with a spread argument`, 'pass its arguments one by one');
  const body = fn.body!;
  let stmts: readonly ts.Statement[] = [];
  let result: ts.Expression | undefined;
  let returned: ts.ReturnStatement | undefined;
  if (ts.isBlock(body)) {
    const last = body.statements[body.statements.length - 1];
    if (last && ts.isReturnStatement(last)) {
      stmts = body.statements.slice(0, -1);
      result = last.expression;
      returned = last;
    } else stmts = body.statements;
    if (stmts.some(returns)) return b.fail(e, 'TSG1007', `the local function '${name}' returns before its last statement; tsgrad lowers a local function where it is called, and only one whose 'return' comes last`, moveIt);
  } else result = body;
  // (the arguments, evaluated in order before the body runs, each bound as it is: a default
  // reads the parameters before it, `(u: number, v = u * 2)`; trial48 finding 4)
  const bind = (symbol: ts.Symbol, atom: Atom, p: ts.ParameterDeclaration): void => {
    const type = typeOf(cx, symbol, checker.getTypeAtLocation(p), p);
    const assigned = cx.assigned.has(symbol);
    if (isArrayType(type)) {
      if (atom.kind !== 'var' || !isArrayType(atom.v.type) || assigned) {
        return b.fail(p, 'TSG1007', `the array parameter '${p.getText(b.sf)}' of the local function '${name}' is rebound or given something other than an array variable`, moveIt);
      }
      cx.scope.set(symbol, { kind: 'var', v: atom.v });
      return;
    }
    if (atom.kind === 'var' && !atom.v.mutable && !assigned) {
      cx.scope.set(symbol, { kind: 'var', v: atom.v });
      return;
    }
    const v = b.newVar((p.name as ts.Identifier).text, type, 'local', assigned);
    if (assigned) b.assign(v, atom, true);
    else b.eq('copy', [atom], v);
    cx.scope.set(symbol, { kind: 'var', v });
  };
  // (first the arguments written, in the caller's scope: one may call the same function, whose
  // parameters it binds; then each parameter in order, a default read where those before it are bound)
  const given = fn.parameters.map((p, i) => {
    if (!ts.isIdentifier(p.name) || p.dotDotDotToken) return b.fail(p, 'TSG1007', `the parameter '${p.getText(b.sf)}' of the local function '${name}' is a pattern or a rest parameter`, moveIt);
    const arg = e.arguments[i];
    if (!arg) return undefined;
    // (an object of numbers, `(o: Osc) => …`: bound to the caller's numbers, local-objects.ts)
    const object = localObjectParam(cx, p as ts.ParameterDeclaration & { name: ts.Identifier }, arg, name);
    if (object) return { object, atom: undefined };
    // (a number or what may be undefined passed to `v?: number`: its number and its flag)
    if (isOptionalNumber(p, checker)) return { object: undefined, atom: undefined, maybe: lowerMaybeNumber(cx, arg) };
    return { object: undefined, atom: lowerExpr(cx, arg) };
  });
  for (const [i, p] of fn.parameters.entries()) {
    const symbol = checker.getSymbolAtLocation(p.name)!;
    const arg = given[i];
    if (arg?.object) {
      cx.scope.set(symbol, arg.object);
      continue;
    }
    if (arg?.atom) {
      bind(symbol, arg.atom, p);
      continue;
    }
    if (p.initializer) {
      bind(symbol, lowerExpr(cx, p.initializer), p);
      continue;
    }
    if (arg?.maybe || isOptionalNumber(p, checker)) {
      // (`v?: number`, left out (undefined: NaN with its flag set) or passed: its flag with it, as a method's is, value-classes.ts)
      const value = arg?.maybe?.value ?? constAtom(NaN);
      const absent = arg?.maybe?.absent ?? constAtom(true);
      const v = optionalNumberVar(cx, (p.name as ts.Identifier).text, value, absent, cx.assigned.has(symbol));
      cx.scope.set(symbol, { kind: 'var', v });
      continue;
    }
    return b.fail(e, 'TSG1007', `'${name}' is a local function called without its parameter '${(p.name as ts.Identifier).text}'`, `pass every argument, or give '${(p.name as ts.Identifier).text}' a default value`);
  }
  inlining.add(fn);
  // (the caller's statement, for what follows the call in it)
  const callerLoc = b.loc;
  const callerFn = b.inlinedFrom;
  b.inlinedFrom = name;
  try {
    for (const s of stmts) cx.lowerStmt(s);
    // (the returned expression's code is the `return` statement's: its `// grad of:` comment names it)
    if (returned) b.loc = b.locOf(returned);
    return lowerResult(result, name);
  } finally {
    inlining.delete(fn);
    b.loc = callerLoc;
    b.inlinedFrom = callerFn;
  }
}
