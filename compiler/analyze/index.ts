/** The facts the reverse phase relies on. */
import type { Func, Var } from '../ir/types.js';
import { activeVars } from './activity.js';

export interface Facts {
  /** Variables that get adjoints: varied (depend on a differentiated input) and useful (reach the result). */
  readonly active: ReadonlySet<Var>;
}

export function analyze(fn: Func): Facts {
  return { active: activeVars(fn) };
}
