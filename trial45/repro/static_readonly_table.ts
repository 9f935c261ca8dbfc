// Finding (refused, message wrong about the type): a static readonly table of a class, indexed in a static method
// (`static readonly COEFFS = [1, -0.5, 0.25, -0.125] as const`, `Poly.COEFFS[i]`), is TSG1008 "'Poly.COEFFS' is not
// an array of numbers tsgrad can index", hint "index Float64Array, number[] or readonly number[] variables and
// parameters". It is a readonly array of numbers; static readonly number constants (`Units.G`, lang.staticMembers)
// and module-level constant tables are read, and `Poly.COEFFS.length` is TSG1002 "property access … is not
// supported" with a hint that does name module-level constants.
// Expected: the table read as a module-level constant table is, or the hint "move COEFFS to a module-level const".
// Actual: TSG1008 at 15:19 with the hint above.
// Run: node dist/cli/main.js compile trial45/repro/static_readonly_table.ts --out-dir /tmp/trial45/repro
class Poly {
  static readonly COEFFS = [1, -0.5, 0.25, -0.125] as const;
  static eval(x: number): number {
    let s = 0;
    for (let i = 3; i >= 0; i--) {
      s = s * x + Poly.COEFFS[i];
    }
    return s;
  }
}
export function staticTable(x: number): number {
  return Poly.eval(x) * x;
}
