// trial49 finding 0 (type-check class): a generated file fails `tsc --strict --noUncheckedIndexedAccess` (TS7022),
// which trial48's generated files passed. A two-element state written and read by constant indices inside a loop
// (`z[0] = … z[1] …`, a biquad's transposed-direct-form state; gen/audio, ik, imu, rigid: 201 errors) is lowered to
// `const t2 = z[0]!; … z[0]! = t5;`; with noUncheckedIndexedAccess, TypeScript narrows `z[0]` by the assignment
// through the `!`, and the loop makes the narrowing circular: "error TS7022: 't…' implicitly has type 'any' because
// it does not have a type annotation and is referenced directly or indirectly in its own initializer". Under
// `--strict` alone the files pass. Values and derivatives are right (audio.biquadFit ok).
// Expected: generated files that type-check under the stricter flags too (e.g. `const t2: number = z[0]!`).
// Actual: TS7022 on the temporaries reading z[0] and z[1] in moduleState and localStateInit (the state written by
// constant indices before the loop, which a module scratch buffer needs); localState (no writes before the loop)
// type-checks.
const zst = new Float64Array(2);

export function moduleState(x: Float64Array, a: number): number {
  zst[0] = 0; zst[1] = 0;
  let e = 0;
  for (let n = 0; n < x.length; n++) {
    const y = x[n] + zst[0];
    zst[0] = a * zst[1] - y;
    zst[1] = a * y;
    e += y * y;
  }
  return e;
}

export function localState(x: Float64Array, a: number): number {
  const z = new Float64Array(2);
  let e = 0;
  for (let n = 0; n < x.length; n++) {
    const y = x[n] + z[0];
    z[0] = a * z[1] - y;
    z[1] = a * y;
    e += y * y;
  }
  return e;
}

export function localStateInit(x: Float64Array, a: number): number {
  const z = new Float64Array(2);
  z[0] = 0; z[1] = 0;
  let e = 0;
  for (let n = 0; n < x.length; n++) {
    const y = x[n] + z[0];
    z[0] = a * z[1] - y;
    z[1] = a * y;
    e += y * y;
  }
  return e;
}
