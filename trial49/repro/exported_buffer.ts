// trial49 finding 5 (minor): an exported module buffer used as scratch is refused (README: the buffer must not be
// exported), but the message does not name the cause: it says "an array kept at module level: tsgrad reads such an
// array only as a constant table, which no function writes", the same as for any module array, while README supports
// writing a module-level scratch buffer. Expected: "'OUT3' is exported: other modules may read what a call leaves in
// it, so it is not scratch", hint "keep it unexported or take it as an out-parameter".
// Actual: TSG1008 "'OUT3' is an array kept at module level: tsgrad reads such an array only as a constant table,
// which no function writes", hint "allocate the buffer inside the function …, or take it as a parameter" (fits).
export const OUT3 = new Float64Array(3);

export function exportedScratch(x: number, y: number): number {
  OUT3.fill(0);
  OUT3[0] = x;
  OUT3[1] = y;
  OUT3[2] = x * y;
  return OUT3[0] + OUT3[1] * OUT3[2];
}
