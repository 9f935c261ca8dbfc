/**
 * Number parameters that never carry a derivative across a call that stays a call (recursion,
 * `@noinline`, a long callee): an index `i`, a depth, a tolerance. Activity analysis sees one
 * function at a time, and takes every argument of a call as reaching the callee's result and
 * every parameter as varied: a recursive Horner's `from(c, x, i + 1)` gave `i` an adjoint, its
 * reverse sweep `i_b` work, and each level's call a field for it. Two fixpoints over the
 * whole program remove that:
 *
 * - unused (Callee.params' `unused`): a parameter the callee's result, and the arrays it writes,
 *   do not depend on through arithmetic (`n` of `power(x, n)`, which only its tests and its
 *   own recursive calls read). Its adjoint is always zero, so the callers' activity does not
 *   take the argument as reaching the call's result. A property of the callee's body.
 * - constant (Param.constant): a parameter of a function its module does not export that every
 *   call passes a value not depending on the differentiated inputs (`from(c, x, 0)` and
 *   `from(c, x, i + 1)` within from). Such a function is called only where tsgrad sees the
 *   call (its generated module has it privately), so its activity may leave the parameter
 *   unvaried. Exported functions keep every parameter: their callers are not all known.
 *
 * Each starts by assuming the property of every candidate, and drops it where a function's
 * activity under the assumptions contradicts it (the parameter reaches the result; a call
 * passes a varied value), until nothing changes. Either way the parameter keeps its key in
 * the callee's f_vjp adj and tangent, which nothing adds into; the adj of its split f_rev, which
 * only generated code calls, has no key for it (reverse/split.ts: its callers' Callee.params
 * mark it `noRevKey`, and pass no field for it).
 */
import { resolve } from 'node:path';
import { callsIn } from '../ir/inline.js';
import type { Call, Func } from '../ir/types.js';
import { mapBlock } from '../ir/walk.js';
import { usefulVars, variedVars } from '../analyze/activity.js';
import { splitAdjParams } from '../reverse/split.js';
import { type Module, key } from './modules.js';

export function markConstantParams(modules: ReadonlyMap<string, Module>): void {
  const funcOf = (s: Call) => (s.callee.vjp === 'generated' ? modules.get(resolve(s.callee.file))?.funcs.get(s.callee.name) : undefined);
  const numbers = (fn: Func, also: (i: number) => boolean) => new Set(fn.params.flatMap((p, i) => (p.v.type === 'f64' && also(i) ? [i] : [])));

  // 1. unused: every function's number parameters, assumed unused until one reaches its result
  const unused = new Map<Func, Set<number>>();
  for (const m of modules.values()) for (const fn of m.funcs.values()) unused.set(fn, numbers(fn, () => true));
  const all = [...unused.keys()];
  const isUnused = (s: Call, i: number) => { const g = funcOf(s); return !!g && !!unused.get(g)?.has(i); };
  for (let changed = true; changed;) {
    changed = false;
    for (const fn of all) {
      const mine = unused.get(fn)!;
      if (mine.size === 0) continue;
      const useful = usefulVars(fn, isUnused);
      for (const i of [...mine]) if (useful.has(fn.params[i]!.v)) { mine.delete(i); changed = true; }
    }
  }
  // the calls say so (Callee.params), for activity analysis wherever it runs
  // (by callee, looked up before any function is replaced)
  const unusedOf = new Map<string, ReadonlySet<number>>();
  for (const m of modules.values()) for (const [name, fn] of m.funcs) unusedOf.set(key(m.file, name), unused.get(fn)!);
  for (const m of modules.values()) {
    for (const [name, fn] of m.funcs) {
      const body = mapBlock(fn.body, (s) => {
        if (s.kind !== 'call') return s;
        const none = s.callee.vjp === 'generated' ? unusedOf.get(key(s.callee.file, s.callee.name)) : undefined;
        if (!none || none.size === 0) return s;
        return { ...s, callee: { ...s.callee, params: s.callee.params.map((p, i) => (none.has(i) ? { ...p, unused: true as const } : p)) } };
      });
      // (and the function's own parameters, for the adj of its split f_rev)
      const mine = unused.get(fn)!;
      const params = mine.size === 0 ? fn.params : fn.params.map((p, i) => (mine.has(i) ? { ...p, unused: true as const } : p));
      if (body !== fn.body || params !== fn.params) m.funcs.set(name, { ...fn, body, params });
    }
  }

  // 2. constant: private functions' differentiable number parameters, assumed constant until a call passes a varied value
  const constant = new Map<Func, Set<number>>();
  for (const m of modules.values()) {
    for (const fn of m.funcs.values()) if (!fn.exported) constant.set(fn, numbers(fn, (i) => fn.params[i]!.differentiable));
  }
  const funcs = [...modules.values()].flatMap((m) => [...m.funcs.values()]);
  const withAssumed = (fn: Func): Func => {
    const mine = constant.get(fn);
    return mine && mine.size > 0 ? { ...fn, params: fn.params.map((p, i) => (mine.has(i) ? { ...p, constant: true as const } : p)) } : fn;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const fn of funcs) {
      const calls = callsIn(fn.body).filter((c) => funcOf(c) !== undefined);
      if (calls.length === 0) continue;
      const varied = variedVars(withAssumed(fn));
      for (const c of calls) {
        const mine = constant.get(funcOf(c)!);
        if (!mine) continue;
        for (const i of [...mine]) {
          const a = c.args[i];
          if (a?.kind === 'var' && varied.has(a.v)) { mine.delete(i); changed = true; }
        }
      }
    }
  }
  for (const m of modules.values()) for (const [name, fn] of m.funcs) { const f = withAssumed(fn); if (f !== fn) m.funcs.set(name, f); }

  // 3. the calls say which parameters have no key in the adj of the callee's split g_rev
  // (Callee.params' `noRevKey`; reverse/split.ts), from the callee's parameters as now marked
  for (const m of modules.values()) {
    for (const [name, fn] of m.funcs) {
      const body = mapBlock(fn.body, (s) => {
        if (s.kind !== 'call') return s;
        const g = funcOf(s);
        if (!g) return s;
        const keyed = new Set(splitAdjParams(g.params));
        if (!g.params.some((p, i) => !keyed.has(p) && s.callee.params[i] && !s.callee.params[i]!.noRevKey)) return s;
        return { ...s, callee: { ...s.callee, params: s.callee.params.map((p, i) => (g.params[i] && !keyed.has(g.params[i]!) ? { ...p, noRevKey: true as const } : p)) } };
      });
      if (body !== fn.body) m.funcs.set(name, { ...fn, body });
    }
  }
}
