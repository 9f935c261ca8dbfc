/**
 * Objects of numbers changed in place (trial34: `stepInPlace(s, k, c, dt)` doing `s.v += acc *
 * dt; s.x += s.v * dt`). An object of numbers is scalarised (object-numbers.ts: one number per
 * property), so a helper that assigns a property of its object parameter is lowered to what
 * already works for helpers returning objects: one trace per property of each object parameter
 * it changes, each returning the number that property holds when the helper returns (named
 * `stepInPlace.s.v`, a projection whose key is `<parameter>.<property>`), beside the trace of its
 * own result when it returns a number. A call computes every one of them from the arguments as
 * they are at the call, then assigns the caller's object its new numbers: the caller sees the
 * change after the call, as JavaScript's shared object gives it. What stays out is refused with
 * the reason (TSG1003): the same object passed for two parameters the helper changes or reads
 * (the copies tsgrad passes would not see each other's changes), an object tsgrad holds as
 * constants, a helper that also writes into an array or returns an object or an array.
 *
 * The analysis (mutatedParams) follows a parameter passed on to another function that changes
 * it, a local function included (a local arrow taking an object is lowered in place, its
 * parameter bound to the caller's own numbers: statements/local-functions.ts).
 */
import ts from './typescript.cjs';
import type { Atom, Callee, Var } from '../ir/types.js';
import { constAtom, varAtom } from './builder.js';
import { skipParens } from './facts.js';
import { numberFields } from './object-numbers.js';
import type { Binding, ExprContext } from './expressions.js';
import type { FunctionNode } from './values.js';

/** The key of the trace that computes the property `field` of the object parameter `param` (`s.v`). */
// (a colon: a nested object's projection keys are dotted paths, `zc.re`: nested-objects.ts)
export const mutationKey = (param: string, field: string): string => `${param}:${field}`;

/** The parameter and property a projection key of a changed object names (mutationKey), or undefined for another key. */
export function mutationOfKey(key: string | undefined): { param: string; field: string } | undefined {
  if (key === undefined) return undefined;
  const at = key.indexOf(':');
  return at > 0 ? { param: key.slice(0, at), field: key.slice(at + 1) } : undefined;
}

/** The function a call names by an identifier: a declared function or a `const` holding an arrow or a function expression, with a body. */
export function calledFunction(checker: ts.TypeChecker, call: ts.CallExpression): FunctionNode | undefined {
  const callee = skipParens(call.expression);
  if (!ts.isIdentifier(callee)) return undefined;
  let s = checker.getSymbolAtLocation(callee);
  if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  const d = s?.valueDeclaration;
  if (!d) return undefined;
  if (ts.isFunctionDeclaration(d) && d.body) return d;
  if (ts.isVariableDeclaration(d) && d.initializer && ts.isVariableDeclarationList(d.parent) && d.parent.flags & ts.NodeFlags.Const) {
    const init = skipParens(d.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

const cache = new WeakMap<FunctionNode, ReadonlySet<number>>();
const inProgress = new Set<FunctionNode>();

/**
 * The indices of the parameters of `fn` that are objects of numbers whose properties it
 * assigns (`s.v = …`, `s.v += …`, `s.x++`), in its body, in a function it declares, or by
 * passing the object to a function that does.
 */
export function mutatedParams(checker: ts.TypeChecker, fn: FunctionNode): ReadonlySet<number> {
  const cached = cache.get(fn);
  if (cached) return cached;
  // (a function calling itself: what its body does directly decides)
  if (inProgress.has(fn) || !fn.body) return new Set();
  inProgress.add(fn);
  const out = new Set<number>();
  try {
    fn.parameters.forEach((p, i) => {
      if (!ts.isIdentifier(p.name) || !numberFields(checker, checker.getTypeAtLocation(p))) return;
      const symbol = checker.getSymbolAtLocation(p.name);
      if (symbol && writesObject(checker, fn.body!, symbol)) out.add(i);
    });
  } finally {
    inProgress.delete(fn);
  }
  // (kept only when no other analysis was under way: one inside a cycle saw the cycle's start as changing nothing)
  if (inProgress.size === 0) cache.set(fn, out);
  return out;
}

/** Whether `owner` assigns a property of the object `symbol` names, or passes the object to a function that does. */
export function writesObject(checker: ts.TypeChecker, owner: ts.Node, symbol: ts.Symbol): boolean {
  const names = (e: ts.Expression): boolean => {
    const x = skipParens(e);
    return ts.isIdentifier(x) && checker.getSymbolAtLocation(x) === symbol;
  };
  const isProperty = (e: ts.Expression): boolean => {
    const x = skipParens(e);
    return (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) && names(x.expression);
  };
  const direct = (n: ts.Node): boolean => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && isProperty(n.left)) return true;
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) && isProperty(n.operand)) return true;
    return ts.forEachChild(n, direct) === true;
  };
  if (direct(owner)) return true;
  const passed = (n: ts.Node): boolean => {
    if (ts.isCallExpression(n) && n.arguments.some(names)) {
      const callee = calledFunction(checker, n);
      if (callee) {
        const changed = mutatedParams(checker, callee);
        if (n.arguments.some((a, j) => changed.has(j) && names(a))) return true;
      }
    }
    return ts.forEachChild(n, passed) === true;
  };
  return passed(owner);
}

