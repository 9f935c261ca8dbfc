/**
 * A path code pushed once, after its decisions. Where nested decisions are packed into one tape
 * entry (decisions.ts), each branch of the forward sweep ends by pushing its path's code; in a
 * loop, the code goes into a local instead, and one push after the outer `if` saves it:
 *
 *   if (t6) {                                   let t6_code = 0;
 *     if (t7) { …; push(2) }                    if (t6) {
 *     else { …; push(1) }                         if (t7) { …; t6_code = 2 }
 *   } else { push(0) }                            else { …; t6_code = 1 }
 *                                               }
 *                                               push(t6_code)
 *
 * The tape gets the same values in the same order (each path ends with exactly one of those
 * pushes, after everything else it pushes), so the reverse sweep is unchanged. In
 * compute-l2norm's loop the three push sites become one and the branch that pushed 0 is gone:
 * its f_vjp 4% faster (bench/README.md, perf57). Only for three paths or more: a single
 * decision's two pushes stay where they are (nothing measured for it).
 */
import { type TStmt, declare, isTape, mapStmts, num, ref, tape } from '../ir/target.js';
import type { Names } from '../ir/names.js';

type If = TStmt & { k: 'if' };

/** `forward` with the path codes of decisions in loops pushed once (see above); `moved` maps each statement rebuilt to its new form. */
export function pushPathsOnce(forward: readonly TStmt[], names: Names): { forward: TStmt[]; moved: Map<TStmt, TStmt> } {
  const found = new Set<If>();
  collect(forward, false, found);
  const moved = new Map<TStmt, TStmt>();
  const out = mapStmts(forward, (s) => (s.k === 'if' && found.has(s) ? pushedOnce(s, names) : s), moved);
  return { forward: [...out], moved };
}

/** The `if`s in loops whose paths all end by pushing a constant, three paths or more; none inside another's paths. */
function collect(code: readonly TStmt[], inLoop: boolean, found: Set<If>): void {
  for (const s of code) {
    if (s.k === 'if' && inLoop) {
      const codes = pathCodes(s);
      if (codes && codes.length >= 3) {
        found.add(s);
        // (statements before a branch's last one may hold loops of their own)
        for (const b of [s.then, s.else]) collectBefore(b, found);
        continue;
      }
    }
    const loop = s.k === 'for' || s.k === 'while' || s.k === 'loop';
    for (const b of bodies(s)) collect(b, inLoop || loop, found);
  }
}

/** collect over a path's statements but its last (a push, or an `if` of the same decision tree). */
function collectBefore(branch: readonly TStmt[], found: Set<If>): void {
  const last = branch[branch.length - 1]!;
  collect(branch.slice(0, -1), true, found);
  if (last.k === 'if') for (const b of [last.then, last.else]) collectBefore(b, found);
}

function bodies(s: TStmt): (readonly TStmt[])[] {
  switch (s.k) {
    case 'if': return [s.then, s.else];
    case 'for': case 'while': case 'loop': case 'block': return [s.body];
    default: return [];
  }
}

/** The constant each path of `s` pushes last, path by path; undefined where a path does not end so. */
function pathCodes(s: If): number[] | undefined {
  const codes: number[] = [];
  for (const b of [s.then, s.else]) {
    const last = b[b.length - 1];
    const k = pushedConstant(last);
    if (k !== undefined) codes.push(k);
    else if (last?.k === 'if') {
      const inner = pathCodes(last);
      if (!inner) return undefined;
      codes.push(...inner);
    } else return undefined;
  }
  return codes;
}

function pushedConstant(s: TStmt | undefined): number | undefined {
  const e = s?.k === 'expr' ? s.e : undefined;
  return isTape(e, 'push') && e.args[0]?.k === 'num' ? e.args[0].value : undefined;
}

/** `let c = k0; if (…) { … c = k … }; push(c)`, k0 the code of a path that only pushed (its branch is left empty), else of the first. */
function pushedOnce(s: If, names: Names): TStmt[] {
  const c = names.local(`${s.test.k === 'name' ? s.test.name : 'path'}_code`, 'int');
  const onlyPush = (b: readonly TStmt[]): number | undefined => (b.length === 1 ? pushedConstant(b[0]) : undefined);
  const first = (x: If): number => pushedConstant(x.then[x.then.length - 1]) ?? first(x.then[x.then.length - 1] as If);
  const initial = emptied(s, onlyPush) ?? first(s);
  const rewrite = (b: readonly TStmt[]): TStmt[] => {
    const last = b[b.length - 1]!;
    const k = pushedConstant(last);
    const tail: TStmt[] = k === undefined ? [rewriteIf(last as If)] : k === initial ? [] : [{ k: 'assign', target: ref(c), op: '=', value: num(k) }];
    return [...b.slice(0, -1), ...tail];
  };
  const rewriteIf = (x: If): If => {
    const then = rewrite(x.then);
    const els = rewrite(x.else);
    // (a then branch left empty: `if (!c)` and the else branch)
    return then.length === 0 && els.length > 0 ? { ...x, test: { k: 'un', op: '!', e: x.test }, then: els, else: [] } : { ...x, then, else: els };
  };
  return [declare('let', c, num(initial)), rewriteIf(s), { k: 'expr', e: tape('push', ref(c)) }];
}

/** The code of a path whose branch is its push alone, if one is. */
function emptied(s: If, onlyPush: (b: readonly TStmt[]) => number | undefined): number | undefined {
  for (const b of [s.then, s.else]) {
    const k = onlyPush(b);
    if (k !== undefined) return k;
    const last = b[b.length - 1];
    const inner = last?.k === 'if' ? emptied(last, onlyPush) : undefined;
    if (inner !== undefined) return inner;
  }
  return undefined;
}
