// trial49 finding 1: a module buffer whose first write is the helper that fills it (gl-matrix's
// `vec3.transformQuat(tmp, v, q)` idiom) is refused, and the message names the wrong cause.
// Expected: compiled (README, "Module-level scratch buffers": the buffer may be "passed to a helper that writes it";
// rotate writes all three elements, and helpers are inlined), or, if the helper's write does not count as the
// whole write, a message saying so: "'tmp' is a module-level buffer passed to 'rotate' before the function writes
// every element", hint "write it whole first (tmp.fill(0))", which compiles (trial49 rigid.ts, probes.helperFillsAfterFill).
// Actual: TSG1008 "pass an array variable or parameter here, a window onto one (x.subarray(a, b)), or a new array
// (new Float64Array(n), Float64Array.from(x))", hint "declare the array first: const a = new Float64Array(n)" at
// `tmp`, which is an array variable, declared with new Float64Array(3).
const tmp = new Float64Array(3);

function rotate(out: Float64Array, c: number, s: number, v: Float64Array): void {
  out[0] = c * v[0] - s * v[1];
  out[1] = s * v[0] + c * v[1];
  out[2] = v[2];
}

export function rotatedZ(th: number, v: Float64Array): number {
  rotate(tmp, Math.cos(th), Math.sin(th), v);
  return tmp[0] * tmp[2] + tmp[1];
}
