// trial49 finding 4: a local alias of a module buffer (`const b = A4`) is refused with a message about initializers.
// Expected: compiled (an alias of a local array works, trial48 hunt.ts; the buffer is written whole through it),
// or "'A4' is a module-level buffer: use it by its name, not through a second name".
// Actual: TSG1008 "'A4' is not an array initializer tsgrad supports", hint "use new Float64Array(n) (or another
// typed array), new Array(n).fill(0), [] or an array literal, …": A4 is declared new Float64Array(4), and the
// declaration tsgrad objects to is the alias, which the message does not say.
const A4 = new Float64Array(4);

export function aliasFilled(x: number, y: number): number {
  const b = A4;
  b.fill(x);
  b[2] = y;
  return A4[0] * A4[2] + b[3];
}
