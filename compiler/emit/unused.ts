/**
 * What a generated module declares and nothing reads, left out before it is printed, so that it
 * passes `tsc --noUnusedLocals`: in each function, the locals nothing reads (ir/unread.ts); then
 * the functions private to the module that nothing calls (a helper's primal copy that every
 * caller inlined or differentiates, the vjp of a helper that only callers' jvps call), and the
 * imports and copied constant tables that only those, or only dropped locals, read. What the module exports stays: its
 * exported functions and their forms are the contract (DESIGN.md), and the roots of what is kept.
 */
import type { AdjointFunction, Import } from '../reverse/index.js';
import type { TExpr, TStmt } from '../ir/target.js';
import { eachExprIn } from '../ir/target.js';
import { calleeText, inOutVjpName, splitForwardName, splitReverseName } from '../ir/names.js';
import { dropUnread } from '../ir/unread.js';
import type { HvpFunction } from '../second/index.js';
import type { ModuleSpec } from './module.js';

/** A function the module declares: its name, whether it exports it, the bodies it prints. */
interface Declared {
  readonly name: string;
  readonly exported: boolean;
  readonly bodies: readonly (readonly TStmt[])[];
}

/** The spec, its bodies without unread locals and its imports without unread names; `emits`: whether a function of it is printed. */
export interface Pruned {
  readonly spec: ModuleSpec;
  readonly emits: (name: string) => boolean;
}

/** The name of a second-order form (`g_vjp_d`, `g_fwd_d` …: emit/module.ts's secondFormFn). */
export function secondFormName(f: string, h: HvpFunction): string {
  const of = h.form === 'vjp' ? `${f}_vjp` : h.form === 'vjpInOut' ? inOutVjpName(f) : h.form === 'fwd' ? splitForwardName(f) : splitReverseName(f);
  return `${of}_d`;
}

export function pruneModule(spec: ModuleSpec): Pruned {
  const clean = <T extends { readonly body: readonly TStmt[] }>(x: T): T => ({ ...x, body: dropUnread(x.body) });
  const functions = spec.functions.map((f): AdjointFunction => ({
    ...f,
    body: dropUnread(f.body),
    ...(f.primal ? { primal: dropUnread(f.primal) } : {}),
    ...(f.contractBody ? { contractBody: dropUnread(f.contractBody) } : {}),
    ...(f.split ? { split: { forward: dropUnread(f.split.forward), reverse: dropUnread(f.split.reverse) } } : {}),
  }));
  const tangents = spec.tangents && new Map([...spec.tangents].map(([k, j]) => [k, clean(j)]));
  const hvps = spec.hvps && new Map([...spec.hvps].map(([k, h]) => [k, clean(h)]));
  const secondForms = spec.secondForms && new Map([...spec.secondForms].map(([k, hs]) => [k, hs.map(clean)]));

  // the functions the module declares, as emit/module.ts prints them
  const declared = new Map<string, Declared>();
  const declare = (name: string, exported: boolean, ...bodies: (readonly TStmt[])[]) => declared.set(name, { name, exported, bodies });
  for (const f of functions) {
    if (f.primal) declare(f.name, false, f.primal);
    if (!f.primalOnly) {
      declare(`${f.name}_vjp`, f.exported, f.contractBody ?? f.body);
      if (f.contractBody) declare(inOutVjpName(f.name), f.exported, f.body);
      if (f.split) {
        declare(splitForwardName(f.name), f.splitExported === true, f.split.forward);
        declare(splitReverseName(f.name), f.splitExported === true, f.split.reverse);
      }
      const j = tangents?.get(f.name);
      if (j) declare(`${f.name}_jvp`, f.exported, j.body);
      const h = hvps?.get(f.name);
      if (h) declare(`${f.name}_hvp`, true, h.body);
      for (const form of secondForms?.get(f.name) ?? []) {
        const exported = (f.exported && (form.form === 'vjp' || form.form === 'vjpInOut')) || (f.splitExported === true && (form.form === 'fwd' || form.form === 'rev'));
        declare(secondFormName(f.name, form), exported, form.body);
      }
    }
  }
  // what is kept: the exported functions, and what the kept ones call, repeatedly
  const kept = new Set<string>();
  const referenced = new Set<string>();
  const work = [...declared.values()].filter((d) => d.exported);
  for (let d = work.pop(); d !== undefined; d = work.pop()) {
    if (kept.has(d.name)) continue;
    kept.add(d.name);
    for (const body of d.bodies) {
      for (const n of namesReferenced(body)) {
        referenced.add(n);
        const callee = declared.get(n);
        if (callee && !kept.has(callee.name)) work.push(callee);
      }
    }
  }
  const emits = (name: string) => !declared.has(name) || kept.has(name);

  // the imports a kept function reads (an f_hessian's denseHessian, which it prints as text, with its f_hvp)
  if (hvps && [...hvps.keys()].some((k) => kept.has(`${k}_hvp`))) referenced.add('denseHessian');
  const read = (is: readonly Import[]) => is.filter((i) => referenced.has(i.name));
  return {
    spec: {
      ...spec,
      functions: functions.map((f) => ({ ...f, imports: read(f.imports), ...(f.tables ? { tables: f.tables.filter((t) => referenced.has(t.v.name)) } : {}) })),
      ...(tangents ? { tangents: new Map([...tangents].map(([k, j]) => [k, { ...j, imports: read(j.imports) }])) } : {}),
      ...(hvps ? { hvps: new Map([...hvps].map(([k, h]) => [k, { ...h, imports: read(h.imports) }])) } : {}),
      ...(secondForms ? { secondForms: new Map([...secondForms].map(([k, hs]) => [k, hs.map((h) => ({ ...h, imports: read(h.imports) }))])) } : {}),
    },
    emits,
  };
}

/** The names `code` reads or calls as they are printed: variables, the functions it calls (`g_vjp_d`, `sum`), the runtime's (`f64Zeros`, `tape`). */
function namesReferenced(code: readonly TStmt[]): Set<string> {
  const out = new Set<string>();
  eachExprIn(code, (e: TExpr) => {
    switch (e.k) {
      case 'name': case 'update': out.add(e.name); break;
      case 'call': if (e.callee.k !== 'method' && e.callee.k !== 'schedule') out.add(calleeText(e.callee)); break;
      case 'runtime': out.add(e.fn); break;
      case 'tape': out.add('tape'); break;
    }
  });
  return out;
}
