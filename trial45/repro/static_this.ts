// Finding (refused, message and hint mislead): `this.AREA` inside a static method, which reads a static readonly
// constant of the class (probes/edges.ts Tank.volume), is TSG1002 "'this' is read outside a method of a value class",
// hint "read the numbers of an instance, or pass them as parameters". It is read inside a method, a static one,
// where `this` is the class; `Tank.AREA` is accepted (static readonly constants and static methods called as
// `Units.toMetres(…)` work: lang.staticMembers).
// Expected: `this.AREA` in a static method read as `Tank.AREA`, or the message "'this' in a static method" with the
// hint "write Tank.AREA". Actual: TSG1002 at 12:12 with the hint above.
// Run: node dist/cli/main.js compile trial45/repro/static_this.ts --out-dir /tmp/trial45/repro
class Tank {
  static readonly AREA = 2.5;
  static volume(h: number): number {
    return this.AREA * h;
  }
}
export function staticThis(h: number): number {
  return Tank.volume(h * h);
}
