/**
 * Functions held in variables, as packages define them: what a name that is not a function
 * declaration evaluates to when it is called.
 *
 * - an alias: `const f = g`, `export var dot = vec4.dot` (through `export { g as f }`, TypeScript's
 *   own alias symbols already lead to g);
 * - the UMD/IIFE module pattern: `export var f = (function () { var table = […]; function
 *   helper(x) {…} return function f(x, n) {…}; })()`: the returned function, whose free names
 *   are the IIFE's constants and helpers, computed once when the module loads;
 * - a factory called with functions and constants: `var f = wrap(helper0, helper1, 'NAME', 1)`
 *   where `function wrap(a, b, name, k) { return function (x) {…}; }`: the returned function,
 *   with the factory's parameters bound to those arguments (`captured`).
 *
 * Each such function is a function of its module under a name of its own: the variable's
 * (`besselj`), or for a helper inside an IIFE, the variable's and the helper's
 * (`besselj_bessel0`), so that the helpers of two IIFEs do not clash.
 */
import type { Projection } from '../ir/types.js';
import ts from './typescript.cjs';
import { skipParens } from './facts.js';

/** A function as the source writes it. */
export type FunctionNode = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

/** What a free name of a function stands for: a parameter of the factory that made it. */
export type Captured =
  | { readonly kind: 'function'; readonly fn: FunctionValue }
  | { readonly kind: 'const'; readonly value: number | boolean | string };

export interface FunctionValue {
  readonly node: FunctionNode;
  /** Its name among the functions of its module. */
  readonly name: string;
  /** The factory parameters it reads, bound to the factory's arguments. */
  readonly captured?: ReadonlyMap<ts.Symbol, Captured>;
  /** Of a helper returning an object of numbers: the property its callers read (then named `f.ra`, projectedName). */
  readonly projection?: Projection;
}

const isFunctionNode = (n: ts.Node): n is FunctionNode => ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n);

/**
 * The function a declaration (of a name that is called or exported) holds: a function
 * declaration, or a variable whose value is one of the forms above. `captured`: the bindings
 * of the function whose body the name is read in (a factory's parameters).
 */
export function functionOfDeclaration(checker: ts.TypeChecker, decl: ts.Declaration | undefined, name: string,
  captured?: ReadonlyMap<ts.Symbol, Captured>): FunctionValue | undefined {
  if (!decl) return undefined;
  // (a declaration without a body too: the caller decides what to do with it)
  if (ts.isFunctionDeclaration(decl)) return { node: decl, name: declaredName(decl, name) };
  // a named function expression's own name, read in its body (recursion)
  if (ts.isFunctionExpression(decl)) return { node: decl, name: functionName(decl) ?? name, ...(captured ? { captured } : {}) };
  // CommonJS: `module.exports = function (…) {…}` (imported as the default: named 'default'),
  // `exports.f = …`, `module.exports = { f, g: h }`
  const own = name === 'export=' ? 'default' : name;
  if (ts.isBinaryExpression(decl) && decl.operatorToken.kind === ts.SyntaxKind.EqualsToken) return valueOf(checker, decl.right, own, 0);
  if (ts.isPropertyAccessExpression(decl) && ts.isBinaryExpression(decl.parent) && decl.parent.left === decl &&
      decl.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return valueOf(checker, decl.parent.right, own, 0);
  }
  if (ts.isPropertyAssignment(decl)) return valueOf(checker, decl.initializer, own, 0);
  if (ts.isShorthandPropertyAssignment(decl)) {
    const value = checker.getShorthandAssignmentValueSymbol(decl);
    return value && value !== checker.getSymbolAtLocation(decl.name) ? functionOfDeclaration(checker, value.valueDeclaration ?? value.declarations?.[0], value.getName()) : undefined;
  }
  if (!ts.isVariableDeclaration(decl) || !decl.initializer || !ts.isIdentifier(decl.name)) return undefined;
  if (!(decl.parent.flags & ts.NodeFlags.Const) && isReassigned(checker, decl)) return undefined;
  return valueOf(checker, decl.initializer, decl.name.text, 0);
}

/** The function `e` evaluates to, named `name` when it has no name of its own here. */
function valueOf(checker: ts.TypeChecker, e: ts.Expression, name: string, depth: number): FunctionValue | undefined {
  if (depth > 20) return undefined;
  e = skipParens(e);
  if (ts.isFunctionExpression(e) || ts.isArrowFunction(e)) return { node: e, name: functionName(e) ?? name };
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
    let s = checker.getSymbolAtLocation(e);
    if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    const decl = s?.valueDeclaration ?? s?.declarations?.[0];
    if (!s || !decl) return undefined;
    if (ts.isFunctionDeclaration(decl)) return { node: decl, name: declaredName(decl, s.getName()) };
    if (ts.isVariableDeclaration(decl) && decl.initializer && ts.isIdentifier(decl.name) &&
        (decl.parent.flags & ts.NodeFlags.Const || !isReassigned(checker, decl))) {
      return valueOf(checker, decl.initializer, decl.name.text, depth + 1);
    }
    return undefined;
  }
  if (!ts.isCallExpression(e)) return undefined;
  const callee = skipParens(e.expression);
  // (function () { …; return f; })(): an IIFE that returns a function
  if ((ts.isFunctionExpression(callee) || ts.isArrowFunction(callee)) && e.arguments.length === 0 && callee.parameters.length === 0) {
    const returned = finalReturn(callee);
    return returned && valueOf(checker, returned, name, depth + 1);
  }
  // wrap(f, g, 'NAME', 1): a factory that returns a function, with its parameters bound
  const factory = valueOf(checker, callee, '', depth + 1);
  if (!factory || factory.captured || !ts.isBlock(factory.node.body ?? e)) return undefined;
  const body = factory.node.body as ts.Block;
  if (!body.statements.slice(0, -1).every((s) => ts.isFunctionDeclaration(s))) return undefined;
  const returned = finalReturn(factory.node);
  const inner = returned && skipParens(returned);
  if (!inner || !(ts.isFunctionExpression(inner) || ts.isArrowFunction(inner))) return undefined;
  const captured = new Map<ts.Symbol, Captured>();
  for (const [i, p] of factory.node.parameters.entries()) {
    const arg = e.arguments[i];
    if (!ts.isIdentifier(p.name) || p.dotDotDotToken || p.initializer || !arg) return undefined;
    const symbol = checker.getSymbolAtLocation(p.name);
    const bound = capture(checker, arg, depth);
    if (!symbol || !bound) return undefined;
    captured.set(symbol, bound);
  }
  return { node: inner, name, captured };
}

