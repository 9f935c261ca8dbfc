/**
 * Loop-invariant divisions of the generated code computed once before their loop (issue 13).
 * The reverse of `i / ki` in a loop, ki set before it, is `const t4_r = 1 / ki` in every
 * iteration (rules/table.ts's one-reciprocal partial); the reverse of `i / (2 * ki)` recomputes
 * `2 * ki` and divides by it again; and a loop's reverse that recomputes a branch of its
 * forward body (an inlined helper's `switch`) recomputes such values in both. invariants.ts
 * moves the primal's own invariant values out of their loops, on the IR, where they are in the
 * loop's own block; these are made by the sweeps, or sit in a branch of the loop:
 *
 *   for (…) { …; if (c) { const t20 = 2 * ki; … const t21_r = 1 / t20; … } }
 *     →  const t20 = 2 * ki; const t21_r = 1 / t20; for (…) { …; if (c) { … } }
 *
 * Hoisted: a `const` declared in the loop (in its body or a branch of it, not in a nested
 * loop, which is done first) whose value is arithmetic (`+ - * /`, negation, `Math`'s pure
 * functions) of numbers and names the loop neither assigns nor declares, or declares by a
 * hoisted const; when it divides or calls `Math`, with the consts its value reads. Each is
 * computed as before, from the same values: the gradient is the same bit for bit, and a
 * value computed before a loop that runs no step, or for a branch not taken, changes
 * nothing (none of them throws). A name is hoisted only where every declaration of it in the
 * loop has the same value, and neither the block it moves into (outside the loop) nor the
 * blocks around mention it: it then means in the loop what it meant there. (Those are questions
 * of the names the printed code binds, asked by name; what the loop declares, assigns and
 * reads is asked of its variables (TVar), by identity, in a loop whose names are one variable
 * each (ir/target.ts oneVarPerName): no two variables of one name are hoisted into one block.)
 * For f_vjp only (after the rewrites of lower.ts): forward-over-reverse differentiates the code before it.
 */
import { type TExpr, type TStmt, type TVar, anyNested, eachExpr, exprKey, mapNested, namesIn, oneVarPerName, ownExprs, varsIn } from '../ir/target.js';

/** `code` with its loops' invariant divisions declared before them. */
export function hoistInvariantDivisions(code: readonly TStmt[]): TStmt[] {
  return hoistIn(code, new Set());
}

/** `outer`: the names the blocks around `code` declare. */
function hoistIn(code: readonly TStmt[], outer: ReadonlySet<string>): TStmt[] {
  const here = new Set([...outer, ...code.flatMap((s) => (s.k === 'decl' ? [s.name] : []))]);
  const out: TStmt[] = [];
  code.forEach((s, i) => {
    // (nested code first: a value invariant in an inner loop leaves it, then maybe the loop around)
    const inner = mapNested(s, (body) => hoistIn(body, here));
    if (inner.k !== 'for' && inner.k !== 'while' && inner.k !== 'loop') { out.push(inner); return; }
    const others = new Set<string>();
    code.forEach((t, j) => { if (j !== i) mentioned(t, others); });
    const { pre, loop } = hoisted(inner, (n) => !outer.has(n) && !others.has(n));
    // (before the comments that head the loop, `// grad of: for (…)`: they name the loop, and its
    // source map's statement is the one after them)
    let at = out.length;
    while (at > 0 && out[at - 1]!.k === 'comment') at--;
    out.splice(at, 0, ...pre);
    out.push(loop);
  });
  return out;
}

/** The names a statement mentions, nested ones included (declared, read or assigned). */
export function mentioned(s: TStmt, into: Set<string>): void {
  if (s.k === 'decl') into.add(s.name);
  for (const e of ownExprs(s)) namesIn(e, into);
  if (s.k === 'for') mentioned(s.init, into);
  anyNested(s, (body) => { for (const t of body) mentioned(t, into); return false; });
}

type Loop = TStmt & { k: 'for' | 'while' | 'loop' };

