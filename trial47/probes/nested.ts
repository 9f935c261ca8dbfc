// Instances inside instances: refused, precisely (a value class field that is an object, TSG1003, as README says).
// A static readonly instance of the class itself and a module-level const instance: refused, finding 8.

class V2 {
  static readonly ORIGIN = new V2(0, 1);
  constructor(readonly x: number, readonly y: number) {}
  add(o: V2): V2 {
    return new V2(this.x + o.x, this.y + o.y);
  }
  scale(s: number): V2 {
    return new V2(this.x * s, this.y * s);
  }
  get norm(): number {
    return Math.hypot(this.x, this.y);
  }
}

class Mover {
  pos = V2.ORIGIN;
  vel = new V2(1, 0);
  constructor(x: number, readonly drag: number) {
    this.pos = this.pos.add(new V2(x, 0));
  }
  get speed(): number {
    return this.vel.norm;
  }
  step(dt: number): void {
    this.pos = this.pos.add(this.vel.scale(dt));
    this.vel = this.vel.scale(1 - this.drag * dt);
  }
  nudge(): number {
    this.pos = this.pos.scale(0.5);
    return this.pos.x;
  }
}
/** A field initialised from a static instance and reassigned in the constructor; methods replacing nested instances. */
export function nestedMover(x: number, drag: number): number {
  const m = new Mover(x, drag);
  for (let i = 0; i < 5; i++) m.step(0.1);
  return m.pos.x * m.pos.y + m.speed;
}

/** new V2(m.pos.x, m.nudge()): the first argument reads pos before nudge replaces it. */
export function nestedArgOrder(x: number): number {
  const m = new Mover(x, 0.1);
  const v = new V2(m.pos.x, m.nudge());
  return v.x * 3 + v.y + m.pos.x;
}

class Rig extends Mover {
  readonly anchor = this.pos.scale(2); // after super(): pos already moved by x
  constructor(x: number) {
    super(x, 0.2);
  }
}
/** A derived initialiser reading a nested base field the base constructor reassigned. */
export function derivedNested(x: number): number {
  const r = new Rig(x);
  return r.anchor.x + r.anchor.y * x;
}

/** A static readonly instance of the class itself, used with methods and a getter. */
export function staticInstance(x: number): number {
  const p = V2.ORIGIN.add(new V2(x, 0)).scale(2);
  return p.norm + V2.ORIGIN.y * x;
}

const ORIGIN2 = new V2(0, 1);
/** A module-level const instance, used as staticInstance uses V2.ORIGIN. */
export function moduleConstInstance(x: number): number {
  const p = ORIGIN2.add(new V2(x, 0)).scale(2);
  return p.norm + ORIGIN2.y * x;
}
