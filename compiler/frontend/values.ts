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
import { madeByFactory } from './factories.js';

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
  // (an overload signature stands for its implementation, the declaration with the body; a
  // declaration without any body is returned as it is: the caller decides what to do with it)
  if (ts.isFunctionDeclaration(decl)) return { node: decl.body ? decl : implementationOf(checker, decl), name: declaredName(decl, name) };
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

/** The declaration with the body among a function's overload signatures (`decl` where there is none). */
function implementationOf(checker: ts.TypeChecker, decl: ts.FunctionDeclaration): ts.FunctionDeclaration {
  const symbol = decl.name && checker.getSymbolAtLocation(decl.name);
  return symbol?.declarations?.find((d): d is ts.FunctionDeclaration => ts.isFunctionDeclaration(d) && d.body !== undefined) ?? decl;
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
    // (`toWords.assign`: a property a package sets on its function at run time)
    if ((!s || !decl) && ts.isPropertyAccessExpression(e)) return propertyOfImported(checker, e.expression, e.name.text, depth);
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
  // wrap(f, g, 'NAME', 1), (function custom(e) {…})(3): a factory that returns a function, run
  // when compiling (factories.ts)
  const made = madeByFactory(checker, e, name, (x, n, d) => valueOf(checker, x, n, d), depth);
  return 'fn' in made ? made.fn : undefined;
}

/**
 * Why tsgrad cannot follow the function a factory makes, when `e` is a call of a factory or a
 * variable that holds one's result (`const ease = bezier(…)`): the factory's problem, in words
 * that name the argument or statement (factories.ts). Undefined for anything else.
 */
export function factoryProblem(checker: ts.TypeChecker, e: ts.Expression): { problem: string; at: ts.Node; hint: string } | undefined {
  e = skipParens(e);
  let name = '';
  if (ts.isIdentifier(e)) {
    let s = checker.getSymbolAtLocation(e);
    if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    const decl = s?.valueDeclaration;
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || !ts.isIdentifier(decl.name)) return undefined;
    if (!(decl.parent.flags & ts.NodeFlags.Const) && isReassigned(checker, decl)) return undefined;
    name = decl.name.text;
    e = skipParens(decl.initializer);
  }
  if (!ts.isCallExpression(e)) return undefined;
  const callee = skipParens(e.expression);
  if ((ts.isFunctionExpression(callee) || ts.isArrowFunction(callee)) && e.arguments.length === 0 && callee.parameters.length === 0) return undefined;
  const made = madeByFactory(checker, e, name, (x, n, d) => valueOf(checker, x, n, d), 0);
  return 'fn' in made ? undefined : made;
}

/**
 * A function declaration's name: at the top level, its symbol's (`default` for `export default
 * function f`, as TypeScript names it); inside an IIFE, its own and its variable's.
 */
