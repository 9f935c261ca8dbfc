/**
 * Activity analysis. A variable is *varied* when it depends on a differentiated input and
 * *useful* when the result depends on it; only variables that are both (and hold floats)
 * are *active*: they get adjoints, everything else costs nothing in the reverse sweep.
 * Flow-insensitive and iterated to a fixpoint, so loops are handled soundly.
 */
import type { Call, Func, Var } from '../ir/types.js';
import { rules } from '../rules/table.js';
import { arrayAliases, statements, varOf } from '../ir/walk.js';
import { isSameOperandConstant } from '../ir/copies.js';

export function activeVars(fn: Func): Set<Var> {
  const { varied, useful } = flows(fn);
  const active = new Set<Var>();
  for (const v of varied) if (useful.has(v) && (v.type === 'f64' || v.type === 'f64[]')) active.add(v);
  return active;
}

/** The variables that depend on a differentiated input (whether or not the result depends on them). */
export function variedVars(fn: Func): ReadonlySet<Var> {
  return flows(fn).varied;
}

/**
 * The variables the result depends on (whether or not they depend on a differentiated input);
 * `unused(s, i)`: the callee of `s` does not depend on its i-th argument (besides the calls'
 * own Callee.params' `unused`).
 */
export function usefulVars(fn: Func, unused: (s: Call, i: number) => boolean): ReadonlySet<Var> {
  return flows(fn, unused).useful;
}

function flows(fn: Func, unused?: (s: Call, i: number) => boolean): { varied: Set<Var>; useful: Set<Var> } {
  // a store into an array through one name changes it under every name it has
  const aliases = arrayAliases(fn.body);
  // (so each set holds an array's every name: `let cur = ps`, where the function writes ps through cur)
  const named = (vs: readonly Var[]) => new Set<Var>(vs.flatMap((v) => [...aliases.get(v) ?? [v]]));
  // (a parameter every call passes a constant, Param.constant, is not varied)
  const varied = named(fn.params.filter((p) => p.differentiable && !p.constant).map((p) => p.v));
  const result = fn.result && varOf(fn.result);
  // what a function writes into its parameters is an output too
  const useful = named([...(result ? [result] : []), ...fn.writes]);

  const all = [...statements(fn.body)];
  for (let changed = true; changed;) {
    changed = false;
    // (integers, booleans and integer arrays carry no derivative: nothing flows through them)
    const mark = (set: Set<Var>, v: Var | undefined) => {
      if (v && !set.has(v) && (v.type === 'f64' || v.type === 'f64[]')) {
        for (const w of aliases.get(v) ?? [v]) set.add(w);
        changed = true;
      }
    };
    for (const s of all) {
      if (s.kind === 'eq') {
        const rule = rules[s.prim];
        if (rule.kind === 'zero') continue;
        // (x / x and x - x are constants: see ir/copies.ts)
        if (isSameOperandConstant(s)) continue;
        const inputs = rule.kind === 'load' ? [s.args[0]!] : s.args;
        if (inputs.some((a) => a.kind === 'var' && varied.has(a.v))) mark(varied, s.out);
        if (useful.has(s.out)) for (const a of inputs) mark(useful, varOf(a));
      } else if (s.kind === 'assign') {
        if (s.value.kind === 'var' && varied.has(s.value.v)) mark(varied, s.target);
        if (useful.has(s.target)) mark(useful, varOf(s.value));
      } else if (s.kind === 'store' || s.kind === 'fill' || s.kind === 'push') {
        if (s.value.kind === 'var' && varied.has(s.value.v)) mark(varied, s.array);
        if (useful.has(s.array)) mark(useful, varOf(s.value));
      } else if (s.kind === 'call') {
        // conservatively, every output of a call depends on every input
        // (but for an argument the callee's result and the arrays it writes do not depend on: a depth, an index)
        const used = (i: number) => !s.callee.params[i]?.unused && !unused?.(s, i);
        const outs = [...(s.out ? [s.out] : []), ...s.writes.map((i) => varOf(s.args[i]!))];
        if (s.args.some((a, i) => a.kind === 'var' && varied.has(a.v) && used(i))) for (const o of outs) mark(varied, o);
        if (outs.some((o) => o && useful.has(o))) s.args.forEach((a, i) => { if (used(i)) mark(useful, varOf(a)); });
      } else if (s.kind === 'alloc') {
        for (const a of [...(s.elements ?? []), ...(s.fill ? [s.fill] : [])]) {
          if (a.kind === 'var' && varied.has(a.v)) mark(varied, s.target);
          if (useful.has(s.target)) mark(useful, varOf(a));
        }
      }
    }
  }
  return { varied, useful };
}
