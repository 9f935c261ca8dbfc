// Finding: a helper with overloads (one per argument type) is refused under its implementation's union type, and the
// hint does not mention overloads or say what to write.
//
// Expected: each call resolved to the overload it matches (norm2(a) with a number, norm2(v) with a Float64Array:
// TypeScript's checker knows which), or a message in the user's words, "'norm2' is compiled as its implementation
// signature (x: number | Float64Array), a union tsgrad cannot pass", with the hint "write one function per overload
// (norm2Num, norm2Arr)". The README says "a function with overload signatures is its implementation" only under
// Calls; overloads whose implementation takes numbers work (trial44/probes/edges.ts overloadsCompatible).
// Actual: TSG2002 "'norm2' has a parameter tsgrad cannot pass (x: number | Float64Array)" at the call norm2(a),
// hint "callees take numbers, arrays of numbers, strings and booleans (and a helper of this module that is not
// exported, objects of numbers)": true of the overloads the user wrote, so the hint reads as contradicting them.
// Run: npx tsgrad compile trial44/repro/overload_union_hint.ts

function norm2(x: number): number;
function norm2(x: Float64Array): number;
function norm2(x: number | Float64Array): number {
  if (typeof x === 'number') return x * x;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return s;
}

export function overloadNorms(a: number, v: Float64Array): number {
  return norm2(a) + Math.sqrt(norm2(v));
}