function declaredName(decl: ts.FunctionDeclaration, symbolName: string): string {
  return onceScope(decl) === 'module' ? symbolName : functionName(decl) ?? symbolName;
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

/**
 * A function a package hangs on another as a property when its module loads, read by name: the
 * @stdlib convention `setReadOnly(main, 'ndarray', ndarray)` in the package's lib/main.js, which
 * the user imports as `import { ndarray as meanpn } from '@stdlib/stats-base-meanpn'` (the
 * property of the package's default export) or calls as `toWords.assign(…)`. TypeScript does not
 * see such a property in JavaScript; tsgrad finds the statement that sets it, among the top-level
 * statements of the modules the package's entry `from` requires (its own files only): a call of a
 * property setter (a function whose body defines its second parameter on its first with its
 * third as the value, `Object.defineProperty(obj, prop, { value })`), `Object.defineProperty`
 * itself, or `main.ndarray = ndarray`. Undefined when none sets `key` on `owner`, or what is set
 * is not a function tsgrad can follow.
 */
export function functionProperty(checker: ts.TypeChecker, owner: FunctionValue, key: string, from: ts.SourceFile): FunctionValue | undefined {
  const root = packageRoot(from.fileName);
  if (root === undefined) return undefined;
  const isOwner = (e: ts.Expression) => {
    const s = ts.isIdentifier(skipParens(e)) ? checker.getSymbolAtLocation(skipParens(e)) : undefined;
    return s !== undefined && functionOfSymbol(checker, s)?.node === owner.node;
  };
  const valueOfSetter = (args: readonly ts.Expression[]): ts.Expression | undefined => {
    const [object, prop, value] = args;
    return object && prop && value && ts.isStringLiteralLike(skipParens(prop)) && (skipParens(prop) as ts.StringLiteralLike).text === key && isOwner(object) ? value : undefined;
  };
  const seen = new Set<ts.SourceFile>();
  const work = [from];
  while (work.length > 0 && seen.size < 50) {
    const sf = work.pop()!;
    if (seen.has(sf)) continue;
    seen.add(sf);
    for (const st of sf.statements) {
      // (the modules it requires, of the same package)
      ts.forEachChild(st, function required(n: ts.Node): void {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'require' && n.arguments.length === 1 && ts.isStringLiteralLike(n.arguments[0]!)) {
          const file = checker.getSymbolAtLocation(n.arguments[0]!)?.valueDeclaration;
          if (file && ts.isSourceFile(file) && packageRoot(file.fileName) === root) work.push(file);
        }
        ts.forEachChild(n, required);
      });
      if (!ts.isExpressionStatement(st)) continue;
      const e = skipParens(st.expression);
      let value: ts.Expression | undefined;
      if (ts.isCallExpression(e)) {
        const callee = skipParens(e.expression);
        const defineProperty = isDefineProperty(callee);
        const setter = defineProperty ? undefined : ts.isIdentifier(callee) ? functionOfSymbol(checker, checker.getSymbolAtLocation(callee)) : undefined;
        if (defineProperty) {
          const descriptor = e.arguments[2] && skipParens(e.arguments[2]);
          const field = descriptor && ts.isObjectLiteralExpression(descriptor) ? descriptorValue(descriptor) : undefined;
          value = field && valueOfSetter([e.arguments[0]!, e.arguments[1]!, field]);
        } else if (setter && isPropertySetter(setter.node)) {
          value = valueOfSetter(e.arguments);
        }
      } else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(e.left) && e.left.name.text === key && isOwner(e.left.expression)) {
        value = e.right;
      }
      if (value) return valueOf(checker, value, key, 0);
    }
  }
  return undefined;
}

/** The function a symbol (an import, a variable, a declaration) holds. */
function functionOfSymbol(checker: ts.TypeChecker, symbol: ts.Symbol | undefined): FunctionValue | undefined {
  if (!symbol) return undefined;
  const s = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return functionOfDeclaration(checker, s.valueDeclaration ?? s.declarations?.[0], s.getName());
}

/** `node_modules/@scope/name` (or `node_modules/name`) of a package's file. */
function packageRoot(file: string): string | undefined {
  return /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file)?.[1];
}

/** `Object.defineProperty`, or a function named `defineProperty` (a package's alias of it). */
function isDefineProperty(callee: ts.Expression): boolean {
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text === 'defineProperty' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Object';
  return ts.isIdentifier(callee) && callee.text === 'defineProperty';
}

/** The `value` of a property descriptor `{ …, value: v }`. */
function descriptorValue(descriptor: ts.ObjectLiteralExpression): ts.Expression | undefined {
  for (const p of descriptor.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name)) && p.name.text === 'value') return p.initializer;
  }
  return undefined;
}

