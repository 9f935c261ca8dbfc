// Finding: a literal string key in brackets on a nested constant object is refused, and both messages misread it.
// T = Object.freeze({ lo: { a, b }, hi: { a, b } }): `T.hi.b` compiles (README: "PG.A.a is its value"), and so does
// `COEFS['area']` on a flat constant object, but
//   `T.hi['b']`  → TSG1008 "'T.hi' is not an array of numbers tsgrad can index" (hint: index Float64Array, …)
//   `T['lo'].a`  → TSG1002 "property access 'T['lo'].a' is not supported" (hint: read numbers … from a module-level
//                  object of numbers: which T is).
// Expected: both read as T.hi.b and T.lo.a (a literal key is a property name), or a message saying to write T.hi.b.
// Found probing o['k'] string keys in trial42 (lang.aeroForce reads a flat table by o['k'], which works).
// Run: npx tsgrad compile trial42/repro/nested_const_bracket_key.ts
const T = Object.freeze({ lo: { a: 0.5, b: 1.5 }, hi: { a: 2, b: -0.5 } });

export function dotted(x: number): number {
  return T.lo.a * x + T.hi.b;
}

export function innerBracket(x: number): number {
  return T.lo.a * x + T.hi['b'];
}

export function outerBracket(x: number): number {
  return T['lo'].a * x;
}
