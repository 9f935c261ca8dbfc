/** The facts the reverse phase relies on, and what they rule out. */
import { dirname, relative } from 'node:path';
import type { Func, Var } from '../ir/types.js';
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
        ? registrationHint(s.callee.name, s.callee.params.map((p) => p.key), s.callee.specifier)
        : `export a function ${s.callee.name}_vjp(...params, adj, seed) beside it to register its derivative, or pass it only values that do not depend on the differentiated parameters`,
    });
  }
  return { active, diagnostics };
}
