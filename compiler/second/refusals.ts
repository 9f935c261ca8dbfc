/**
 * Why a call cannot be differentiated, in the user's terms (the generated code's own helpers are
 * never named).
 */
import type { TExpr } from '../ir/target.js';
import { calleeText } from '../ir/names.js';
import { NoHvp } from './types.js';
import type { TangentState } from './state.js';

/** Why the call (or runtime helper's call) `e` cannot be differentiated. */
export function refusedCall(cx: TangentState, e: TExpr & { k: 'call' | 'runtime' }): NoHvp {
  const c = e.k === 'call' ? e.callee : undefined;
  // (as the code spells it, for the description of the generated code's own calls)
  const receiver = e.args[0]?.k === 'name' ? e.args[0].name : '';
  const text = !c ? (e as { fn: string }).fn : c.k === 'method' || c.k === 'schedule' ? `${receiver}${calleeText(c)}` : calleeText(c);
  const own = ownCallInUserTerms(text);
  if (own !== undefined) {
    return new NoHvp(`its gradient ${own}, which f_hvp does not differentiate where the values depend on the inputs`,
      'take the Hessian-vector product from differences of f_grad along v');
  }
  const bare = c?.k === 'fn' ? c.name : text;
  const registered = c?.k === 'fn' ? cx.calls.get(c.name) : undefined;
  if (registered?.kind === 'registered') {
    return new NoHvp(`it calls '${registered.callee}', whose derivative is registered (${registered.callee}_vjp) without a second-order form, so f_hvp cannot differentiate its vjp`,
      `take the Hessian-vector product from differences of f_grad along v, or let tsgrad read '${registered.callee}' instead of registering its derivative`);
  }
  if (c?.k === 'fn' && c.runtime) {
    return new NoHvp(`it calls '${bare}', a function of tsgrad/runtime without a second-order form (sum, dot, logsumexp, sigmoid, softmax, matvec and matmul have one)`,
      `take the Hessian-vector product from differences of f_grad along v, or write the computation out in the function`);
  }
  return new NoHvp(`it calls '${bare}', which has no second-order form that f_hvp knows of`,
    `write the computation out in the function (a helper tsgrad inlines is fine), or take the Hessian-vector product from differences of f_grad along v`);
}

/**
 * What the generated code's own helpers do, in the user's terms, so that a note about the code
 * tsgrad generated never names them (trial21: "it calls 'f64Zeros', a function of tsgrad/runtime",
 * for a function that wrote `new Float64Array(n)` and swapped arrays).
 */
const ownHelperTerms: ReadonlyMap<string, string> = new Map([
  ['f64Zeros', 'allocates the zeroed adjoint of an array the function creates (new Float64Array(n)) or rebinds'],
  ['listZeros', 'allocates the zeroed adjoint of an array the function builds with push'],
  ['sink', 'discards a result of a call it makes for its effect'],
  ['adjointOf', 'keeps the adjoint of an array the function rebinds'],
  ['restore', 'restores the elements of an array the function overwrites'],
  ['tape', 'records values for the reverse sweep'],
  ['tapeTangents', 'records values for the reverse sweep'],
  ['revolve', 'schedules the checkpoints of a @checkpoint loop'],
  ['tripCount', 'schedules the checkpoints of a @checkpoint loop'],
  ['snapshotTangents', 'saves the snapshots of a @checkpoint loop'],
  ['saveArray', 'saves the snapshots of a @checkpoint loop'],
  ['denseHessian', 'assembles the Hessian'],
  ...['f64HighWord', 'f64LowWord', 'f64WithHighWord', 'f64WithLowWord', 'f64FromWords', 'f64WithHighWordScale', 'f64Ldexp', 'f64CopySign']
    .map((n) => [n, 'reads or sets the bits of a float (as getHighWord, setHighWord, ldexp or copysign of @stdlib do)'] as [string, string]),
]);

/**
 * A call of the generated code that is not one the user wrote, in the user's terms (`… allocates
 * the zeroed adjoint of an array …`); undefined for a call of the user's (a function of theirs, a
 * runtime kernel they import, `Math.exp`). A method called on a generated variable (`v_b.fill`) is
 * described by the method alone.
 */
export function ownCallInUserTerms(callee: string): string | undefined {
  const head = callee.split('.')[0]!;
  const terms = ownHelperTerms.get(head);
  if (terms !== undefined) return terms;
  const method = /^([\w$]+)\.(\w+)$/.exec(callee);
  if (method && /_[bd]$/.test(method[1]!)) return `calls the array method '.${method[2]}' on an adjoint or tangent array`;
  return undefined;
}
