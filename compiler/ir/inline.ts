/**
 * Inlining of small leaf callees into their callers, an optimisation over the call mechanism.
 *
 * A call is reversed in joint mode: the callee's vjp reruns its forward sweep, so a helper
 * called in a loop costs its forward twice more in the gradient. Substituting the body of a
 * callee that calls nothing itself (and is small) lets the caller's own sweeps handle it,
 * with no rerun and no whole-array saves around the call. The same operations run in the same
 * order, so values are unchanged.
 */
import type { Atom, Block, Call, Func, Stmt, Var } from './types.js';

/** Callees at most this many statements long are inlined. */
const maxStatements = 120;

export type FuncLookup = (file: string, name: string) => Func | undefined;

export function inlineLeafCalls(fn: Func, lookup: FuncLookup): Func {
  let changed = false;
  const rewrite = (block: Block): Stmt[] => block.flatMap((s): Stmt[] => {
    switch (s.kind) {
      case 'if': return [{ ...s, then: rewrite(s.then), else: rewrite(s.else) }];
      case 'for': return [{ ...s, body: rewrite(s.body) }];
      case 'while': return [{ ...s, pre: rewrite(s.pre), body: rewrite(s.body) }];
      case 'call': {
        const callee = s.callee.vjp === 'generated' ? lookup(s.callee.file, s.callee.name) : undefined;
        if (!callee || callee === fn || !inlinable(callee)) return [s];
        changed = true;
        return inlineCall(fn, s, callee);
      }
      default: return [s];
    }
  });
  const body = rewrite(fn.body);
  return changed ? { ...fn, body, vars: [...fn.vars] } : fn;
}

function inlinable(callee: Func): boolean {
  let count = 0;
  // An element store two loops deep would, once inside the caller's loop, save each value it
  // overwrites on the tape (measured: GMM's Q·x accumulation); such callees stay calls.
  const leaf = (block: Block, loops: number): boolean => block.every((s) => {
    count++;
    if (s.kind === 'call') return false;
    if ((s.kind === 'store' || s.kind === 'fill') && loops >= 2) return false;
    if (s.kind === 'if') return leaf(s.then, loops) && leaf(s.else, loops);
    if (s.kind === 'for') return leaf(s.body, loops + 1);
    if (s.kind === 'while') return leaf(s.pre, loops + 1) && leaf(s.body, loops + 1);
    return true;
  });
  // a parameter array the callee rebinds cannot be replaced by the caller's array
  const rebindsArray = callee.params.some((p) => p.v.type === 'f64[]' && p.v.mutable);
  return leaf(callee.body, 0) && count <= maxStatements && !rebindsArray;
}

/** The callee's statements with its variables renamed into the caller and its parameters bound to the arguments. */
function inlineCall(fn: Func, call: Call, callee: Func): Stmt[] {
  const map = new Map<Var, Atom>();
  const fresh = (v: Var): Var => {
    const copy: Var = { name: fn.names.fresh(`${v.name}_${callee.name}`, true), type: v.type, kind: v.kind === 'param' ? 'local' : v.kind, mutable: v.mutable };
    (fn.vars as Var[]).push(copy);
    return copy;
  };
  const prologue: Stmt[] = [];
  callee.params.forEach((p, i) => {
    const arg = call.args[i]!;
    if (p.v.mutable) {
      // a parameter the callee reassigns becomes a local initialised with the argument
      const local = fresh(p.v);
      map.set(p.v, { kind: 'var', v: local });
      prologue.push({ kind: 'assign', target: local, value: arg, decl: true, loc: call.loc });
    } else {
      map.set(p.v, arg);
    }
  });
  const atom = (a: Atom): Atom => (a.kind === 'var' ? map.get(a.v) ?? rename(a.v) : a);
  const rename = (v: Var): Atom => {
    const a: Atom = { kind: 'var', v: fresh(v) };
    map.set(v, a);
    return a;
  };
  const v = (x: Var): Var => {
    const a = map.get(x) ?? rename(x);
    if (a.kind !== 'var') throw new Error(`inlining: '${x.name}' is bound to a constant but written`);
    return a.v;
  };
  const copy = (block: Block): Stmt[] => block.map((s): Stmt => {
    switch (s.kind) {
      case 'eq': return { ...s, out: v(s.out), args: s.args.map(atom) };
      case 'assign': return { ...s, target: v(s.target), value: atom(s.value) };
      case 'store': return { ...s, array: v(s.array), index: atom(s.index), value: atom(s.value) };
      case 'fill': case 'push': return { ...s, array: v(s.array), value: atom(s.value) };
      case 'alloc': return {
        ...s, target: v(s.target), length: atom(s.length),
        ...(s.fill ? { fill: atom(s.fill) } : {}), ...(s.elements ? { elements: s.elements.map(atom) } : {}),
      };
      case 'if': return { ...s, cond: atom(s.cond), then: copy(s.then), else: copy(s.else) };
      case 'for': return { ...s, index: v(s.index), from: atom(s.from), to: atom(s.to), body: copy(s.body) };
      case 'while': return { ...s, pre: copy(s.pre), cond: atom(s.cond), body: copy(s.body) };
      case 'call': throw new Error('inlining: only leaf callees are inlined');
    }
  });
  const body = copy(callee.body);
  const result: Stmt[] = call.out && callee.result
    ? [{ kind: 'eq', out: call.out, prim: 'copy', args: [atom(callee.result)], loc: call.loc }]
    : [];
  return [...prologue, ...body, ...result];
}