/**
 * A function declaration's name: at the top level, its symbol's (`default` for `export default
 * function f`, as TypeScript names it); inside an IIFE, its own and its variable's.
 */
function declaredName(decl: ts.FunctionDeclaration, symbolName: string): string {
  return onceScope(decl) === 'module' ? symbolName : functionName(decl) ?? symbolName;
}

/** An argument of a factory, as the factory's body sees it. */
function capture(checker: ts.TypeChecker, arg: ts.Expression, depth: number): Captured | undefined {
  const e = skipParens(arg);
  if (ts.isStringLiteralLike(e)) return { kind: 'const', value: e.text };
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'const', value: e.kind === ts.SyntaxKind.TrueKeyword };
  if (ts.isNumericLiteral(e)) return { kind: 'const', value: Number(e.text) };
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return { kind: 'const', value: -Number(e.operand.text) };
  const fn = valueOf(checker, e, '', depth + 1);
  return fn && !fn.captured ? { kind: 'function', fn } : undefined;
}

/** `return e;`, the last statement of a function's body (the only `return` at its top level). */
function finalReturn(fn: FunctionNode): ts.Expression | undefined {
  const body = fn.body;
  if (!body) return undefined;
  if (!ts.isBlock(body)) return body;
  const stmts = body.statements;
  const last = stmts[stmts.length - 1];
  if (!last || !ts.isReturnStatement(last) || !last.expression) return undefined;
  const early = (n: ts.Node): boolean => !isFunctionNode(n) && (ts.isReturnStatement(n) || ts.forEachChild(n, early) === true);
  return stmts.slice(0, -1).some(early) ? undefined : last.expression;
}

/**
 * The name of a function of a module: its own at the top level; inside the body of an IIFE
 * that a top-level variable holds, that variable's and its own (`besselj_bessel0`). Undefined
 * for a function without a name, or nested elsewhere (in a function that is not such an IIFE).
 */
export function functionName(fn: FunctionNode): string | undefined {
  const own = (ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) ? fn.name?.text : undefined;
  const scope = onceScope(fn);
  if (scope === 'module') return own;
  if (!scope) return undefined;
  // (the function an IIFE returns is named by the variable that holds it)
  if (!ts.isFunctionDeclaration(fn) && isReturnedBy(fn, scope.iife)) return scope.owner;
  return own === undefined ? undefined : `${scope.owner}_${own}`;
}

function isReturnedBy(fn: FunctionNode, iife: FunctionNode): boolean {
  const returned = finalReturn(iife);
  return returned !== undefined && skipParens(returned) === fn;
}

/**
 * Where a function or variable declared at `n` lives: `module` (top level of the file), or the
 * body of an IIFE evaluated once when the module loads, held by the top-level variable `owner`.
 */
export function onceScope(n: ts.Node): 'module' | { owner: string; iife: FunctionNode } | undefined {
  // the statement that declares n
  let at: ts.Node = n;
  if (ts.isVariableDeclaration(at)) at = at.parent.parent;
  else if (ts.isFunctionExpression(at) || ts.isArrowFunction(at)) {
    // a returned function expression belongs to the scope of the IIFE that returns it
    let p = at.parent;
    while (p && ts.isParenthesizedExpression(p)) p = p.parent;
    if (p && ts.isReturnStatement(p)) at = p;
    else return undefined;
  }
  const container = at.parent;
  if (!container) return undefined;
  if (ts.isSourceFile(container)) return 'module';
  if (!ts.isBlock(container) || !container.parent || !(ts.isFunctionExpression(container.parent) || ts.isArrowFunction(container.parent))) return undefined;
  const iife = container.parent;
  let call: ts.Node = iife.parent;
  while (ts.isParenthesizedExpression(call)) call = call.parent;
  if (!ts.isCallExpression(call) || skipParens(call.expression) !== iife || call.arguments.length > 0) return undefined;
  let holder: ts.Node = call.parent;
  while (ts.isParenthesizedExpression(holder)) holder = holder.parent;
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name) || !ts.isSourceFile(holder.parent.parent.parent)) return undefined;
  return { owner: holder.name.text, iife };
}

const assignedCache = new WeakMap<ts.SourceFile, Set<ts.Symbol>>();

/** Whether anything in its file assigns the variable after its declaration. */
function isReassigned(checker: ts.TypeChecker, decl: ts.VariableDeclaration): boolean {
  const sf = decl.getSourceFile();
  let assigned = assignedCache.get(sf);
  if (!assigned) {
    const found = assigned = new Set<ts.Symbol>();
    const visit = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
        const s = ts.isIdentifier(skipParens(n.left)) ? checker.getSymbolAtLocation(skipParens(n.left)) : undefined;
        if (s) found.add(s);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    assignedCache.set(sf, assigned);
  }
  const s = checker.getSymbolAtLocation(decl.name);
  return s !== undefined && assigned.has(s);
}