/** What lowerCall knows of a call of a helper that changes an object parameter in place. */
export interface InPlaceCall {
  readonly e: ts.CallExpression;
  readonly node: FunctionNode;
  /** The helper as the source names it. */
  readonly shown: string;
  /** The arguments written, for the helper's parameters. */
  readonly given: readonly ts.Expression[];
  /** Per parameter, of an object of numbers: its properties. */
  readonly objects: readonly (readonly string[] | undefined)[];
  /** The indices of the helper's parameters it changes (mutatedParams). */
  readonly changed: ReadonlySet<number>;
  /** Why the call cannot be lowered so, if it cannot (it writes an array, returns an object or an array). */
  readonly otherwise?: string;
  /** The callee of the trace computing `key` (mutationKey), made needed. */
  readonly projected: (key: string) => Callee;
  /** Emits the call of `callee` into `out`. */
  readonly emit: (callee: Callee | undefined, out: Var | undefined) => void;
  /** Where the helper's own result goes (a number or a boolean), if it returns one. */
  readonly out: Var | undefined;
}

const objectBinding = (cx: ExprContext, e: ts.Expression): (Binding & { kind: 'object' }) | undefined => {
  const bare = skipParens(e);
  if (!ts.isIdentifier(bare)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(bare);
  const binding = symbol && cx.scope.get(symbol);
  return binding?.kind === 'object' && !binding.options ? binding : undefined;
};

/**
 * `stepInPlace(s, k, c, dt)`: each changed property of each object the helper changes computed
 * by its own trace, all from the arguments as they are here, then assigned to the caller's
 * numbers; the helper's result, if it returns one, computed beside them.
 */
export function inPlaceCall(cx: ExprContext, call: InPlaceCall): Atom {
  const { b } = cx;
  const { e, node, shown, given, objects, changed } = call;
  const rename = `return the new numbers instead (${shown}(…): { … } { return { … }; }) and assign them: s = ${shown}(s, …)`;
  if (call.otherwise) {
    const param = node.parameters[[...changed][0]!]!.name.getText();
    return b.fail(e, 'TSG1003', `'${shown}' changes the properties of its object parameter '${param}' in place and ${call.otherwise}; tsgrad lowers a helper changing an object only when it does neither`,
      call.otherwise.startsWith('writes') ? rename : `do one of the two: return the new numbers of '${param}' in what '${shown}' returns, or change '${param}' in place and return a number or nothing`);
  }
  const rebound: { param: string; field: string; target: Var }[] = [];
  for (const i of changed) {
    const arg = given[i];
    const fields = objects[i];
    if (!arg || !fields) continue;
    const param = node.parameters[i]!.name.getText();
    const bare = skipParens(arg);
    const binding = objectBinding(cx, bare);
    if (binding) {
      // (the same object for another object parameter: the helper would see its changes through both)
      const other = given.findIndex((a, j) => j !== i && objects[j] !== undefined && objectBinding(cx, a) === binding);
      if (other >= 0) {
        return b.fail(e, 'TSG1003', `'${bare.getText(b.sf)}' is passed twice to '${shown}', which changes its parameter '${param}' in place: tsgrad passes each object parameter its own numbers, which would not see the other's changes`,
          `pass a copy for one of them: const copy = { ${fields.map((f) => `${f}: ${bare.getText(b.sf)}.${f}`).join(', ')} }`);
      }
      for (const field of fields) {
        const target = binding.fields.get(field);
        if (!target) return b.fail(arg, 'TSG2002', `'${arg.getText(b.sf)}' has no number '${field}', which '${shown}' reads`, `pass an object with the numbers ${fields.join(', ')}`);
        if (!target.mutable) {
          return b.fail(arg, 'TSG1003', `'${shown}' changes its parameter '${param}' in place, and '${bare.getText(b.sf)}' is an object tsgrad holds as constants here (an instance of a class, or a parameter it passes through)`,
            `make '${bare.getText(b.sf)}' a local object literal of numbers (const ${bare.getText(b.sf)} = { ${fields.map((f) => `${f}: …`).join(', ')} }), or ${rename}`);
        }
        rebound.push({ param, field, target });
      }
      continue;
    }
    // (a new object, a literal or a helper's result: its changes are seen by nobody)
    if (ts.isObjectLiteralExpression(bare) || ts.isCallExpression(bare)) continue;
    return b.fail(arg, 'TSG1003', `'${arg.getText(b.sf)}' is passed to '${shown}', which changes its parameter '${param}' in place: tsgrad changes in place a local object of numbers of the caller`,
      `copy it into a local first: const s = { ${fields.map((f) => `${f}: …`).join(', ')} }; ${shown}(s, …)`);
  }
  // (every new number computed from the arguments as they are here, before any is assigned)
  const values = rebound.map((r) => {
    const out = b.newVar(`${r.target.name}_new`, 'f64', 'temp', false);
    call.emit(call.projected(mutationKey(r.param, r.field)), out);
    return out;
  });
  if (call.out) call.emit(undefined, call.out);
  rebound.forEach((r, i) => b.assign(r.target, varAtom(values[i]!)));
  return call.out ? varAtom(call.out) : constAtom(0);
}

/**
 * Of the trace of a helper computing a changed property (the projection `s.v`): the variable
 * that property is, which the trace returns where the helper returns.
 */
export function changedProperty(cx: ExprContext & { readonly fn: FunctionNode; readonly projection?: string }): Var | undefined {
  const m = mutationOfKey(cx.projection);
  if (!m) return undefined;
  const p = cx.fn.parameters.find((q) => ts.isIdentifier(q.name) && q.name.text === m.param);
  const symbol = p && cx.checker.getSymbolAtLocation(p.name);
  const binding = symbol && cx.scope.get(symbol);
  const v = binding?.kind === 'object' ? binding.fields.get(m.field) : undefined;
  if (!v) throw new Error(`internal: the trace ${cx.projection} names no property of a parameter`);
  return v;
}

/**
 * `s.v += k` of an exported function's object parameter `s`: the caller's object, which the
 * contract passes through without a gradient key (DESIGN.md); why it is refused, if `e` is
 * that (a property of such a parameter).
 */
export function exportedObjectChanged(cx: ExprContext, e: ts.PropertyAccessExpression): { message: string; hint: string } | undefined {
  if (!cx.exported || !ts.isIdentifier(e.expression)) return undefined;
  const d = cx.checker.getSymbolAtLocation(e.expression)?.valueDeclaration;
  if (!d || !ts.isParameter(d)) return undefined;
  const fields = numberFields(cx.checker, cx.checker.getTypeAtLocation(d));
  if (!fields) return undefined;
  const name = e.expression.text;
  const fn = d.parent;
  const fnName = (ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name ? fn.name.text : 'the exported function';
  return {
    message: `'${e.getText(cx.b.sf)}' is assigned: '${name}' is an object parameter of the exported function '${fnName}', the caller's object, which tsgrad passes through without a gradient key and does not change in place`,
    hint: `take its numbers as parameters (${fields.map((f) => `${name}${f[0]!.toUpperCase()}${f.slice(1)}: number`).join(', ')}), copy them into a local object (const ${name}Local = { … }) and change that; a helper of the module may change an object it is passed`,
  };
}
