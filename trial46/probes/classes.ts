// Class probes: a field initialiser reading parameter properties (finding 1: TS2729 under ES2022, f is NaN), inheritance
// with overrides, getters overridden and super calls.

class Box {
  readonly area = this.w * this.h;
  constructor(
    readonly w: number,
    readonly h: number,
  ) {}
  aspect(): number {
    return this.w / this.h + this.area;
  }
}
export function fieldFromParams(w: number, h: number): number {
  return new Box(w, h).aspect();
}

abstract class Shape {
  constructor(readonly scale: number) {}
  abstract area(): number;
  get perimeterish(): number {
    return 2 * Math.sqrt(this.area());
  }
  scaled(): number {
    return this.scale * this.area() + this.perimeterish;
  }
}
class Rect extends Shape {
  get diag(): number {
    return Math.hypot(this.w, this.h);
  }
  constructor(
    s: number,
    readonly w: number,
    readonly h: number,
  ) {
    super(s);
  }
  area(): number {
    return this.w * this.h;
  }
}
class Square extends Rect {
  constructor(s: number, side: number) {
    super(s, side, side);
  }
  area(): number {
    return super.area() * 1.5 + this.diag;
  }
  get perimeterish(): number {
    return 4 * this.w;
  }
}
export function inheritanceChain(s: number, w: number, h: number): number {
  const r = new Rect(s, w, h);
  const q = new Square(s, w);
  return r.scaled() + q.scaled() + r.diag * q.diag;
}
