class Bank {
  v: number;
  constructor(v0: number) { this.v = v0; }
  bump(): number { this.v = this.v * 2; return 1; }
}
export function localFieldCompound(v0: number): number {
  const b = new Bank(v0);
  b.v += b.bump();
  return b.v;
}
class Knob2 {
  private _g = 1;
  get g(): number { return this._g; }
  set g(v: number) { this._g = v; }
  twist(d: number): number { this.g = this.g + d; return this.g; }
  grow(d: number): void { this.g += this.twist(d); }
}
export function setterCompoundInMethod(d: number): number {
  const k = new Knob2();
  k.grow(d);
  return k.g;
}
export function setterPlainAssign(d: number): number {
  const k = new Knob2();
  k.g = k.g + k.twist(d);
  return k.g;
}
export function setterIncrement(d: number): number {
  const k = new Knob2();
  k.g = d;
  k.g *= k.twist(d);
  return k.g;
}
