/** What generated statements read: the names the reverse sweep needs to have values. */
import { type TExpr, type TStmt, anyChild, eachExprIn, eachOwnExpr, eachStmt, namesIn } from '../ir/target.js';

/**
 * Names read by `stmts`. A plain assignment target is written, not read (`x = tape.pop()`
 * restores x and needs nothing), but the index of an element target is read. With
 * `references`, so is the array an element target names (`v[0] = …` needs v in scope, though
 * not what v holds).
 */
export function readsOf(stmts: readonly TStmt[], into: Set<string> = new Set(), references = false): Set<string> {
  const e = (x: TExpr) => namesIn(x, into);
  eachStmt(stmts, (s) => {
    if (s.k !== 'assign') return eachOwnExpr(s, e);
    e(s.value);
    // (`adjointOf(h)[i] += …` reads h: the array h holds then)
    if (s.target.k === 'index') { e(s.target.index); if (references || s.target.array.k !== 'name') e(s.target.array); }
    if (s.op !== '=' && s.target.k === 'name') into.add(s.target.name);
  });
  return into;
}

/** Arrays named as the target of an element assignment in `stmts` (`h_b[i] += …` writes into the array h_b holds then). */
export function elementTargetsOf(stmts: readonly TStmt[], into: Set<string> = new Set()): Set<string> {
  eachStmt(stmts, (s) => { if (s.k === 'assign' && s.target.k === 'index' && s.target.array.k === 'name') into.add(s.target.array.name); });
  return into;
}

/**
 * What every call in `stmts` calls: the callee (`Math.sin`, `g_vjp`), the runtime's helper
 * (`f64Zeros`), or `tape` for the tape's operations: the names the code needs in scope.
 */
export function calls(stmts: readonly TStmt[]): string[] {
  const out: string[] = [];
  eachExprIn(stmts, (x) => {
    if (x.k === 'call') out.push(x.callee);
    else if (x.k === 'runtime') out.push(x.fn);
    else if (x.k === 'tape') out.push('tape');
  });
  return out;
}

/**
 * Arrays whose elements `stmts` read: indexed in a read position, or passed to a call (its
 * callee may read them), the tape's own saves and restores excepted.
 */
export function elementReadsOf(stmts: readonly TStmt[], into: Set<string> = new Set()): Set<string> {
  const e = (x: TExpr): void => {
    if (x.k === 'index' && x.array.k === 'name') into.add(x.array.name);
    // (`adjointOf(h)` reads which array h holds, none of its elements)
    if (x.k === 'call' || (x.k === 'runtime' && x.fn !== 'adjointOf')) for (const a of x.args) if (a.k === 'name') into.add(a.name);
    anyChild(x, (c) => { e(c); return false; });
  };
  eachStmt(stmts, (s) => {
    if (s.k !== 'assign') return eachOwnExpr(s, e);
    e(s.value);
    // an element target is written; its index is read; a compound one reads the element too
    if (s.target.k === 'index') { e(s.target.index); if (s.op !== '=') e(s.target); }
  });
  return into;
}
