/**
 * Common subexpressions: an equation that computes what an equation before it on every path
 * already computed (the same primitive of the same operands, none of them reassigned) reads
 * that value instead of computing it again.
 *
 * Inlining makes these: a helper returning an object of numbers is inlined once per number the
 * caller reads (frontend/calls.ts projection), each copy recomputing the helper's shared
 * intermediates, and helpers called side by side each compute `Math.cos(phi)` of the same
 * argument. suncalc's `sunCoords` computed its five sines and cosines twice per call, and the
 * reverse sweep taped and reversed both copies.
 *
 * A temporary computed again disappears (its readers read the first); a variable the source
 * names becomes a copy of the first, so the generated code keeps its name. Run once callees are
 * inlined and constants propagated (link/modules.ts), so that every mode sees the same body.
 *
 * Siblings: `s = sin x` whose partial is `cos x`, where `c = cos x` is computed before it, has
 * Eq.sibling c, and its reverse reads c instead of calling Math.cos again (suncalc's sunCoords
 * computes both of five angles; its reverse sweep called Math.sin or Math.cos 12 times a step).
 */
import type { Atom, Block, Func, Stmt, Var } from './types.js';
import { mapBlock, mapStmt, reads, statements } from './walk.js';
import type { Prim } from '../rules/prims.js';
import { rules } from '../rules/table.js';

/**
 * Primitives whose value depends on their operands only: not what an array, an object or the
 * runtime holds when they run (an element, a length that `push` changes, a property).
 */
const stateful: ReadonlySet<Prim> = new Set<Prim>(['load', 'length', 'lookup', 'field', 'held', 'argsort']);

/** `fn` with each equation computed again replaced by the first one's value (see above). */
export function commonSubexpressions(fn: Func): Func {
  const defs = new Map<Var, number>();
  for (const s of statements(fn.body)) mapStmt(s, { bound: (v) => { defs.set(v, (defs.get(v) ?? 0) + 1); return v; } });
  // (a value that cannot change once computed: assigned once, never overwritten)
  const fixed = (v: Var): boolean => !v.mutable && !v.undefinable && (defs.get(v) ?? 0) <= 1;
  // (tsc narrows a value tested with === against a literal, then rejects testing it against
  // another (TS2367): a value so tested keeps its own computation, as the builder's does)
  const tested = new Set<Var>();
  for (const s of statements(fn.body)) {
    if (s.kind === 'eq' && (s.prim === 'eq' || s.prim === 'ne') && s.args.some((a) => a.kind === 'const')) {
      for (const a of s.args) if (a.kind === 'var') tested.add(a.v);
    }
  }
  // what a repeated equation's output reads instead
  const same = new Map<Var, Var>();
  const canonical = (v: Var): Var => same.get(v) ?? v;
  // (a variable in a key by a number of its own: two variables of one name are two operands)
  const ids = new Map<Var, number>();
  const idOf = (v: Var): number => { let id = ids.get(v); if (id === undefined) ids.set(v, id = ids.size); return id; };
  const keyOf = (a: Atom): string | undefined => {
    if (a.kind === 'var') return fixed(a.v) ? `v:${idOf(canonical(a.v))}` : undefined;
    const value = typeof a.value === 'number' && Object.is(a.value, -0) ? '-0' : String(a.value);
    return `${typeof a.value}:${value}:${a.named ? `${a.named.object ?? ''}.${a.named.name}` : ''}`;
  };
  const repeated = new Set<Stmt>();
  const visit = (block: Block, seen: Map<string, Var>): void => {
    for (const s of block) {
      if (s.kind === 'eq' && fixed(s.out) && !stateful.has(s.prim)) {
        const args = s.args.map(keyOf);
        if (args.every((k) => k !== undefined)) {
          const key = `${s.prim}(${args.join(',')}):${s.out.type}`;
          const first = seen.get(key);
          if (first === undefined) seen.set(key, s.out);
          else if (!tested.has(s.out)) {
            same.set(s.out, first);
            repeated.add(s);
          }
        }
      }
      // (a block's equations run only when it does: a nested block sees the outer ones, not the reverse)
      if (s.kind === 'if') {
        visit(s.then, new Map(seen));
        visit(s.else, new Map(seen));
      } else if (s.kind === 'for') visit(s.body, new Map(seen));
      else if (s.kind === 'while') {
        // (not the test's equations in the body: its reverse sweep does not run them again)
        visit(s.pre, new Map(seen));
        visit(s.body, new Map(seen));
      }
    }
  };
  visit(fn.body, new Map());
  const body = repeated.size === 0 ? fn.body : merged(fn, repeated, same);
  const keyOfEq = (s: Stmt, prim: string = s.kind === 'eq' ? s.prim : ''): string | undefined => {
    if (s.kind !== 'eq' || !fixed(s.out)) return undefined;
    const args = s.args.map(keyOf);
    return args.every((k) => k !== undefined) ? `${prim}(${args.join(',')}):${s.out.type}` : undefined;
  };
  const siblingKey = (s: Stmt): string | undefined => {
    const rule = s.kind === 'eq' ? rules[s.prim] : undefined;
    return rule?.kind === 'smooth' && rule.sibling ? keyOfEq(s, rule.sibling.prim) : undefined;
  };
  // (a sibling computed before the statement on every path: the forward sweep tapes what the
  // reverse of a statement reads where that statement runs. A sibling later in the same block
  // is computed first instead: its operands are the statement's own)
  const siblings = (block: Block, outer: ReadonlyMap<string, Var>): Block => {
    const order = [...block];
    const known = new Set(outer.keys());
    for (let i = 0; i < order.length; i++) {
      const key = siblingKey(order[i]!);
      if (key !== undefined && !known.has(key)) {
        // (the very operands, not copies of them defined in between)
        const j = order.findIndex((t, k) => k > i && keyOfEq(t) === key && sameOperands(t, order[i]!));
        if (j > i) order.splice(i, 0, ...order.splice(j, 1));
      }
      const own = keyOfEq(order[i]!);
      if (own !== undefined) known.add(own);
    }
    const before = new Map(outer);
    return order.map((s) => {
      let t = s;
      const key = siblingKey(s);
      const other = key === undefined ? undefined : before.get(key);
      if (s.kind === 'eq' && other) t = { ...s, sibling: other };
      if (t.kind === 'if') t = { ...t, then: siblings(t.then, before), else: siblings(t.else, before) };
      else if (t.kind === 'for') t = { ...t, body: siblings(t.body, before) };
      else if (t.kind === 'while') t = { ...t, pre: siblings(t.pre, before), body: siblings(t.body, before) };
      const own = keyOfEq(s);
      if (own !== undefined && !before.has(own)) before.set(own, (s as Stmt & { kind: 'eq' }).out);
      return t;
    });
  };
  return { ...fn, body: siblings(body, new Map()) };
}

