/**
 * Accumulators in registers. The reverse of `out[j] += L[c + j] * x[i]`, inside the loop over
 * j, adds into `x_b[i]` at every iteration, at an index the loop does not change. JavaScript
 * engines cannot keep that element in a register (any other typed array may alias it), so it
 * is loaded and stored each time. When nothing else in the loop mentions that array, this pass
 * sums into a local instead and adds the sum once after the loop:
 *
 *   let x_b_acc = 0;
 *   for (…) { …; x_b_acc += t15_b; … }
 *   x_b[i] += x_b_acc;
 *
 * (The additions are grouped differently, so the last bits of the adjoint may differ.)
 */
import { type TExpr, type TStmt, eachExpr, eachExprIn, eachStmt, index, mapNested, name, namesIn, num } from '../ir/target.js';
import type { Names } from '../ir/names.js';

export function promoteAccumulators(code: readonly TStmt[], names: Names): TStmt[] {
  return code.flatMap((s) => stmt(s, names));
}

function stmt(s: TStmt, names: Names): TStmt[] {
  const inner = mapNested(s, (b) => promoteAccumulators(b, names));
  return inner.k === 'for' ? promoteLoop(inner, names) : [inner];
}

type Accumulation = { array: string; index: TExpr; key: string };

function promoteLoop(loop: TStmt & { k: 'for' }, names: Names): TStmt[] {
  const changing = new Set<string>();
  if (loop.init.k === 'decl') changing.add(loop.init.name);
  declaredOrAssigned(loop.body, changing);
  // candidates: top-level `A[e] += v` / `A[e] -= v` with e not changing in the loop
  const groups = new Map<string, Accumulation & { count: number }>();
  for (const s of loop.body) {
    const acc = accumulation(s);
    if (!acc || [...namesIn(acc.index)].some((n) => changing.has(n))) continue;
    const g = groups.get(acc.array);
    if (g && g.key !== acc.key) { groups.delete(acc.array); changing.add(acc.array); continue; }
    if (!changing.has(acc.array)) groups.set(acc.array, { ...acc, count: (g?.count ?? 0) + 1 });
  }
  // the array must not appear anywhere else in the loop
  const mentions = new Map<string, number>();
  countNames(loop.body, mentions);
  const promoted = [...groups.values()].filter((g) => mentions.get(g.array) === g.count);
  if (promoted.length === 0) return [loop];
  const local = new Map(promoted.map((g) => [g.array, names.fresh(`${g.array}_acc`, true)]));
  const body = loop.body.map((s): TStmt => {
    const acc = accumulation(s);
    const n = acc && local.get(acc.array);
    return n && s.k === 'assign' ? { ...s, target: name(n) } : s;
  });
  return [
    ...promoted.map((g): TStmt => ({ k: 'decl', kind: 'let', name: local.get(g.array)!, init: num(0) })),
    { ...loop, body },
    ...promoted.map((g): TStmt => ({ k: 'assign', target: index(name(g.array), g.index), op: '+=', value: name(local.get(g.array)!) })),
  ];
}

function accumulation(s: TStmt): Accumulation | undefined {
  if (s.k !== 'assign' || s.op === '=' || s.target.k !== 'index' || s.target.array.k !== 'name') return undefined;
  return { array: s.target.array.name, index: s.target.index, key: JSON.stringify(s.target.index) };
}

/** Names declared or assigned (as a whole) anywhere in `code` (no `try` yet: stack.ts makes them, after this pass). */
function declaredOrAssigned(code: readonly TStmt[], into: Set<string>): void {
  eachStmt(code, (s) => {
    if (s.k === 'decl') into.add(s.name);
    if (s.k === 'assign' && s.target.k === 'name') into.add(s.target.name);
    if (s.k === 'assign' || s.k === 'expr' || s.k === 'decl') {
      // `i++` inside an expression
      const e = s.k === 'assign' ? s.value : s.k === 'expr' ? s.e : s.init;
      if (e) for (const n of updatedNames(e)) into.add(n);
    }
    if (s.k === 'for') for (const n of updatedNames(s.update)) into.add(n);
  }, { enter: (s) => s.k !== 'try' });
}

function updatedNames(e: TExpr): string[] {
  const out: string[] = [];
  eachExpr(e, (x) => { if (x.k === 'update') out.push(x.name); });
  return out;
}

/** How many times each name occurs in `code` (targets included; a method call's receiver, `x_b.set(…)`, too). */
function countNames(code: readonly TStmt[], into: Map<string, number>): void {
  const count = (n: string) => into.set(n, (into.get(n) ?? 0) + 1);
  eachExprIn(code, (y) => {
    if (y.k === 'name' || y.k === 'update') count(y.name);
    if (y.k === 'call') count(y.callee.split('.')[0]!);
    if (y.k === 'runtime') count(y.fn);
    if (y.k === 'tape') count('tape');
  });
}
