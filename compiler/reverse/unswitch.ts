/**
 * Innermost loops unswitched on an integer counter's flag (counters.ts). A counter that is not
 * proven an integer where it is compiled is stepped under its flag in both sweeps, once per
 * iteration of the loop that steps it:
 *
 *   for (let r = t25; r < D; r++) { …; if (!idx_int) stack[top++] = idx; idx = t31; }
 *   for (let r = D - 1; r >= t25; r--) { idx = idx_int ? idx - 1 : stack[--top]; … icf[idx] … }
 *
 * The flag is set at the counter's entries, outside that loop, so it is the same in every
 * iteration; V8 does not unswitch loops itself, and the select in the reverse makes `idx` a
 * value that may come from the tape in every iteration (a float64, whose use as an index is
 * converted and checked again per element). Here a loop that tests a flag and does not assign
 * it is written twice, under `if (flag)`, each copy with the flag's value folded:
 *
 *   if (idx_int) for (…) { idx = idx - 1; … } else for (…) { idx = stack[--top]; … }
 *
 * Only loops without loops inside and of at most `maxSize` statements are copied (the code
 * doubles). The copies compute what the loop computed, in the same order.
 */
import { type TExpr, type TStmt, type TVar, eachExprIn, isRef, mapExpr, mapNested, mapStmt, ref, someStmt, statementCount } from '../ir/target.js';

/** A loop is copied if its body has at most this many statements (nested ones counted). */
const maxSize = 40;

/** `code` with each innermost loop that tests one of `flags` (and does not assign it) unswitched on it. */
export function unswitchFlags(code: readonly TStmt[], flags: ReadonlySet<TVar>): TStmt[] {
  if (flags.size === 0) return [...code];
  return code.map((s) => unswitched(s, flags));
}

function unswitched(s: TStmt, flags: ReadonlySet<TVar>): TStmt {
  if (s.k !== 'for') return mapNested(s, (body) => unswitchFlags(body, flags));
  if (someStmt(s.body, isLoop)) return { ...s, body: unswitchFlags(s.body, flags) };
  const flag = [...flags].find((f) => tests(s.body, f) && !assigns(s, f));
  if (flag === undefined || statementCount(s.body) > maxSize) return s;
  const copy = (value: boolean): TStmt => ({ ...s, body: fold(s.body, flag, value) });
  return { k: 'if', test: ref(flag), then: [copy(true)], else: [copy(false)], ...(s.loc ? { loc: s.loc } : {}) };
}

const isLoop = (s: TStmt) => s.k === 'for' || s.k === 'while' || s.k === 'loop';

/** `flag` or `!flag`. */
const isFlag = (e: TExpr, flag: TVar) => isRef(e, flag) || (e.k === 'un' && e.op === '!' && isRef(e.e, flag));

/** Whether a statement of `code` tests `flag`: `flag ? a : b`, `if (flag)`, `if (!flag)`. */
function tests(code: readonly TStmt[], flag: TVar): boolean {
  let found = someStmt(code, (s) => s.k === 'if' && isFlag(s.test, flag));
  eachExprIn(code, (x) => { if (x.k === 'cond' && isFlag(x.test, flag)) found = true; });
  return found;
}

/** Whether the loop (its init or body) assigns or declares `flag` (a boolean: never a loop's update, `i++`). */
function assigns(loop: TStmt & { k: 'for' }, flag: TVar): boolean {
  return someStmt([loop], (s) => (s.k === 'assign' && isRef(s.target, flag)) || (s.k === 'decl' && s.v === flag));
}

/** `code` with `flag` taken as `value` where it is tested: selects and ifs on it folded. */
function fold(code: readonly TStmt[], flag: TVar, value: boolean): TStmt[] {
  const truth = (e: TExpr): boolean | undefined => (isFlag(e, flag) ? (e.k === 'name') === value : undefined);
  const expr = (e: TExpr) => mapExpr(e, (x) => {
    if (x.k !== 'cond') return x;
    const t = truth(x.test);
    return t === undefined ? x : t ? x.then : x.else;
  });
  const out: TStmt[] = [];
  for (const s of code) {
    const t = s.k === 'if' ? truth(s.test) : undefined;
    if (s.k === 'if' && t !== undefined) {
      // (the branch taken, in a block of its own if it declares names)
      const taken = fold(t ? s.then : s.else, flag, value);
      if (taken.some((x) => x.k === 'decl')) out.push({ k: 'block', body: taken });
      else out.push(...taken);
    }
    else out.push(mapStmt(s, expr, (b) => fold(b, flag, value)));
  }
  return out;
}
