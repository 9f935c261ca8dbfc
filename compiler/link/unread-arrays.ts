/**
 * Array parameters whose elements a function never reads, through any call (Param.elementsUnread;
 * its callers' Callee.params say `elementsUnread`): an output a recursive helper only writes,
 * window by window (`out[lo] = x[lo] * x[lo]`, then `squaresInto(x, lo, mid, out)` and
 * `squaresInto(x, mid, hi, out)`). Its reverse sweep reads nothing of them either: what it
 * reads of an array it recomputes from the forward sweep's loads, or hands to a callee's
 * reverse. So a call that writes such an array needs no save of it (TBR, analyze/tbr.ts,
 * through analyze/reverse-reads.ts), and the split `g_fwd` pushes none of it at its end
 * (reverse/split.ts): the whole array saved per call made the cost quadratic (trial33 finding 3).
 * Those it writes are among its pure outputs (Func.pureOutputs): its vjp leaves them written.
 *
 * frontend/calls.ts's readParams says the same from the source, but takes a recursive call as
 * reading every parameter; this is an optimistic fixpoint over the linked IR, as
 * constant-params.ts's: every array parameter of every function is assumed unread, and a
 * function drops those its body reads until nothing changes. A read is any use of the
 * parameter but as the array a store or a fill writes, or as an argument of a call whose
 * callee's vjp tsgrad generates and whose parameter is (still) assumed unread; a registered
 * vjp or a runtime kernel reads everything it is passed. A function with a `@checkpoint` loop
 * (whose reverse runs the loop again from snapshots), a parameter rebound, pushed to, or of a
 * function with no body, keeps the default.
 */
import { resolve } from 'node:path';
import { type Func, type Stmt, isArrayType } from '../ir/types.js';
import { mapBlock, reads, statements } from '../ir/walk.js';
import { type Module, key } from './modules.js';

export function markUnreadArrays(modules: ReadonlyMap<string, Module>): void {
  const funcOf = (s: Stmt & { kind: 'call' }) => (s.callee.vjp === 'generated' ? modules.get(resolve(s.callee.file))?.funcs.get(s.callee.name) : undefined);
  const unread = new Map<Func, Set<number>>();
  for (const m of modules.values()) {
    for (const fn of m.funcs.values()) {
      const checkpointed = [...statements(fn.body)].some((s) => s.kind === 'for' && s.checkpoint);
      unread.set(fn, new Set(fn.params.flatMap((p, i) => (isArrayType(p.v.type) && !p.v.mutable && !checkpointed && !fn.absent ? [i] : []))));
    }
  }
  const all = [...unread.keys()];
  for (let changed = true; changed;) {
    changed = false;
    for (const fn of all) {
      const mine = unread.get(fn)!;
      if (mine.size === 0) continue;
      const read = readArrays(fn, (s, j) => { const g = funcOf(s); return !!g && !!unread.get(g)?.has(j); });
      for (const i of [...mine]) if (read.has(fn.params[i]!.v)) { mine.delete(i); changed = true; }
    }
  }
  const unreadOf = new Map<string, ReadonlySet<number>>();
  for (const m of modules.values()) for (const [name, fn] of m.funcs) unreadOf.set(key(m.file, name), unread.get(fn)!);
  for (const m of modules.values()) {
    for (const [name, fn] of m.funcs) {
      const body = mapBlock(fn.body, (s) => {
        if (s.kind !== 'call' || s.callee.vjp !== 'generated') return s;
        const none = unreadOf.get(key(s.callee.file, s.callee.name));
        if (!none || none.size === 0) return s;
        return { ...s, callee: { ...s.callee, params: s.callee.params.map((p, i) => (none.has(i) ? { ...p, elementsUnread: true as const } : p)) } };
      });
      const mine = unread.get(fn)!;
      const params = mine.size === 0 ? fn.params : fn.params.map((p, i) => (mine.has(i) ? { ...p, elementsUnread: true as const } : p));
      // (and the arrays it writes and never reads are its pure outputs, which frontend/calls.ts's
      // readParams, taking a recursive call as reading everything, leaves out)
      const unreadVars = new Set(params.flatMap((p) => (p.elementsUnread ? [p.v] : [])));
      const more = fn.writes.filter((v) => unreadVars.has(v) && !fn.pureOutputs.includes(v));
      const pureOutputs = more.length === 0 ? fn.pureOutputs : fn.writes.filter((v) => fn.pureOutputs.includes(v) || unreadVars.has(v));
      if (body !== fn.body || params !== fn.params) m.funcs.set(name, { ...fn, body, params, pureOutputs });
    }
  }
}

/** The variables `fn`'s body reads other than as an array written (a store's, a fill's) or passed where `unreadArg` says the callee does not read it. */
function readArrays(fn: Func, unreadArg: (s: Stmt & { kind: 'call' }, j: number) => boolean): Set<unknown> {
  const out = new Set<unknown>();
  for (const s of statements(fn.body)) {
    if (s.kind === 'store' || s.kind === 'fill') {
      for (const a of s.kind === 'store' ? [s.index, s.value] : [s.value]) if (a.kind === 'var') out.add(a.v);
    } else if (s.kind === 'call') {
      s.args.forEach((a, j) => {
        if (a.kind !== 'var') return;
        if (!isArrayType(a.v.type) || !unreadArg(s, j)) out.add(a.v);
      });
      for (const w of s.windows ?? []) for (const a of w ? [w.offset, w.length] : []) if (a.kind === 'var') out.add(a.v);
    } else if (s.kind === 'push') {
      // (its reverse pops the array back)
      out.add(s.array);
      if (s.value.kind === 'var') out.add(s.value.v);
    } else if (s.kind === 'eq' && s.prim === 'length') {
      // (an array's length is none of its elements)
    } else for (const v of reads(s)) out.add(v);
  }
  return out;
}
