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
function clamp01(v: number): number {
  return Math.min(Math.max(v, 0), 1);
}
class Filter {
  constructor(
    readonly a: number,
    public state: number,
  ) {}
  firstAbove(xs: Float64Array, t: number): number {
    for (let i = 0; i < xs.length; i++) {
      if (xs[i]! * this.a > t) return xs[i]! * this.a + i;
    }
    return -1;
  }
  run(xs: Float64Array): number {
    let peak = 0;
    for (const x of xs) {
      this.state += this.a * (x - this.state);
      switch (Math.sign(this.state)) {
        case 1:
          peak = Math.max(peak, this.state);
          break;
        case -1:
          peak -= 0.1 * this.state;
          break;
        default:
          continue;
      }
      if (peak > 10) break;
    }
    return peak + clamp01(this.state);
  }
  get energy(): number {
    let e = 0;
    let k = 0;
    while (k < 3) {
      e += (this.state * (k + 1)) ** 2;
      k++;
    }
    return e;
  }
}
export function methodControlFlow(a: number, s0: number, xs: Float64Array, t: number): number {
  const f = new Filter(a, s0);
  const first = f.firstAbove(xs, t);
  const p = f.run(xs);
  return first + p + f.energy;
}
