/**
 * The second-order phase's boundary types: the forms it builds, the calls it knows of, what it
 * returns (HvpFunction), and why a function gets none (NoHvp).
 */
import type { Import } from '../reverse/index.js';
import type { TStmt } from '../ir/target.js';
import type { Var } from '../ir/types.js';

/** Why a function gets no hvp, in the user's words, and what to write instead. */
export class NoHvp extends Error {
  constructor(readonly why: string, readonly hint: string) {
    super(why);
  }
}

/**
 * Which code is differentiated: `hvp`, f_vjp's body as `f_hvp` (returning `{ value, grad, hvp }`);
 * the others are the forms callers' second-order code calls: `vjp` (`f_vjp_d`), `vjpInOut`
 * (`f_vjpInOut_d`), `fwd` (`f_fwd_d`, returning `{ value, tangent }`), `rev` (`f_rev_d`).
 */
export type SecondForm = 'hvp' | 'vjp' | 'vjpInOut' | 'fwd' | 'rev';

/** A generated callee's function as f's code calls it (`g`, `g_vjp`, `g_vjpInOut`, `g_fwd`, `g_rev`). */
export interface GeneratedCall {
  readonly kind: 'generated';
  /** The callee's key in the program (compiler/index.ts). */
  readonly key: string;
  readonly callee: string;
  readonly form: 'primal' | Exclude<SecondForm, 'hvp'>;
  /** The callee's parameters' keys in its `adj` (a string parameter has none). */
  readonly params: readonly { readonly key: string; readonly string?: true }[];
  /** The indices of the array parameters it writes. */
  readonly writes: readonly number[];
  /** Where its generated module is, for a callee of another module (undefined: this one). */
  readonly from?: Import['from'];
}

/**
 * What a function that f's code calls is, beyond Math, the tape and the runtime's kernels: a
 * generated callee (whose forms it calls), a function with a registered derivative, or a test
 * (a function returning a boolean, called as it is: its value has no tangent).
 */
export type CalledFunction = Omit<GeneratedCall, 'form'> | { readonly kind: 'registered' | 'test'; readonly callee: string };

/** A second-order form another one calls: the callee's key and form (`jvp`: its forward mode, which f_jvp gives). */
export interface SecondNeed {
  readonly key: string;
  readonly callee: string;
  readonly form: 'jvp' | Exclude<SecondForm, 'hvp'>;
}

/** The second-order IR of one function in one form (`f_hvp`'s body, or `f_vjp_d`'s, …). */
export interface HvpFunction {
  readonly name: string;
  readonly form: SecondForm;
  /** The direction parameter's name (`v` of f_hvp, `tangent` of the others, unless the source uses that name). */
  readonly directionParam: string;
  /** The tangents of `adj` and `seed`, parameters of the vjp forms. */
  readonly adjTangent: string;
  readonly seedTangent: string;
  readonly body: readonly TStmt[];
  readonly imports: readonly Import[];
  /** The callees' forms it calls. */
  readonly needs: readonly SecondNeed[];
}

export interface SecondOptions {
  readonly form?: SecondForm;
  /** The parameters f writes (f_hvp: their tangents are copies of v's, which f_hvp leaves as it found them). */
  readonly written?: ReadonlySet<Var>;
  /** f_hvp: those it only writes, which f_vjp's body leaves written: f_hvp sets them back on return, so that it leaves every argument as f_grad does. */
  readonly restored?: readonly Var[];
  /** The generated functions and registered derivatives its code calls, by their names (a Callee's `fn`). */
  readonly calls?: ReadonlyMap<string, CalledFunction>;
  /** The variables of f that may hold a sentinel's infinity (analyze/reached.ts mayBeNonFinite). */
  readonly nonFinite?: ReadonlySet<Var>;
}
