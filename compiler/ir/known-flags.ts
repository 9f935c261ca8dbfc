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
 * A number the inlining made a variable of (the callee's `result`, a local it reassigns in a
 * branch: stdlib's sinpi `r = sign(1, r) - r`) goes the same way where every read of it gets a
 * value: the caller reads the temporaries that computed it, and nothing is restored for it in
 * the reverse sweep. One some reads of which are not reached by a known value (an accumulator
 * of a loop) stays as it is.
 *
 * A value reaches a read in the same straight line of code (the read after the assignment, in
 * its block or a block nested there, or after an `if` both of whose branches leave it the same);
 * a branch that assigns it another value, and a loop that assigns it anywhere, end what is known
 * of it (before the loop too: the next iteration sees the loop's assignment).
 */
import { type Atom, type Block, type Stmt, type Var, isArrayType } from './types.js';
import { isLoop, mapBlock, mapStmt, reads, statements, writes } from './walk.js';

/** `block` with reads of `created`'s flags, strings and numbers replaced where their value is known; `undefined` when none is. */
/** A flag or a string (`bool`, `str`): no derivative, and what decides branches. */
const isFlag = (v: Var): boolean => v.type === 'bool' || v.type === 'str';

export function propagateKnownFlags(block: Block, created: ReadonlySet<Var>): Stmt[] | undefined {
  const scalar = (v: Var): boolean => created.has(v) && v.mutable && !isArrayType(v.type);
  if (![...created].some(scalar)) return undefined;
  // (a number only where every read of it is known, so that it goes: the callee's `result`
  // copied into the caller; not an accumulator some reads of which are known and others not)
  const missed = new Set<Var>();
  propagate(block, scalar, missed);
  return propagate(block, (v) => scalar(v) && (isFlag(v) || !missed.has(v)), new Set());
}

/** `block` with the reads of `tracked` variables replaced where their value is known (`missed`: those read where it is not). */
function propagate(block: Block, tracked: (v: Var) => boolean, missed: Set<Var>): Stmt[] | undefined {
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
      if (!k) {
        if (a.kind === 'var' && tracked(a.v)) missed.add(a.v);
        return a;
      }
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
    const unread = (v: Var): boolean => created.has(v) && !read.has(v);
    const next = mapBlock(block, (s) =>
      (s.kind === 'assign' && s.target.mutable && unread(s.target) && !isArrayType(s.target.type)) ||
      (s.kind === 'eq' && !s.out.mutable && unread(s.out) && isFlag(s.out)) ||
      (s.kind === 'if' && s.then.length === 0 && s.else.length === 0) ? [] : s);
    if (next === block) return block;
    block = next;
  }
}
