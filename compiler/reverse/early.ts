/**
 * Additions into adjoint elements as soon as what they add is final. The reverse sweep of
 * `const a33 = a[15]` comes last (it reverses the first statement), so the element's addition
 * `a_b[15] += a33_b` waits at the end of the sweep, and with it every element's accumulator
 * stays live across the whole sweep: in a 4×4 determinant, 16 of them beside the 16 values and
 * 10 minors it reads. Moved up to just after the last statement that writes `a33_b`, each is
 * done with as soon as it is complete, as in a hand-written adjoint:
 *
 *   let a22_b = t24_b * b0;            let a22_b = t24_b * b0;
 *   …                                  …
 *   a22_b += t10_b * a30;              a22_b += t10_b * a30;
 *   …                                  a_b[10] += a22_b;
 *   a_b[10] += a22_b;                  …
 *
 * (measured on gl-matrix's determinant, f_vjp without zeroing adj: 40.8 → 36 ns, as fast as a
 * hand-written cofactor adjoint.) An addition `A[k] += e` (A an adjoint array, k a number or
 * a name, e an expression of names, numbers, elements and Math's functions) moves up past the
 * statements of its own block that
 *
 * - write none of the names it reads (k, e's names, the arrays e reads elements of),
 * - do not mention A (nor `adj`, which holds it under another name), except additions into
 *   other numbered elements of A (`A[3] += …` past `A[7] += …`),
 * - call nothing but Math's functions, use neither the tape nor the runtime, and neither
 *   return, throw nor break.
 *
 * The names are typed variables (TVar), told by identity: an addition that reads a name that is
 * none stays where it is, and so does one of a sum promote.ts kept in a local (`x_b_acc`).
 * Adjoint arrays are distinct arrays (jam.ts's `adjoints`), so the additions into each element
 * keep their order: the gradient is the same, bit for bit. A `// grad of:` comment left with
 * no statements under it goes.
 */
import { ADJ, type TExpr, type TStmt, type TVar, anyChild, eachExprIn, eachStmt, isRefIn, mapNested, someStmt, varsIn } from '../ir/target.js';

/** An addition moves up past at least this many statements, or stays. */
const minDistance = 8;

export function addEarly(code: readonly TStmt[], adjoints: ReadonlySet<TVar>): TStmt[] {
  const out: TStmt[] = [];
  let moved = false;
  // (each statement of code as it is in out: with its nested lists rewritten)
  const now = new Map<TStmt, TStmt>();
  for (const s0 of code) {
    const s = mapNested(s0, (body) => addEarly(body, adjoints));
    now.set(s0, s);
    const add = elementAdd(s, adjoints);
    let at = out.length;
    if (add) while (at > 0 && passable(out[at - 1]!, add)) at--;
    // (a few statements up changes nothing that stays live: left where it is)
    if (out.slice(at).filter((t) => t.k !== 'comment').length < minDistance) at = out.length;
    moved ||= at < out.length;
    out.splice(at, 0, s);
  }
  if (!moved) return out;
  // (a `// grad of:` comment whose statements all moved up goes)
  return out.filter((s, i) => s.k !== 'comment' || !emptied(s, code.map((t) => now.get(t)!), out, i));
}

/**
 * Whether the comment `c` (at `at` in `out`) headed statements in `code` (the block before
 * the moves) and heads none of them in `out`: those up to the next comment or `return`, which
 * no comment is about.
 */
function emptied(c: TStmt, code: readonly TStmt[], out: readonly TStmt[], at: number): boolean {
  const group = (list: readonly TStmt[], from: number): TStmt[] => {
    const end = list.findIndex((s, i) => i > from && (s.k === 'comment' || s.k === 'return'));
    return list.slice(from + 1, end < 0 ? list.length : end);
  };
  const before = group(code, code.indexOf(c));
  if (before.length === 0) return false;
  const after = new Set(group(out, at));
  return !before.some((s) => after.has(s));
}

interface ElementAdd {
  readonly array: TVar;
  /** The element's number when it is one. */
  readonly element?: number;
  /** The variables it reads: the index, and those of the value (arrays whose elements it reads included). */
  readonly reads: ReadonlySet<TVar>;
}

/** `A[k] += e` or `A[k] -= e` into an adjoint array, with k a number or a name and e pure. */
function elementAdd(s: TStmt, adjoints: ReadonlySet<TVar>): ElementAdd | undefined {
  if (s.k !== 'assign' || s.op === '=' || s.target.k !== 'index' || s.target.array.k !== 'name' || !s.target.array.v) return undefined;
  const array = s.target.array.v;
  const k = s.target.index;
  if (!isRefIn(s.target.array, adjoints) || (k.k !== 'num' && k.k !== 'name') || !pure(s.value)) return undefined;
  // (a sum promote.ts kept in a local while a loop ran is added right after the loop, where it is
  // final: it stays there, among the other sums of that loop)
  if (s.value.k === 'name' && s.value.v?.role === 'acc') return undefined;
  // (`adj`, which holds the adjoint arrays under other names, is no TVar: an addition reading it stays)
  const index = varsIn(k);
  const reads = index && varsIn(s.value, index);
  if (!reads || reads.has(array)) return undefined;
  return { array, ...(k.k === 'num' ? { element: k.value } : {}), reads };
}

/** Names, numbers (`Math.PI` too), arithmetic, elements of named arrays and Math's functions: nothing that writes or calls out. */
function pure(e: TExpr): boolean {
  switch (e.k) {
    case 'name': case 'num': case 'constant': case 'bin': case 'un': case 'cond': break;
    case 'index': if (e.array.k !== 'name') return false; break;
    case 'call': if (e.callee.k !== 'math') return false; break;
    default: return false;
  }
  return !anyChild(e, (c) => !pure(c));
}

/** Whether the addition `add` may move up past `t`. */
function passable(t: TStmt, add: ElementAdd): boolean {
  if (t.k === 'comment') return true;
  const other = elementAddShape(t);
  if (other && other.array === add.array) {
    // another numbered element of the same array (what it adds, pure, writes nothing add reads)
    return other.element !== undefined && add.element !== undefined && other.element !== add.element && other.pure;
  }
  if (someStmt([t], (u) => u.k === 'return' || u.k === 'throw' || u.k === 'break' || u.k === 'try')) return false;
  let ok = true;
  eachExprIn([t], (x) => {
    if (x.k === 'tape' || x.k === 'runtime' || x.k === 'new' || (x.k === 'call' && x.callee.k !== 'math')) ok = false;
    else if (x.k === 'name' && (x.v === add.array || x.v === ADJ)) ok = false;
    else if (x.k === 'update' && x.v && add.reads.has(x.v)) ok = false;
  });
  if (!ok) return false;
  eachStmt([t], (u) => {
    if (u.k === 'decl' && u.v && add.reads.has(u.v)) ok = false;
    if (u.k === 'assign') {
      const w = u.target.k === 'name' ? u.target : u.target.k === 'index' && u.target.array.k === 'name' ? u.target.array : undefined;
      if (w === undefined || (w.v && add.reads.has(w.v))) ok = false;
    }
  });
  return ok;
}

/** The array and numbered element of `A[k] op= e` (any array, any op), and whether e is pure. */
function elementAddShape(t: TStmt): { array: TVar | undefined; element?: number; pure: boolean } | undefined {
  if (t.k !== 'assign' || t.target.k !== 'index' || t.target.array.k !== 'name') return undefined;
  const k = t.target.index;
  return { array: t.target.array.v, ...(k.k === 'num' ? { element: k.value } : {}), pure: pure(t.value) };
}
