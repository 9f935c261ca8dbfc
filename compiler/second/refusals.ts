/**
 * Why a call cannot be differentiated, in the user's terms (the generated code's own helpers are
 * never named).
 */
import type { Callee, RuntimeFn, RuntimeHelper, TExpr } from '../ir/target.js';
import { calleeText } from '../ir/names.js';
import { NoHvp } from './types.js';
import type { TangentState } from './state.js';

/** Why the call (or runtime helper's call) `e` cannot be differentiated. */
export function refusedCall(cx: TangentState, e: TExpr & { k: 'call' | 'runtime' }): NoHvp {
  if (e.k === 'runtime') return ownRefused(runtimeTerms[e.fn]);
  const c = e.callee;
  const own = calleeTerms(c, e.args[0]);
  if (own !== undefined) return ownRefused(own);
  // (as the code spells it: a method with its receiver, `xs.copyWithin`)
  const receiver = e.args[0]?.k === 'name' ? e.args[0].name : '';
  const bare = c.k === 'fn' ? c.name : c.k === 'method' || c.k === 'schedule' ? `${receiver}${calleeText(c)}` : calleeText(c);
  const registered = c.k === 'fn' ? cx.calls.get(c.name) : undefined;
  if (registered?.kind === 'registered') {
    return new NoHvp(`it calls '${registered.callee}', whose derivative is registered (${registered.callee}_vjp) without a second-order form, so f_hvp cannot differentiate its vjp`,
      `take the Hessian-vector product from differences of f_grad along v, or let tsgrad read '${registered.callee}' instead of registering its derivative`);
  }
  if (c.k === 'fn' && c.runtime) {
    return new NoHvp(`it calls '${bare}', a function of tsgrad/runtime without a second-order form (sum, dot, logsumexp, sigmoid, softmax, matvec and matmul have one)`,
      `take the Hessian-vector product from differences of f_grad along v, or write the computation out in the function`);
  }
  return new NoHvp(`it calls '${bare}', which has no second-order form that f_hvp knows of`,
    `write the computation out in the function (a helper tsgrad inlines is fine), or take the Hessian-vector product from differences of f_grad along v`);
}

/** The refusal of a call of the generated code's own, told by what it does (`own`). */
const ownRefused = (own: string): NoHvp => new NoHvp(`its gradient ${own}, which f_hvp does not differentiate where the values depend on the inputs`,
  'take the Hessian-vector product from differences of f_grad along v');

const checkpoints = 'schedules the checkpoints of a @checkpoint loop';
const taping = 'records values for the reverse sweep';

/**
 * What the generated code's own helpers do, in the user's terms, so that a note about the code
 * tsgrad generated never names them (trial21: "it calls 'f64Zeros', a function of tsgrad/runtime",
 * for a function that wrote `new Float64Array(n)` and swapped arrays). One entry per helper: a
 * new one without its description does not compile.
 */
export const runtimeTerms: Readonly<Record<RuntimeFn, string>> = {
  f64Zeros: 'allocates the zeroed adjoint of an array the function creates (new Float64Array(n)) or rebinds',
  listZeros: 'allocates the zeroed adjoint of an array the function builds with push',
  sink: 'discards a result of a call it makes for its effect',
  adjointOf: 'keeps the adjoint of an array the function rebinds',
  restore: 'restores the elements of an array the function overwrites',
  saveSegment: 'saves the elements of an array the function overwrites',
  restoreSegment: 'restores the elements of an array the function overwrites',
  tapeTangents: taping,
  revolve: checkpoints,
  tripCount: checkpoints,
  snapshotTangents: 'saves the snapshots of a @checkpoint loop',
  saveArray: 'saves the snapshots of a @checkpoint loop',
};

/** The runtime's plain functions: undefined for `sum`, a kernel the user imports too (its name is theirs). */
const bits = 'reads or sets the bits of a float (as getHighWord, setHighWord, ldexp or copysign of @stdlib do)';
export const helperTerms: Readonly<Record<RuntimeHelper, string | undefined>> = {
  sum: undefined,
  f64HighWord: bits, f64LowWord: bits, f64WithHighWord: bits, f64WithLowWord: bits, f64FromWords: bits,
  f64WithHighWordScale: bits, f64Ldexp: bits, f64CopySign: bits,
  sortPermutation: 'sorts an array (the order its elements take)',
};

/**
 * A call of the generated code that is not one the user wrote, in the user's terms (`… allocates
 * the zeroed adjoint of an array …`); undefined for a call of the user's (a function of theirs, a
 * runtime kernel they import, `Math.exp`, a method of their array). A method called on a
 * derivative array (an adjoint or a tangent the sweeps made, a TVar, whatever its name:
 * `v_b.copyWithin(…)`) is described by the method alone.
 */
export function ownCallInUserTerms(e: TExpr & { k: 'call' | 'runtime' | 'tape' }): string | undefined {
  switch (e.k) {
    case 'runtime': return runtimeTerms[e.fn];
    case 'tape': return taping;
    case 'call': return calleeTerms(e.callee, e.args[0]);
  }
}

function calleeTerms(c: Callee, receiver: TExpr | undefined): string | undefined {
  switch (c.k) {
    case 'helper': return helperTerms[c.fn];
    case 'method': return receiver?.k === 'name' && (receiver.v?.role === 'adjoint' || receiver.v?.role === 'tangent') ? `calls the array method '.${c.name}' on an adjoint or tangent array` : undefined;
    // (a @checkpoint loop's schedule is the generated code's: `revolve()`'s)
    case 'schedule': return checkpoints;
    case 'math': case 'console': case 'global': case 'fn': return undefined;
    default: return c satisfies never;
  }
}
