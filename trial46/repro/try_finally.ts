// Finding 10 (hint does not fit the code): `try { … } finally { … }` with no catch.
// Expected: a hint for what was written: move the finally block's statements after the try block (a throw inside is
//   supported and ends the function anyway).
// Actual: TSG1001 "'try' is not supported in a differentiated function", hint "catch the error in the caller of the
//   function (a `throw` inside it is supported)": the code catches nothing; it runs cleanup code. (lang.ts guardedLog.)
export function guardedLog(x: number, y: number): number {
  let out = 0;
  try {
    if (!(x > 0)) throw new Error(`x must be positive, got ${x}`);
    out = Math.log(x) * y;
  } finally {
    out += 1;
  }
  return out;
}
