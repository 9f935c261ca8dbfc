// Finding (message): a helper with a rest parameter is refused with a hint that does not say what to write.
// `function sumSquares(...vs: number[])` called as sumSquares(x, y, z) is TSG2002 "'sumSquares' has a parameter
// tsgrad cannot pass (...vs: number[])", hint "callees take numbers, arrays of numbers, strings and booleans (…)":
// vs is an array of numbers. Expected: compile it (the call's arguments are an array literal), or a hint in the
// user's words: take the array, `sumSquares(vs: number[])`, and call `sumSquares([x, y, z])`, which compiles
// (sumSquaresArray below). (trial42 lang.restHelper)
// Run: npx tsgrad compile trial42/repro/rest_parameter_hint.ts
function sumSquares(...vs: number[]): number {
  let s = 0;
  for (const v of vs) s += v * v;
  return s;
}

function sumSquaresArray(vs: number[]): number {
  let s = 0;
  for (const v of vs) s += v * v;
  return s;
}

export function norm3(x: number, y: number, z: number): number {
  return Math.sqrt(sumSquares(x, y, z));
}

export function norm3Array(x: number, y: number, z: number): number {
  return Math.sqrt(sumSquaresArray([x, y, z]));
}
