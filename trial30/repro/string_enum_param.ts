// Repro: a parameter typed by a string enum is written into the generated signatures by its name, which the
// generated module does not import: tsc --strict fails on the .grad.ts (TS2304 Cannot find name 'Shape').
// Expected (README "The generated API": type-checks under tsc --strict; string unions are written out,
// numeric enums become number): `shape: "sphere" | "plate"` (or an import of Shape). Actual: `shape: Shape`.
export const enum Shape { Sphere = 'sphere', Plate = 'plate' }

export function drag(v: number, shape: Shape): number {
  const cd = shape === Shape.Sphere ? 0.47 : 1.28;
  return 0.5 * cd * v * v;
}
