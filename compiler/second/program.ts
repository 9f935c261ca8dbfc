/**
 * Second order over a program: an hvp for every exported function that returns a number and
 * gets a vjp; one that gets none is told in a note (TSG2005), never an error.
 */
import type { Diagnostic } from '../diagnostics.js';
import { type LinkedProgram, fileOf, nameOf } from '../link/index.js';
import type { ReversedProgram } from '../reverse/program.js';
import { type HvpFunction, NoHvp, hvpFunction } from './index.js';

export interface SecondOrder {
  /** By function key. */
  readonly hvps: ReadonlyMap<string, HvpFunction>;
  /** Why a function of an input gets no hvp, by function key. */
  readonly notes: ReadonlyMap<string, Diagnostic>;
}

export function secondOrder(linked: LinkedProgram, reversed: ReversedProgram): SecondOrder {
  const hvps = new Map<string, HvpFunction>();
  const notes = new Map<string, Diagnostic>();
  for (const k of reversed.plan.emitted) {
    const f = reversed.adjoints.get(k)!;
    if (!f.exported || !f.returnsNumber) continue;
    const m = linked.modules.get(fileOf(k))!;
    const fn = m.funcs.get(nameOf(k))!;
    try {
      hvps.set(k, hvpFunction(f, new Set(fn.writes.map((v) => v.name)), fn.pureOutputs.map((v) => v.name)));
    } catch (e) {
      const internal = !(e instanceof NoHvp);
      notes.set(k, {
        code: 'TSG2005', severity: 'info', file: m.file, line: fn.loc.line, column: fn.loc.column, length: 0,
        message: `'${f.name}' gets no hvp (second order): ${internal ? `internal error: ${e instanceof Error ? e.message : String(e)}` : e.why}; its gradient is unaffected`,
        hint: internal ? 'this is a bug in tsgrad; please report it with the input (differences of f_grad along v give the Hessian-vector product meanwhile)' : e.hint,
      });
    }
  }
  return { hvps, notes };
}
