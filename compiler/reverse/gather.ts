/**
 * Adjoints summed where they are read. The reverse sweep of straight-line code passes each
 * statement's adjoint on as it reaches it, so a variable read in several places gets its
 * adjoint in pieces, scattered over the sweep:
 *
 *   let a22_b = t24_b * b0;       // grad of: var b8 = … + a22 * b0
 *   …
 *   a22_b += t12_b * a31;         // grad of: var b5 = a21 * a32 - a22 * a31
 *   …
 *   a22_b -= b4_b * a30;          // grad of: var b4 = a20 * a32 - a22 * a30
 *   a_b[10] += a22_b;
 *
 * Where every piece is an expression of values that do not change until the adjoint is read,
 * this pass writes it as one sum there, as an adjoint is written by hand:
 *
 *   const a22_b = t24_b * b0 + t12_b * a31 - b4_b * a30;
 *   a_b[10] += a22_b;
 *
 * The same additions in the same order (bit for bit the same value), but no value kept live
 * across the sweep for it: in gl-matrix's 4×4 determinant (bench corpus case), V8's code for the
 * scattered form took 10-15% longer than the summed one, which runs as fast as the hand-written
 * adjoint (bench/hand/corpus_adjoints.ts). A piece is moved only when it is arithmetic of
 * variables and constants (no element read, no call but Math's, nothing that writes), none of
 * whose variables is assigned or declared again between it and the read; the adjoint is then
 * read, never assigned, from there on. Otherwise the code stays as it is.
 */
import { type TExpr, type TStmt, anyChild, anyNested, anyOwnExpr, declare, mapNested, namesIn } from '../ir/target.js';
import { dropHeadless } from '../ir/unread.js';
import { mentioned, pure } from './hoist.js';

/** `code` with the adjoints of each statement list summed where they are read (see above). */
export function gatherAdjoints(code: readonly TStmt[]): TStmt[] {
  const nested = code.map((s) => mapNested(s, gatherAdjoints));
  const gathered = gatherList(nested);
  return gathered === nested ? nested : [...dropHeadless(gathered)];
}

interface Piece { readonly at: number; readonly op: '+' | '-'; readonly e: TExpr }

function gatherList(list: readonly TStmt[]): readonly TStmt[] {
  const moves: { pieces: Piece[]; read: number; s: TStmt & { k: 'decl' } }[] = [];
  list.forEach((s, i) => {
    if (s.k !== 'decl' || s.kind !== 'let' || !s.init || s.v?.role !== 'adjoint' || (s.type !== undefined && s.type !== 'number')) return;
    // (not one that starts at zero, `let x_b = 0`: summed from its first piece it could end
    // −0 where it was 0; nor one whose start is not arithmetic)
    if (s.init.k === 'num' || !pure(s.init)) return;
    const pieces: Piece[] = [{ at: i, op: '+', e: s.init }];
    let read = -1;
    for (let j = i + 1; j < list.length; j++) {
      const t = list[j]!;
      if (t.k === 'assign' && (t.op === '+=' || t.op === '-=') && t.target.k === 'name' && t.target.name === s.name && !mentions(t.value, s.name)) {
        if (!pure(t.value)) return;
        pieces.push({ at: j, op: t.op === '+=' ? '+' : '-', e: t.value });
        continue;
      }
      const names = new Set<string>();
      mentioned(t, names);
      if (names.has(s.name)) { read = j; break; }
    }
    // (never read after: left as it is; one piece alone is where it was made)
    if (read < 0 || pieces.length < 2) return;
    // (read, never assigned, from there on)
    if (list.slice(read).some((t) => assigns(t, s.name))) return;
    for (const p of pieces) {
      const names = namesIn(p.e);
      if (list.slice(p.at + 1, read).some((t, k) => !pieces.some((q) => q.at === p.at + 1 + k) && [...names].some((n) => assigns(t, n)))) return;
    }
    moves.push({ pieces, read, s });
  });
  if (moves.length === 0) return list;
  const dropped = new Set(moves.flatMap((m) => m.pieces.map((p) => p.at)));
  const before = new Map<number, TStmt[]>();
  for (const m of moves) {
    // (as the additions were: left to right, nothing folded, bit for bit)
    const sum = m.pieces.slice(1).reduce<TExpr>((acc, p) => ({ k: 'bin', op: p.op, l: acc, r: p.e }), m.pieces[0]!.e);
    // (mapped as the statement that reads it: the sum is that statement's adjoint, and a `// grad
    // of:` line before it keeps heading code of its own source statement)
    const at = list[m.read]!.loc;
    const made = { ...declare('const', m.s.v!, sum, m.s.type), ...(at ? { loc: at } : {}) } as TStmt;
    before.set(m.read, [...(before.get(m.read) ?? []), made]);
  }
  const out: TStmt[] = [];
  list.forEach((s, i) => {
    out.push(...(before.get(i) ?? []));
    if (!dropped.has(i)) out.push(s);
  });
  return out;
}


/** Whether `e` reads or updates the name `n`. */
function mentions(e: TExpr, n: string): boolean {
  const go = (x: TExpr): boolean => ((x.k === 'name' || x.k === 'update') && x.name === n) || anyChild(x, go);
  return go(e);
}


/** Whether `s`, or a statement nested in it, assigns, updates or declares the name `n`. */
function assigns(s: TStmt, n: string): boolean {
  if (s.k === 'decl' && s.name === n) return true;
  if (s.k === 'try' && s.param.name === n) return true;
  if (s.k === 'assign' && s.target.k === 'name' && s.target.name === n) return true;
  const updates = (x: TExpr): boolean => (x.k === 'update' && x.name === n) || anyChild(x, updates);
  return anyOwnExpr(s, updates) || anyNested(s, (b) => b.some((t) => assigns(t, n)));
}

