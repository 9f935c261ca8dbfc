/**
 * After inlining: flags and strings whose value is known where they are read.
 *
 * A helper's boolean or string parameter with a default (`twice = false`, `mode = 'l2'`), one
 * the helper reassigns (`if (strict == null) strict = v > 0`), or `on ?? true`, becomes a
 * variable of the caller that the inlined code assigns (`let twice_damp = false; twice_damp =
 * true;`). Where the value assigned is a constant or a variable that is never reassigned (the
 * caller's own flag), the reads that only that assignment reaches get the value itself: a
 * branch on it is then decided at compile time (foldConstants keeps the branch taken), and the
 * variable, read nowhere, loses its assignments. What the generated code keeps is what the call
 * computes: `damp(x + y, false, true)` is `(x + y) * (x + y)`, not a flag set twice and tested.
 *
 * A value reaches a read in the same straight line of code (the read after the assignment, in
 * its block or a block nested there, or after an `if` both of whose branches leave it the same);
 * a branch that assigns it another value, and a loop that assigns it anywhere, end what is known
 * of it (before the loop too: the next iteration sees the loop's assignment).
 */
import type { Atom, Block, Stmt, Var } from './types.js';
import { isLoop, mapBlock, mapStmt, reads, statements, writes } from './walk.js';

/** `block` with reads of `created`'s flags and strings replaced where their value is known; `undefined` when none is. */
export function propagateKnownFlags(block: Block, created: ReadonlySet<Var>): Stmt[] | undefined {
  const tracked = (v: Var): boolean => created.has(v) && v.mutable && (v.type === 'bool' || v.type === 'str');
  if (![...created].some(tracked)) return undefined;
  let replaced = false;
  const forget = (s: Stmt, known: Map<Var, Atom>): void => {
    for (const v of writes(s)) known.delete(v);
  };
  const sameAtom = (a: Atom, b: Atom): boolean =>
    a.kind === 'var' ? b.kind === 'var' && a.v === b.v : b.kind === 'const' && Object.is(a.value, b.value) && a.named?.name === b.named?.name;
  const go = (b: Block, known: Map<Var, Atom>): Stmt[] => {
    const out: Stmt[] = [];
    const atom = (a: Atom): Atom => {
      const k = a.kind === 'var' ? known.get(a.v) : undefined;
      if (!k) return a;
      replaced = true;
      return k;
    };
    for (const s of b) {
      if (s.kind === 'assign' && tracked(s.target)) {
        const value = atom(s.value);
        out.push(value === s.value ? s : { ...s, value });
        // (a constant, or a variable whose value cannot change before the read)
        if (value.kind === 'const' || !value.v.mutable) known.set(s.target, value);
        else known.delete(s.target);
        continue;
      }
      // (a loop's own assignments are unknown in all of it: the next iteration reads them)
      if (isLoop(s)) forget(s, known);
      // (after an `if`, what both branches leave the same: `if (v > 1) mode = 'cos'` of mode 'cos')
      const after: Map<Var, Atom>[] = [];
      out.push(mapStmt(s, {
        atom,
        block: (inner) => {
          const mine = new Map(known);
          after.push(mine);
          return go(inner, mine);
        },
      }));
      const [then, otherwise] = after;
      for (const v of writes(s)) {
        const a = then?.get(v);
        const b = otherwise?.get(v);
        if (s.kind === 'if' && a && b && sameAtom(a, b)) known.set(v, a);
        else known.delete(v);
      }
    }
    return out;
  };
  const out = go(block, new Map());
  return replaced ? out : undefined;
}

/**
 * `block` without the assignments of `created`'s flags and strings that nothing reads, then the
 * `if`s left with nothing in either branch, and the conditions they tested, until none is left.
 */
export function dropUnreadFlagCopies(block: Block, created: ReadonlySet<Var>): Block {
  for (;;) {
    const read = new Set<Var>();
    for (const s of statements(block)) for (const v of reads(s)) read.add(v);
    const flag = (v: Var): boolean => created.has(v) && (v.type === 'bool' || v.type === 'str') && !read.has(v);
    const next = mapBlock(block, (s) =>
      (s.kind === 'assign' && s.target.mutable && flag(s.target)) ||
      (s.kind === 'eq' && !s.out.mutable && flag(s.out)) ||
      (s.kind === 'if' && s.then.length === 0 && s.else.length === 0) ? [] : s);
    if (next === block) return block;
    block = next;
  }
}