/** The body with the repeated equations read from the first (see commonSubexpressions). */
function merged(fn: Func, repeated: ReadonlySet<Stmt>, same: ReadonlyMap<Var, Var>): Block {
  const keep = fn.result?.kind === 'var' ? fn.result.v : undefined;
  const atom = (a: Atom): Atom => (a.kind === 'var' && same.has(a.v) && a.v.kind === 'temp' && a.v !== keep ? { kind: 'var', v: same.get(a.v)! } : a);
  const copied = mapBlock(fn.body, (s) => {
    const mapped = mapStmt(s, { atom });
    return repeated.has(s) && s.kind === 'eq' ? { ...s, prim: 'copy' as const, args: [{ kind: 'var' as const, v: same.get(s.out)! }] } : mapped;
  });
  // (a temporary computed again is now read by nothing, unless a statement holds it as a variable)
  const read = new Set<Var>();
  for (const s of statements(copied)) for (const v of reads(s)) read.add(v);
  if (keep) read.add(keep);
  return mapBlock(copied, (s) => (s.kind === 'eq' && s.prim === 'copy' && same.has(s.out) && s.out.kind === 'temp' && !read.has(s.out) ? [] : s));
}

/** Whether two equations read the same atoms. */
function sameOperands(a: Stmt, b: Stmt): boolean {
  if (a.kind !== 'eq' || b.kind !== 'eq' || a.args.length !== b.args.length) return false;
  return a.args.every((x, i) => {
    const y = b.args[i]!;
    return x.kind === 'var' ? y.kind === 'var' && y.v === x.v : y.kind === 'const' && Object.is(x.value, y.value) && x.named?.name === y.named?.name;
  });
}
