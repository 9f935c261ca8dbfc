/**
 * Where each `var` lives: in its block (a `let`), or hoisted to the function.
 */
import ts from '../typescript.cjs';
import type { FunctionNode } from '../values.js';

/**
 * How each `var` of `fn` is lowered: `block` when it is declared once and used only after its
 * declaration in the same block (or only inside the `for` that declares it): then it is
 * a `let`; else `hoisted`, one variable of the whole function.
 */
export function varPlans(fn: FunctionNode, checker: ts.TypeChecker): Map<ts.Symbol, 'block' | 'hoisted'> {
  const decls = new Map<ts.Symbol, ts.VariableDeclaration[]>();
  const refs = new Map<ts.Symbol, ts.Node[]>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclarationList(n) && !(n.flags & ts.NodeFlags.BlockScoped)) {
      for (const d of n.declarations) {
        const names = ts.isIdentifier(d.name) ? [d.name] : d.name.elements.flatMap((e) => (ts.isBindingElement(e) && ts.isIdentifier(e.name) ? [e.name] : []));
        for (const id of names) {
          const s = checker.getSymbolAtLocation(id);
          if (s) decls.set(s, [...(decls.get(s) ?? []), d]);
        }
      }
    }
    if (ts.isIdentifier(n) && !(n.parent && (ts.isVariableDeclaration(n.parent) || ts.isBindingElement(n.parent)) && n.parent.name === n)) {
      const s = checker.getSymbolAtLocation(n);
      if (s) refs.set(s, [...(refs.get(s) ?? []), n]);
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  const plans = new Map<ts.Symbol, 'block' | 'hoisted'>();
  for (const [s, ds] of decls) {
    const d = ds[0]!;
    const holder = d.parent.parent;
    const uses = refs.get(s) ?? [];
    const within = (n: ts.Node, from: number, to: number) => n.getStart() >= from && n.getEnd() <= to;
    let local = ds.length === 1;
    if (local && (ts.isForStatement(holder) || ts.isForOfStatement(holder) || ts.isForInStatement(holder))) {
      local = uses.every((u) => within(u, holder.getStart(), holder.getEnd()));
    } else if (local) {
      const block = holder.parent;
      local = uses.every((u) => within(u, d.getEnd(), block.getEnd()));
    }
    plans.set(s, local ? 'block' : 'hoisted');
  }
  return plans;
}
