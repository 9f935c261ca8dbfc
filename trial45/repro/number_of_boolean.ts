// Finding (refused, message and hint imprecise): `Number(flag)` of a boolean parameter (0 or 1, as JavaScript defines
// it; a common way to turn a flag into a factor) is TSG1002 "'Number(flag)' converts a value that is not a number",
// hint "pass a number, or a string literal (Number('1e-3'))". The README lists booleans as flags without derivative,
// usable in conditions; the conversion has no derivative either.
// Expected: compiled as `flag ? 1 : 0`, or the hint "write flag ? 1 : 0". Actual: TSG1002 at 8:26 with the hint above.
// Run: node dist/cli/main.js compile trial45/repro/number_of_boolean.ts --out-dir /tmp/trial45/repro
export function withFlag(x: number, flag: boolean): number {
  return Number(x) * 2 + Number(flag) * x;
}
