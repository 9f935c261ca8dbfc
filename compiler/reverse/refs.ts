/** What generated statements read: the names the reverse sweep needs to have values. */
import { type TExpr, type TStmt, namesIn } from '../ir/target.js';

/**
 * Names read by `stmts`. A plain assignment target is written, not read (`x = tape.pop()`
 * restores x and needs nothing), but the index of an element target is read. With
 * `references`, so is the array an element target names (`v[0] = …` needs v in scope, though
 * not what v holds).
 */
export function readsOf(stmts: readonly TStmt[], into: Set<string> = new Set(), references = false): Set<string> {
  const e = (x: TExpr) => namesIn(x, into);
  for (const s of stmts) {
    switch (s.k) {
      case 'decl': if (s.init) e(s.init); break;
      case 'assign':
        e(s.value);
        // (`adjointOf(h)[i] += …` reads h: the array h holds then)
        if (s.target.k === 'index') { e(s.target.index); if (references || s.target.array.k !== 'name') e(s.target.array); }
        if (s.op !== '=' && s.target.k === 'name') into.add(s.target.name);
        break;
      case 'expr': e(s.e); break;
      case 'if': e(s.test); readsOf(s.then, into, references); readsOf(s.else, into, references); break;
      case 'for': readsOf([s.init], into, references); e(s.test); e(s.update); readsOf(s.body, into, references); break;
      case 'while': e(s.test); readsOf(s.body, into, references); break;
      case 'loop': case 'block': readsOf(s.body, into, references); break;
      case 'return': case 'throw': e(s.e); break;
      case 'try': readsOf(s.body, into, references); readsOf(s.handler, into, references); break;
      case 'break': case 'comment': break;
    }
  }
  return into;
}

/** Arrays named as the target of an element assignment in `stmts` (`h_b[i] += …` writes into the array h_b holds then). */
export function elementTargetsOf(stmts: readonly TStmt[], into: Set<string> = new Set()): Set<string> {
  for (const s of stmts) {
    switch (s.k) {
      case 'assign': if (s.target.k === 'index' && s.target.array.k === 'name') into.add(s.target.array.name); break;
      case 'if': elementTargetsOf(s.then, into); elementTargetsOf(s.else, into); break;
      case 'for': elementTargetsOf([s.init], into); elementTargetsOf(s.body, into); break;
      case 'while': case 'loop': case 'block': elementTargetsOf(s.body, into); break;
      case 'try': elementTargetsOf(s.body, into); elementTargetsOf(s.handler, into); break;
      default: break;
    }
  }
  return into;
}

/** The callees of every call in `stmts` (`tape.push`, `Math.sin`…). */
export function calls(stmts: readonly TStmt[]): string[] {
  const out: string[] = [];
  const e = (x: TExpr): void => {
    switch (x.k) {
      case 'call': out.push(x.callee); x.args.forEach(e); break;
      case 'new': x.args.forEach(e); break;
      case 'array': x.elements.forEach(e); break;
      case 'object': x.fields.forEach(([, v]) => e(v)); break;
      case 'bin': e(x.l); e(x.r); break;
      case 'un': e(x.e); break;
      case 'index': e(x.array); e(x.index); break;
      case 'member': e(x.object); break;
      case 'cond': e(x.test); e(x.then); e(x.else); break;
    }
  };
  const s = (list: readonly TStmt[]): void => {
    for (const t of list) {
      switch (t.k) {
        case 'decl': if (t.init) e(t.init); break;
        case 'assign': e(t.target); e(t.value); break;
        case 'expr': e(t.e); break;
        case 'return': case 'throw': e(t.e); break;
        case 'try': s(t.body); s(t.handler); break;
        case 'if': e(t.test); s(t.then); s(t.else); break;
        case 'for': s([t.init]); e(t.test); e(t.update); s(t.body); break;
        case 'while': e(t.test); s(t.body); break;
        case 'loop': case 'block': s(t.body); break;
      }
    }
  };
  s(stmts);
  return out;
}

/**
 * Arrays whose elements `stmts` read: indexed in a read position, or passed to a call (its
 * callee may read them), the tape's own saves and restores excepted.
 */
export function elementReadsOf(stmts: readonly TStmt[], into: Set<string> = new Set()): Set<string> {
  const e = (x: TExpr): void => {
    switch (x.k) {
      case 'index': if (x.array.k === 'name') into.add(x.array.name); else e(x.array); e(x.index); break;
      case 'call':
        // (`adjointOf(h)` reads which array h holds, none of its elements)
        if (!x.callee.startsWith('tape.') && x.callee !== 'adjointOf') for (const a of x.args) if (a.k === 'name') into.add(a.name);
        x.args.forEach(e);
        break;
      case 'bin': e(x.l); e(x.r); break;
      case 'un': e(x.e); break;
      case 'member': e(x.object); break;
      case 'cond': e(x.test); e(x.then); e(x.else); break;
      case 'new': x.args.forEach(e); break;
      case 'array': x.elements.forEach(e); break;
      case 'object': x.fields.forEach(([, v]) => e(v)); break;
    }
  };
  for (const s of stmts) {
    switch (s.k) {
      case 'decl': if (s.init) e(s.init); break;
      case 'assign':
        e(s.value);
        // an element target is written; its index is read; a compound one reads the element too
        if (s.target.k === 'index') { e(s.target.index); if (s.op !== '=') e(s.target); }
        break;
      case 'expr': e(s.e); break;
      case 'if': e(s.test); elementReadsOf(s.then, into); elementReadsOf(s.else, into); break;
      case 'for': elementReadsOf([s.init], into); e(s.test); e(s.update); elementReadsOf(s.body, into); break;
      case 'while': e(s.test); elementReadsOf(s.body, into); break;
      case 'loop': case 'block': elementReadsOf(s.body, into); break;
      case 'return': case 'throw': e(s.e); break;
      case 'try': elementReadsOf(s.body, into); elementReadsOf(s.handler, into); break;
      case 'break': case 'comment': break;
    }
  }
  return into;
}
