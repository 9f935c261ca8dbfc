/**
 * Facts of the trace about what statements write, which the reverse sweep's choices read
 * (reverse/availability.ts, reverse/snapshot.ts, analyze/reverse-reads.ts): what changes an
 * array's length, whether anything writes an array after a load, whether array variables move.
 */
import { type Func, type Stmt, type Var, isArrayType } from '../ir/types.js';
import { reads, spans, statements, writes } from '../ir/walk.js';

/** What a statement (with its nested blocks) writes, but for the elements it stores and fills. */
export function lengthWrites(s: Stmt): Set<Var> {
  const out = new Set<Var>();
  for (const t of statements([s])) {
    if (t.kind === 'store' || t.kind === 'fill' || t.kind === 'if' || t.kind === 'while') continue;
    if (t.kind === 'for') { out.add(t.index); continue; }
    if (t.kind === 'call') {
      // an array passed as a window (x.subarray(a, b)) is a typed array, whose length no
      // callee changes: a window's bounds, clamped to x.length, are recomputed after the call
      // rather than taped (fixture calls/window_kernels)
      if (t.out) out.add(t.out);
      t.writes.forEach((i) => { const a = t.args[i]; if (a?.kind === 'var' && !t.windows?.[i]) out.add(a.v); });
      continue;
    }
    for (const w of writes(t)) out.add(w);
  }
  return out;
}

/**
 * Whether no statement that may run after `load` writes `array` (or an array that may be it):
 * none after it in the function's order, none in the loops around it. An array kept by
 * snapshot is never restored, so the reverse sweep then finds in it what the load read, and
 * reloads it rather than taping it (issue 13).
 */
export function unwrittenAfter(fn: Func, load: Stmt, array: Var, aliases: ReadonlyMap<Var, ReadonlySet<Var>>,
  where: ReturnType<typeof spans> = spans(fn.body)): boolean {
  const at = where.get(load);
  if (!at) return false;
  const from = at.loops.length > 0 ? where.get(at.loops[0]!)!.start : at.start;
  const names = new Set<Var>(aliases.get(array) ?? [array]);
  // (another array variable computed from one of them, a view say, is taken to share its elements)
  for (let grew = true; grew;) {
    grew = false;
    for (const t of statements(fn.body)) {
      if (t.kind === 'eq' && isArrayType(t.out.type) && !names.has(t.out) && t.args.some((a) => a.kind === 'var' && names.has(a.v))) {
        names.add(t.out);
        grew = true;
      }
    }
  }
  for (const [t, span] of where) {
    if (span.start <= from || t.kind === 'if' || t.kind === 'for' || t.kind === 'while') continue;
    for (const w of writes(t)) if (names.has(w)) return false;
  }
  return true;
}

/** Whether array variables are rebound, or arrays allocated in nested blocks. */
export function hasDynamicArrays(fn: Func): boolean {
  if (fn.vars.some((v) => isArrayType(v.type) && v.mutable)) return true;
  return [...statements(fn.body)].some((s) => s.kind === 'alloc' && !fn.body.includes(s));
}

/**
 * The numbers a loop's body reads from before the loop: what a checkpointed loop's reverse,
 * which runs the body again from snapshots, reads besides its own code's reads.
 */
export function liveInNumbers(loop: Stmt & { kind: 'for' }): Var[] {
  const inside = writes(loop);
  const out = new Set<Var>();
  for (const t of statements(loop.body)) for (const v of reads(t)) if (!isArrayType(v.type) && !inside.has(v)) out.add(v);
  return [...out];
}

/** The array variables a loop's body reads or writes that it does not allocate itself. */
export function loopArrays(loop: Stmt & { kind: 'for' }): Var[] {
  const own = new Set([...statements(loop.body)].flatMap((t) => (t.kind === 'alloc' ? [t.target] : [])));
  const out = new Set<Var>();
  for (const t of statements(loop.body)) for (const v of [...reads(t), ...writes(t)]) if (isArrayType(v.type) && !own.has(v)) out.add(v);
  return [...out];
}
