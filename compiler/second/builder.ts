/**
 * Builder: the tangent transformation of one function (its activity, then its statements).
 */
import type { AdjointFunction } from '../reverse/index.js';
import type { LocalVar, TExpr, TStmt, TVar } from '../ir/target.js';
import type { Var } from '../ir/types.js';
import type { SecondForm, CalledFunction } from './types.js';
import { TangentState } from './state.js';
import { analyze } from './activity.js';
import { dual as tangentOf } from './tangents.js';
import { stmts } from './statements.js';

/** The tangent transformation of one of f's generated functions: its activity first, then its statements. */
export class Builder extends TangentState {
  constructor(f: AdjointFunction, body: readonly TStmt[], form: SecondForm, calls: ReadonlyMap<string, CalledFunction>,
    restored: readonly (readonly [Var, LocalVar])[] = [], nonFinite: ReadonlySet<Var> = new Set()) {
    super(f, form, calls, restored, nonFinite);
    analyze(this, body);
  }

  /** The statements, each followed (or preceded) by its tangent (statements.ts). */
  stmts(code: readonly TStmt[]): TStmt[] {
    return stmts(this, code);
  }

  dual(e: TExpr, pre: TStmt[], out?: TVar): { value: TExpr; tangent: TExpr | undefined; usesOut?: boolean } {
    return tangentOf(this, e, pre, out);
  }
}
