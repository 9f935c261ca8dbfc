/** What generated statements read: the names the reverse sweep needs to have values. */
import { type Callee, type TExpr, type TStmt, type TVar, anyChild, eachExprIn, eachOwnExpr, eachStmt, writesReceiver } from '../ir/target.js';

/**
 * Names read by `stmts`. A plain assignment target is written, not read (`x = tape.pop()`
 * restores x and needs nothing), but the index of an element target is read. With
 * `references`, so is the array an element target names (`v[0] = …` needs v in scope, though
 * not what v holds), and the array a method writes (`xs.pop()`; valueReads).
 */
export function readsOf(stmts: readonly TStmt[], into: Set<string> = new Set(), references = false): Set<string> {
  readsIn(stmts, (x) => { into.add(x.name); }, references);
  return into;
}

/** The variables (TVar: primal ones, adjoints, tangents) `stmts` reads, as readsOf reads names (`updates`: those it updates, `i++`, too, as readsOf does). */
export function varsReadOf(stmts: readonly TStmt[], references = false, updates = false): Set<TVar> {
  const into = new Set<TVar>();
  readsIn(stmts, (x) => { if ((x.k === 'name' || updates) && x.v) into.add(x.v); }, references);
  return into;
}

type Read = TExpr & { k: 'name' | 'update' };

/** `read` of each name expression and update `stmts` reads, as readsOf says. */
function readsIn(stmts: readonly TStmt[], read: (x: Read) => void, references: boolean): void {
  const e = references ? (x: TExpr) => { allReads(x, read); } : (x: TExpr) => { valueReads(x, read); };
  eachStmt(stmts, (s) => {
    if (s.k !== 'assign') return eachOwnExpr(s, e);
    e(s.value);
    // (`adjointOf(h)[i] += …` reads h: the array h holds then)
    if (s.target.k === 'index') { e(s.target.index); if (references || s.target.array.k !== 'name') e(s.target.array); }
    if (s.op !== '=' && s.target.k === 'name') read(s.target);
  });
}

/** `read` of each name and update in an expression (ir/target.ts's namesIn). */
function allReads(e: TExpr, read: (x: Read) => void): void {
  if (e.k === 'name' || e.k === 'update') read(e);
  else anyChild(e, (c) => { allReads(c, read); return false; });
}

/**
 * The names an expression reads as values (allReads, but the array a method writes,
 * `xs.pop()`, `a_b.fill(0)`, or the schedule an operation steps: needed in scope, as an element
 * target's array is, not read). A switch of its own: the planning calls it often.
 */
function valueReads(e: TExpr, read: (x: Read) => void): void {
  switch (e.k) {
    case 'name': case 'update': read(e); break;
    case 'bin': valueReads(e.l, read); valueReads(e.r, read); break;
    case 'un': valueReads(e.e, read); break;
    case 'call': for (let i = writesReceiver(e.callee) && isPath(e.args[0]) ? 1 : 0; i < e.args.length; i++) valueReads(e.args[i]!, read); break;
    case 'tape': case 'runtime': case 'new': for (const a of e.args) valueReads(a, read); break;
    case 'index': valueReads(e.array, read); valueReads(e.index, read); break;
    case 'member': valueReads(e.object, read); break;
    case 'cond': valueReads(e.test, read); valueReads(e.then, read); valueReads(e.else, read); break;
    case 'array': for (const a of e.elements) valueReads(a, read); break;
    case 'object': for (const [, v] of e.fields) valueReads(v, read); break;
  }
}

/** A name or a chain of members of one (`adj.x`). */
const isPath = (x: TExpr | undefined): boolean => x !== undefined && (x.k === 'name' || (x.k === 'member' && isPath(x.object)));

/** The variables an element assignment in `stmts` targets (`h_b[i] += …` writes into the array h_b holds then). */
export function elementTargetsOf(stmts: readonly TStmt[], into: Set<TVar> = new Set()): Set<TVar> {
  eachStmt(stmts, (s) => { if (s.k === 'assign' && s.target.k === 'index' && s.target.array.k === 'name' && s.target.array.v) into.add(s.target.array.v); });
  return into;
}

/** What every call in `stmts` calls (`Math.sin`, `g_vjp`, `a.fill`), in order. */
export function calleesIn(stmts: readonly TStmt[]): Callee[] {
  const out: Callee[] = [];
  eachExprIn(stmts, (x) => { if (x.k === 'call') out.push(x.callee); });
  return out;
}

/** The runtime's exports `stmts` use: its helpers (`sum`, `f64Zeros`), and `tape` for the tape's operations. */
export function runtimeUsed(stmts: readonly TStmt[]): Set<string> {
  const out = new Set<string>();
  eachExprIn(stmts, (x) => {
    if (x.k === 'call' && x.callee.k === 'helper') out.add(x.callee.fn);
    else if (x.k === 'runtime') out.add(x.fn);
    else if (x.k === 'tape') out.add('tape');
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
    // (nor the array a method writes, `xs.pop()`, nor a schedule: the receiver)
    if (x.k === 'call' || (x.k === 'runtime' && x.fn !== 'adjointOf')) {
      x.args.forEach((a, i) => { if (a.k === 'name' && !(i === 0 && x.k === 'call' && writesReceiver(x.callee))) into.add(a.name); });
    }
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
