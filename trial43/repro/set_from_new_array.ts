// Finding 3 (refused, message contradicts the README): `dst.set(src, offset)` where src is a new array made in the
// call. The README supports "`dst.set(src, offset)` of typed arrays and windows", and `a.set(src, 1)` with src bound
// first compiles (setBound below).
// Expected: setOf and setLiteral compile as setBound does (src read as if bound to a local first, as a spread of
// `Float64Array.of(…)` or an array literal is); failing that, a refusal that names the source: "set takes a typed
// array or a window: bind Float64Array.of(…) to a const first".
// Actual (`npx tsgrad compile trial43/repro/set_from_new_array.ts`), for both:
//   error TSG1008: 'set' is not an array method tsgrad supports as a statement
//   hint: tsgrad supports .fill(v) and .push(v) as statements, and .length, element reads and writes, .slice()
//   and .subarray() in expressions; write a loop
// which says set is not supported at all.
export function setBound(x: number, y: number, z: number): number {
  const a = new Float64Array(4);
  const src = Float64Array.of(x, y, z);
  a.set(src, 1);
  return a[0] + a[1] * a[2] + a[3];
}
export function setOf(x: number, y: number, z: number): number {
  const a = new Float64Array(4);
  a.set(Float64Array.of(x, y, z), 1);
  return a[0] + a[1] * a[2] + a[3];
}
export function setLiteral(x: number, y: number, z: number): number {
  const a = new Float64Array(4);
  a.set([x, y, z], 1);
  return a[0] + a[1] * a[2] + a[3];
}
