/**
 * Array parameters written through the array variables bound to them (`let cur = ps; … [cur,
 * nxt] = [nxt, cur]; … nxt[i] = …`): the function writes into the parameter, as it does by its
 * own name. An array variable bound to a parameter holds a copy of it where the copy reads as
 * the parameter would (nothing writes into either after the binding, statements/bound-arrays.ts);
 * else it holds the parameter itself, and a write after the binding (or in a loop around it)
 * into the variable, into the parameter, or into any array variable the function rebinds, may
 * write into the parameter. `writtenArrays` (calls.ts) counts those writes as the parameter's,
 * so that the function and its callers treat it as a parameter the function writes.
 */
import ts from './typescript.cjs';
import { assignedSymbols, classifyType, conditionalArrays, skipParens } from './facts.js';

/** Writes (by the array each writes) after `node` in the function `fn`, or in a loop around `node`. */
export function writesAfter(written: ReadonlyMap<ts.Symbol, readonly ts.Node[]>, fn: ts.Node, node: ts.Node, s: ts.Symbol): ts.Node[] {
  const loops: ts.Node[] = [];
  for (let n: ts.Node | undefined = node; n && n !== fn; n = n.parent) if (ts.isIterationStatement(n, false)) loops.push(n);
  return (written.get(s) ?? []).filter((w) => w.getStart() > node.getEnd() || loops.some((l) => w.getStart() >= l.getStart() && w.getEnd() <= l.getEnd()));
}

/**
 * The writes that may reach the parameter `param` bound at `node` to the array variable
 * `target`: after the binding (or in a loop around it), into the parameter, into `target`, or
 * into an array variable of `rebound` (the function's rebindable array variables). None: the
 * variable may hold a copy.
 */
export function writesThroughBinding(written: ReadonlyMap<ts.Symbol, readonly ts.Node[]>, fn: ts.Node, node: ts.Node,
  param: ts.Symbol | undefined, target: ts.Symbol | undefined, rebound: Iterable<ts.Symbol>): ts.Node[] {
  const symbols = new Set<ts.Symbol>(rebound);
  if (param) symbols.add(param);
  if (target) symbols.add(target);
  return [...symbols].flatMap((s) => writesAfter(written, fn, node, s));
}

/** The rebindable array variables of `fn` (assigned, or declared by a conditional), and its rebound array parameters. */
export function reboundArrays(checker: ts.TypeChecker, fn: ts.Node): ts.Symbol[] {
  const all = new Set([...assignedSymbols(fn, checker), ...conditionalArrays(fn, checker)]);
  return [...all].filter((s) => ['Float64Array', 'number[]'].includes(classifyType(checker.getTypeOfSymbol(s), checker)));
}

/**
 * The array parameters of the function `fn` that it writes through array variables bound to
 * them (see above), each with the writes that may reach it; `written`: the arrays `fn` writes
 * by name (calls.ts writtenArrays).
 */
export function writtenThroughBindings(checker: ts.TypeChecker, fn: ts.SignatureDeclaration, written: ReadonlyMap<ts.Symbol, readonly ts.Node[]>): Map<ts.Symbol, ts.Node[]> {
  const out = new Map<ts.Symbol, ts.Node[]>();
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body || written.size === 0) return out;
  const params = new Set(fn.parameters.flatMap((p) => {
    const s = ts.isIdentifier(p.name) ? checker.getSymbolAtLocation(p.name) : undefined;
    return s && ['Float64Array', 'number[]'].includes(classifyType(checker.getTypeOfSymbol(s), checker)) ? [s] : [];
  }));
  if (params.size === 0) return out;
  const rebound = reboundArrays(checker, fn);
  if (rebound.length === 0) return out;
  const reboundSet = new Set(rebound);
  const add = (p: ts.Symbol, node: ts.Node, target: ts.Symbol | undefined) => {
    const ws = writesThroughBinding(written, fn, node, p, target, rebound);
    if (ws.length > 0) out.set(p, [...(out.get(p) ?? []), ...ws]);
  };
  // a rebound parameter is bound to its own local variable at the start
  for (const p of params) if (reboundSet.has(p)) add(p, p.valueDeclaration!, p);
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const p = checker.getSymbolAtLocation(n);
      if (p && params.has(p)) {
        const target = bindingTarget(checker, n);
        if (target && reboundSet.has(target)) add(p, n, target);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return out;
}

/**
 * The array variable that the parameter named by `id` is bound to there, if that is a binding:
 * `let a = ps`, `a = ps`, `a = c ? ps : qs`, `[a, b] = [b, ps]`.
 */
function bindingTarget(checker: ts.TypeChecker, id: ts.Identifier): ts.Symbol | undefined {
  let e: ts.Node = id;
  while (ts.isParenthesizedExpression(e.parent) || (ts.isConditionalExpression(e.parent) && e !== e.parent.condition)) e = e.parent;
  const parent = e.parent;
  const symbolOf = (x: ts.Node | undefined) => (x && ts.isIdentifier(x) ? checker.getSymbolAtLocation(x) : undefined);
  if (ts.isVariableDeclaration(parent) && parent.initializer === e) return symbolOf(parent.name);
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === e) return symbolOf(skipParens(parent.left));
  if (ts.isArrayLiteralExpression(parent)) {
    let lit: ts.Node = parent;
    while (ts.isParenthesizedExpression(lit.parent)) lit = lit.parent;
    const assign = lit.parent;
    if (ts.isBinaryExpression(assign) && assign.operatorToken.kind === ts.SyntaxKind.EqualsToken && assign.right === lit) {
      const left = skipParens(assign.left);
      if (ts.isArrayLiteralExpression(left)) return symbolOf(left.elements[parent.elements.indexOf(e as ts.Expression)]);
    }
  }
  return undefined;
}
