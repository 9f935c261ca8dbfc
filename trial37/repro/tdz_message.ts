// A block-scoped variable read before its declaration in the same block (TDZ: a ReferenceError at run time; tsc: TS2448).
// Expected: a diagnostic saying 's' (line 9) is used before its declaration, as tsc's TS2448 does.
// Actual: "error TSG1002: 's' is mutable state outside the function", hint "pass it as a parameter, or declare it as a
// module-level const": the variable is a local of this function, and the hint does not fix the code.
// run: node dist/cli/main.js compile trial37/repro/tdz_message.ts --out-dir /tmp/trial37/repro
export function shadowing(x: number, y: number): number {
  let s = x * y;
  {
    const s2 = s;
    let s = s2 + Math.sin(x);
    y = s + y;
  }
  return s + y;
}
