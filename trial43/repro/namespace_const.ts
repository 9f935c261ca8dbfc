// Finding 2 (refused, message misreads the program): an `export const` inside a `namespace`.
//
// A namespace of plain functions works (geometry.angleBetween calls Geo.dot and Geo.cross). Add a constant to it:
// Expected: SCALE is a number constant, inlined as a module-level const is (README: "Module-level constants");
// failing that, a refusal that says a namespace's constants are not read.
// Actual (`npx tsgrad compile trial43/repro/namespace_const.ts`):
//   17:16 - error TSG1002: 'SCALE' is mutable state outside the function
//   hint: pass it as a parameter, or declare it as a module-level const
//   (it is declared const and nothing assigns it), and, read from outside the namespace,
//   25:10 - error TSG1003: 'Units' is an object whose property 'scaled' is a function ((v: number) => number), and
//   tsgrad reads an object made of numbers and of objects of numbers only
//   hint: keep 'scaled' out of the object: pass it to and return it from helpers as a value of its own, …
//   (the user wrote no object, and Units.scaled(x) alone compiles).
namespace Units {
  export const SCALE = 2.5;
  export function scaled(v: number): number {
    return v * SCALE;
  }
}

export function insideNamespace(x: number): number {
  return Units.scaled(x) * x;
}
export function outsideNamespace(x: number): number {
  return Units.SCALE * x * x;
}