function hoisted(loop: Loop, free: (name: string) => boolean): { pre: TStmt[]; loop: TStmt } {
  if (!oneVarPerName([loop])) return { pre: [], loop };
  // what the loop declares (each variable's declarations) and assigns, at any depth
  const decls = new Map<TVar, (TStmt & { k: 'decl' })[]>();
  const assigned = new Set<TVar>();
  const inNested = new Set<TVar>();
  const visit = (s: TStmt, nested: boolean) => {
    if (s.k === 'decl') {
      decls.set(s.v!, [...(decls.get(s.v!) ?? []), s]);
      if (nested) inNested.add(s.v!);
    }
    if (s.k === 'assign') rootVars(s.target, assigned);
    for (const e of ownExprs(s)) updated(e, assigned);
    if (s.k === 'for') visit(s.init, nested);
    const deeper = nested || s.k === 'for' || s.k === 'while' || s.k === 'loop';
    anyNested(s, (body) => { for (const t of body) visit(t, deeper); return false; });
  };
  if (loop.k === 'for') visit(loop.init, true);
  for (const e of ownExprs(loop)) updated(e, assigned);
  for (const s of loop.body) visit(s, false);
  // the variables whose every declaration is one const, of one value, pure arithmetic
  const candidates = new Map<TVar, TExpr>();
  for (const [n, ds] of decls) {
    const init = ds[0]!.init;
    if (!init || inNested.has(n) || assigned.has(n) || !free(n.name) || !pure(init)) continue;
    const key = exprKey(init);
    if (ds.every((d) => d.kind === 'const' && d.init !== undefined && exprKey(d.init) === key)) candidates.set(n, init);
  }
  // invariant: reads only variables the loop does not declare or assign, or invariant candidates
  const invariant = new Map<TVar, TExpr>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [n, init] of candidates) {
      if (invariant.has(n)) continue;
      if ([...varsIn(init)!].every((m) => invariant.has(m) || (!decls.has(m) && !assigned.has(m)))) { invariant.set(n, init); changed = true; }
    }
  }
  // hoisted: the costly ones, and the invariant consts they read
  const chosen = new Set<TVar>();
  const choose = (n: TVar) => {
    if (chosen.has(n)) return;
    chosen.add(n);
    for (const m of varsIn(invariant.get(n)!)!) if (invariant.has(m)) choose(m);
  };
  for (const [n, init] of invariant) if (costly(init)) choose(n);
  if (chosen.size === 0) return { pre: [], loop };
  // (in the order found: each after the consts it reads)
  const pre = [...invariant.keys()].filter((n) => chosen.has(n)).map((n) => decls.get(n)![0]!);
  const without = (body: readonly TStmt[]): TStmt[] => body.filter((s) => !(s.k === 'decl' && chosen.has(s.v!))).map((s) => (
    s.k === 'for' || s.k === 'while' || s.k === 'loop' ? s : mapNested(s, without)));
  return { pre, loop: { ...loop, body: without(loop.body) } };
}

const pureMath = new Set(['sqrt', 'cbrt', 'exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2',
  'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'pow', 'hypot', 'abs', 'sign', 'floor', 'ceil', 'round', 'trunc', 'min', 'max']);

/** Arithmetic of numbers and names: no read of memory, no call but Math's pure functions, nothing assigned. */
export function pure(e: TExpr): boolean {
  switch (e.k) {
    case 'num': case 'constant': case 'name': return true;
    case 'bin': return (e.op === '+' || e.op === '-' || e.op === '*' || e.op === '/') && pure(e.l) && pure(e.r);
    case 'un': return e.op === '-' && pure(e.e);
    case 'call': return e.callee.k === 'math' && pureMath.has(e.callee.fn) && e.args.every(pure);
    default: return false;
  }
}

/** Worth computing once: a division or a call of Math's. */
function costly(e: TExpr): boolean {
  switch (e.k) {
    case 'bin': return e.op === '/' || costly(e.l) || costly(e.r);
    case 'un': return costly(e.e);
    case 'call': return true;
    default: return false;
  }
}

/** The variable an assignment's target names (`x`, or the array or object of `x[i]`, `o.k`: conservatively). */
function rootVars(e: TExpr, into: Set<TVar>): void {
  if (e.k === 'name') into.add(e.v!);
  else if (e.k === 'index') rootVars(e.array, into);
  else if (e.k === 'member') rootVars(e.object, into);
}

/** The variables `i++`, `--top` and the like step, anywhere in `e`. */
function updated(e: TExpr, into: Set<TVar>): void {
  eachExpr(e, (x) => { if (x.k === 'update') into.add(x.v!); });
}
