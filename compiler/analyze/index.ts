/** The facts the reverse phase relies on, and what they rule out. */
import { dirname, relative } from 'node:path';
import { type Call, type Func, type Var, isArrayType } from '../ir/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { statements } from '../ir/walk.js';
import { activeVars } from './activity.js';
import { registrationHint } from '../frontend/packages.js';

export interface Facts {
  /** Variables that get adjoints: varied (depend on a differentiated input) and useful (reach the result). */
  readonly active: ReadonlySet<Var>;
  /** Calls to functions without a derivative that the result's derivative would go through. */
  readonly diagnostics: readonly Diagnostic[];
}

export function analyze(fn: Func, file: string): Facts {
  const active = activeVars(fn);
  const diagnostics: Diagnostic[] = [];
  const held = paramsHeld(fn);
  for (const s of statements(fn.body)) if (s.kind === 'call') diagnostics.push(...aliasedOutput(s, file, held));
  for (const s of statements(fn.body)) {
    if (s.kind !== 'call' || s.callee.vjp !== 'none') continue;
    const outs = [...(s.out ? [s.out] : []), ...s.writes.flatMap((i) => { const a = s.args[i]; return a?.kind === 'var' ? [a.v] : []; })];
    const feeds = s.args.some((a) => a.kind === 'var' && active.has(a.v)) && outs.some((o) => active.has(o));
    if (!feeds) continue;
    const where = s.origin
      ? ` (called at ${relative(dirname(file), s.origin.file).replace(/\\/g, '/')}:${s.origin.line}:${s.origin.column}, reached through '${s.origin.via}', whose body is inlined here)`
      : '';
    diagnostics.push({
      code: 'TSG2001', file, ...s.at,
      message: `no derivative for '${s.callee.name}'${where}: its body is not available to tsgrad, and a differentiated value flows through it`,
      hint: s.callee.specifier !== undefined && !s.callee.specifier.startsWith('.') && !s.origin
        ? registrationHint(s.callee.name, s.callee.params.map((p) => p.key), s.callee.specifier, s.callee.params.map((p) => p.array))
        : `export a function ${s.callee.name}_vjp(...params, adj, seed) beside it to register its derivative, or pass it only values that do not depend on the differentiated parameters`,
    });
  }
  return { active, diagnostics };
}

/**
 * A call left as a call (not inlined) that gets one array twice and writes it (`axpy(x, x)`):
 * the callee's vjp reruns and reverses it as if the arrays were separate. (Inlined, the body
 * names the one array, and its derivative is exact.)
 */
function aliasedOutput(s: Call, file: string, held: ReadonlyMap<Var, ReadonlySet<Var>>): Diagnostic[] {
  // (or two array variables that may hold the same parameter: `let a = ps; … axpy(k, a, ps)`)
  const shared = (a: Var, b: Var) => [...held.get(a) ?? []].find((p) => held.get(b)?.has(p));
  const same = (a: Var, b: Var) => a === b || shared(a, b) !== undefined;
  for (const w of s.writes) {
    const written = s.args[w];
    const again = s.args.findIndex((a, i) => i !== w && a.kind === 'var' && written?.kind === 'var' && same(a.v, written.v));
    if (again < 0 || written?.kind !== 'var') continue;
    const other = (s.args[again] as { v: Var }).v;
    const [p, q] = [s.callee.params[Math.min(w, again)]!.key, s.callee.params[Math.max(w, again)]!.key];
    const what = other === written.v ? `'${written.v.name}' is passed` : `'${written.v.name}' and '${other.name}' may hold the same array (the parameter '${shared(written.v, other)!.name}'), passed`;
    return [{
      code: 'TSG1008', file, ...s.at,
      message: `${what} to '${s.callee.name}' as both '${p}' and '${q}', and '${s.callee.name}' writes it: its derivative here assumes two different arrays (it is not inlined: it is recursive, tagged @noinline or long, or it reuses an element of one read before writing the other)`,
      hint: `pass a copy for one of them (Float64Array.from(${written.v.name}))`,
    }];
  }
  return [];
}

/**
 * The array parameters each array variable may hold, following bindings (`a = ps`, `const t =
 * a`, a view of one) in the direction they go: `const src = c ? ps : sm` may hold ps or sm, but
 * sm never holds ps.
 */
function paramsHeld(fn: Func): Map<Var, Set<Var>> {
  const held = new Map<Var, Set<Var>>();
  for (const p of fn.params) if (isArrayType(p.v.type)) held.set(p.v, new Set([p.v]));
  const all = [...statements(fn.body)];
  for (let changed = true; changed;) {
    changed = false;
    const flow = (to: Var, from: Var) => {
      const f = held.get(from);
      if (!f) return;
      const t = held.get(to) ?? new Set<Var>();
      held.set(to, t);
      for (const p of f) if (!t.has(p)) { t.add(p); changed = true; }
    };
    for (const s of all) {
      if (s.kind === 'assign' && isArrayType(s.target.type) && s.value.kind === 'var') flow(s.target, s.value.v);
      // (a sort's permutation is an array of its own, not the sorted one)
      if (s.kind === 'eq' && isArrayType(s.out.type) && s.prim !== 'argsort') for (const a of s.args) if (a.kind === 'var' && isArrayType(a.v.type)) flow(s.out, a.v);
    }
  }
  return held;
}