/** A function `(obj, prop, value) => defineProperty(obj, prop, { …, value: value })`, such as @stdlib's setReadOnly. */
function isPropertySetter(fn: FunctionNode): boolean {
  const body = fn.body;
  const [obj, prop, val] = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined));
  if (!body || !ts.isBlock(body) || body.statements.length !== 1 || !obj || !prop || !val) return false;
  const st = body.statements[0]!;
  if (!ts.isExpressionStatement(st) || !ts.isCallExpression(st.expression) || !isDefineProperty(skipParens(st.expression.expression))) return false;
  const [o, p, d] = st.expression.arguments.map(skipParens);
  const v = d && ts.isObjectLiteralExpression(d) ? descriptorValue(d) : undefined;
  return !!o && !!p && !!v && ts.isIdentifier(o) && o.text === obj && ts.isIdentifier(p) && p.text === prop && ts.isIdentifier(skipParens(v)) && (skipParens(v) as ts.Identifier).text === val;
}

/**
 * `owner.key`, where `owner` is a function imported from a package that sets `key` on it
 * (functionProperty): `toWords.assign` after `import toWords from '…'`, or `require('…').ndarray`.
 */
export function propertyOfImported(checker: ts.TypeChecker, owner: ts.Expression, key: string, depth = 0): FunctionValue | undefined {
  owner = skipParens(owner);
  const required = requiredModule(checker, owner);
  const from = required ?? (ts.isIdentifier(owner) ? importedModule(checker.getSymbolAtLocation(owner), checker) : undefined);
  const fn = !from ? undefined : required ? moduleFunction(checker, required) : valueOf(checker, owner, '', depth + 1);
  return fn && from && functionProperty(checker, fn, key, from);
}

/** The function a module of a package is (`module.exports = f`). */
function moduleFunction(checker: ts.TypeChecker, file: ts.SourceFile): FunctionValue | undefined {
  const main = checker.getSymbolAtLocation(file)?.exports?.get(ts.InternalSymbolName.ExportEquals);
  return main && functionOfSymbol(checker, main);
}

/** The module of a package `require('…')` loads. */
function requiredModule(checker: ts.TypeChecker, e: ts.Expression): ts.SourceFile | undefined {
  if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== 'require' || e.arguments.length !== 1 || !ts.isStringLiteralLike(e.arguments[0]!)) return undefined;
  const file = checker.getSymbolAtLocation(e.arguments[0]!)?.valueDeclaration;
  return file && ts.isSourceFile(file) && packageRoot(file.fileName) !== undefined ? file : undefined;
}

/**
 * `import { ndarray as meanpn } from '@stdlib/stats-base-meanpn'` (or in a package's code,
 * `var meanpn = require('@stdlib/stats-base-meanpn').ndarray`), of a package whose module is a
 * function (`module.exports = meanpn`) with no such export: the property `ndarray` the package
 * sets on that function (functionProperty).
 */
export function importedProperty(checker: ts.TypeChecker, symbol: ts.Symbol): FunctionValue | undefined {
  const decl = symbol.declarations?.[0];
  // (`var gsumpw = require('@stdlib/blas-ext-base-gsumpw').ndarray`, an alias to TypeScript too)
  const init = decl && ts.isVariableDeclaration(decl) && decl.initializer ? skipParens(decl.initializer) : undefined;
  if (init && ts.isPropertyAccessExpression(init)) return propertyOfImported(checker, init.expression, init.name.text, 0);
  if (!decl || !ts.isImportSpecifier(decl)) return undefined;
  const from = importedModule(symbol, checker);
  const owner = from && moduleFunction(checker, from);
  return owner && from && functionProperty(checker, owner, (decl.propertyName ?? decl.name).text, from);
}

/** The module of a package an import (`import f from 'p'`, `import { g } from 'p'`, `var f = require('p')`) reads. */
function importedModule(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): ts.SourceFile | undefined {
  const decl = symbol?.declarations?.[0];
  if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return requiredModule(checker, skipParens(decl.initializer));
  const clause = decl && (ts.isImportClause(decl) ? decl : ts.isImportSpecifier(decl) ? decl.parent.parent : undefined);
  const spec = clause?.parent.moduleSpecifier;
  const file = spec && checker.getSymbolAtLocation(spec)?.valueDeclaration;
  return file && ts.isSourceFile(file) && packageRoot(file.fileName) !== undefined ? file : undefined;
}
