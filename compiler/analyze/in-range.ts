/**
 * Stores whose index is surely within the array's length. JavaScript drops a store past the end
 * of a typed array (`out[i] = x * i` with `i === out.length`), so the element's adjoint there is
 * no adjoint at all: the reverse sweep reads it as `out_b[i] ?? 0` (trial25 oob: it read
 * `undefined` and made an unrelated derivative NaN), except where this says the index is in range,
 * which is the usual loop: `for (let i = 0; i < a.length; i++) a[i] = …` (or counting down
 * from `a.length - 1` to 0), and a constant index into an array allocated with a constant length.
 */
import type { Atom, Block, Func, Stmt, Var } from '../ir/types.js';
import { blocksOf, statements } from '../ir/walk.js';

export function storesInRange(fn: Func): ReadonlySet<Stmt> {
  const defs = new Map<Var, Stmt>();
  const resized = new Set<Var>();
  const fixedLength = new Map<Var, number>();
  const allocs = new Map<Var, Stmt & { kind: 'alloc' }>();
  const allocCount = new Map<Var, number>();
  for (const s of statements(fn.body)) {
    if (s.kind === 'eq' && !s.out.mutable) defs.set(s.out, s);
    if (s.kind === 'push') resized.add(s.array);
    if (s.kind === 'alloc' && !s.target.mutable) {
      allocs.set(s.target, s);
      allocCount.set(s.target, (allocCount.get(s.target) ?? 0) + 1);
      if (s.length.kind === 'const' && typeof s.length.value === 'number') fixedLength.set(s.target, s.length.value);
    }
  }
  // (a variable defined once by `copy` is what it copies)
  const root = (a: Atom): Atom => {
    for (let i = 0; i < 50 && a.kind === 'var'; i++) {
      const d = defs.get(a.v);
      if (!(d?.kind === 'eq' && d.prim === 'copy')) break;
      a = d.args[0]!;
    }
    return a;
  };
  const constant = (a: Atom): number | undefined => {
    const r = root(a);
    return r.kind === 'const' && typeof r.value === 'number' ? r.value : undefined;
  };
  /** What a length is, as a key: `len a` for `a.length`, else the variable or the constant. */
  const key = (a: Atom): string | undefined => {
    const r = root(a);
    if (r.kind === 'const') return typeof r.value === 'number' ? `${r.value}` : undefined;
    if (r.v.mutable) return undefined;
    const d = defs.get(r.v);
    return d?.kind === 'eq' && d.prim === 'length' && d.args[0]?.kind === 'var' && !d.args[0].v.mutable && !resized.has(d.args[0].v) ? `len ${d.args[0].v.name}` : `var ${r.v.name}`;
  };
  /** Whether `a` is `array.length` (its length never changes: no push, never rebound), or the length it was allocated with. */
  const isLength = (a: Atom, array: Var): boolean => {
    const k = key(a);
    if (k === undefined) return false;
    if (k === `len ${array.name}`) return true;
    const alloc = allocs.get(array);
    return alloc !== undefined && allocCount.get(array) === 1 && key(alloc.length) === k;
  };
  /** Whether `a` is `array.length - c` with c ≥ 1. */
  const isLengthLess = (a: Atom, array: Var): boolean => {
    const r = root(a);
    if (r.kind !== 'var') return false;
    const d = defs.get(r.v);
    if (d?.kind !== 'eq' || d.prim !== 'sub') return false;
    const c = constant(d.args[1]!);
    return isLength(d.args[0]!, array) && c !== undefined && Number.isInteger(c) && c >= 1;
  };
  /** Whether the loop's index stays in [0, array.length). */
  const covers = (loop: Stmt & { kind: 'for' }, array: Var): boolean => {
    const from = constant(loop.from);
    const to = constant(loop.to);
    const length = fixedLength.get(array);
    if (loop.step > 0) {
      if (from === undefined || !Number.isInteger(from) || from < 0 || loop.inclusive) return false;
      return isLength(loop.to, array) || (to !== undefined && length !== undefined && to <= length);
    }
    // counting down: from a.length - c (c ≥ 1) or a constant below a fixed length, to at least 0
    if (to === undefined || (loop.inclusive ? to < 0 : to < -1)) return false;
    const start = constant(loop.from);
    return isLengthLess(loop.from, array) || (start !== undefined && length !== undefined && Number.isInteger(start) && start < length);
  };

  const inRange = new Set<Stmt>();
  const visit = (block: Block, loops: readonly (Stmt & { kind: 'for' })[]): void => {
    for (const s of block) {
      if (s.kind === 'store' && !s.array.mutable && !resized.has(s.array)) {
        const c = constant(s.index);
        const length = fixedLength.get(s.array);
        const i = s.index;
        const loop = i.kind === 'var' ? loops.find((l) => l.index === i.v) : undefined;
        if ((c !== undefined && length !== undefined && Number.isInteger(c) && c >= 0 && c < length) || (loop && covers(loop, s.array))) inRange.add(s);
      }
      for (const b of blocksOf(s)) visit(b, s.kind === 'for' ? [...loops, s] : loops);
    }
  };
  visit(fn.body, []);
  return inRange;
}
