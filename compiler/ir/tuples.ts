/**
 * Scalar replacement of small literal arrays: an array made from a literal (`[om, -k *
 * Math.sin(th)]`, a helper's tuple once inlined into its caller) that is only ever read at
 * constant indices, under its own name or a constant copy of it, is its elements: each element is
 * copied into a number variable where the literal was, and each read of it becomes that variable.
 *
 * Without it the generated code builds the array and a zeroed adjoint array at every call and
 * tapes both references: trial29's `const [da, db] = rhs(th, om, k)` in an Euler loop cost 3-5x
 * the function where the same helper returning `{ a, b }` cost 1.5x.
 *
 * An array that is written, passed on, returned, indexed by a variable, rebound or mutable is left
 * as it is; so is a Float32Array literal (its elements are rounded on the way in).
 */
import type { Atom, Block, Func, Stmt, Var } from './types.js';
import { mapBlock, reads, statements } from './walk.js';

export function scalarTuples(fn: Func): Func {
  const literal = new Map<Var, readonly Atom[]>();
  for (const s of statements(fn.body)) {
    if (s.kind === 'alloc' && s.elements && (s.ctor === 'Array' || s.ctor === 'Float64Array') && s.target.kind !== 'param' && !s.target.mutable &&
      s.length.kind === 'const' && s.length.value === s.elements.length) literal.set(s.target, s.elements);
  }
  if (literal.size === 0) return fn;
  // constant copies of them (`const t1 = made`), by the literal they hold
  const root = new Map<Var, Var>([...literal.keys()].map((v) => [v, v]));
  for (const s of statements(fn.body)) {
    if (s.kind === 'eq' && s.prim === 'copy' && !s.out.mutable && s.args[0]?.kind === 'var' && root.has(s.args[0].v)) root.set(s.out, root.get(s.args[0].v)!);
  }
  const spoiled = new Set<Var>();
  const spoil = (v: Var) => { const r = root.get(v); if (r) spoiled.add(r); };
  const constIndex = (a: Atom | undefined, n: number) => a?.kind === 'const' && typeof a.value === 'number' && Number.isInteger(a.value) && a.value >= 0 && a.value < n;
  for (const s of statements(fn.body)) {
    // a read of the array that is not a constant-index load, a copy or its length
    const allowed = s.kind === 'eq' && (s.prim === 'copy' && root.has(s.out) || s.prim === 'length' ||
      (s.prim === 'load' && s.args[0]?.kind === 'var' && root.has(s.args[0].v) && constIndex(s.args[1], literal.get(root.get(s.args[0].v)!)!.length)));
    if (!allowed) for (const v of reads(s)) spoil(v);
    // every write but its own making
    if (s.kind === 'store' || s.kind === 'fill' || s.kind === 'push') spoil(s.array);
    if (s.kind === 'assign') spoil(s.target);
    if (s.kind === 'call' && s.out) spoil(s.out);
    if (s.kind === 'alloc' && literal.get(s.target) !== s.elements) spoil(s.target);
  }
  if (fn.result?.kind === 'var') spoil(fn.result.v);
  const kept = new Map([...literal].filter(([v]) => !spoiled.has(v)));
  if (kept.size === 0) return fn;
  const vars = [...fn.vars];
  const scalars = new Map<Var, Var[]>();
  for (const [v, elements] of kept) {
    scalars.set(v, elements.map((_, i) => {
      const e: Var = { name: fn.names.fresh(`${v.name}_${i}`, true), type: 'f64', kind: 'temp', mutable: false };
      vars.push(e);
      return e;
    }));
  }
  const of = (a: Atom | undefined): Var[] | undefined => (a?.kind === 'var' && root.has(a.v) ? scalars.get(root.get(a.v)!) : undefined);
  const body: Block = mapBlock(fn.body, (s): Stmt | Stmt[] => {
    if (s.kind === 'alloc' && scalars.has(s.target)) {
      return s.elements!.map((a, i): Stmt => ({ kind: 'eq', out: scalars.get(s.target)![i]!, prim: 'copy', args: [a], loc: s.loc }));
    }
    if (s.kind !== 'eq') return s;
    const parts = of(s.args[0]);
    if (!parts) return s;
    if (s.prim === 'copy') return [];
    if (s.prim === 'length') return { ...s, prim: 'copy', args: [{ kind: 'const', value: parts.length }] };
    return { ...s, prim: 'copy', args: [{ kind: 'var', v: parts[(s.args[1] as { value: number }).value]! }] };
  });
  const gone = new Set([...root].filter(([, r]) => kept.has(r)).map(([v]) => v));
  return { ...fn, body, vars: vars.filter((v) => !gone.has(v)) };
}
