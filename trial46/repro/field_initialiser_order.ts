// Finding 1 (WRONG value and gradient where TypeScript does not warn): a field initialiser that calls a method
// reading parameter properties.
// Under target ES2022 (this repository's tsconfig, and what tsgrad/register runs), class fields use define semantics:
// the field initialisers run before the constructor assigns its parameter properties, so `this.calc()` reads
// this.w and this.h as undefined and `area` is NaN; f returns NaN. tsc 7 --strict reports nothing here (TS2729 is
// reported only where the initialiser reads `this.w` directly: probes/classes.ts fieldFromParams).
// Expected: f_grad's value NaN as f's (initialisers before parameter properties, as the runtime does), or a
//   refusal naming the initialiser that reads parameter properties before they are assigned.
// Actual: f_grad's value is 2 + w*h (w = 2, h = 3: 8) with gradient {w: 3, h: 2}, where f is NaN.
class Plate {
  readonly area = this.calc();
  constructor(
    readonly w: number,
    readonly h: number,
  ) {}
  calc(): number {
    return this.w * this.h;
  }
}
export function plateLoad(w: number, h: number): number {
  return new Plate(w, h).area + 2;
}

// The same through a getter, which tsc does not flag either: `readonly area = this.size` with `get size() { return
// this.w * this.h; }`: f NaN, f_grad value 7 (w = 2, h = 3), grad {w: 3, h: 2}.
class Sheet {
  readonly area = this.size;
  constructor(
    readonly w: number,
    readonly h: number,
  ) {}
  get size(): number {
    return this.w * this.h;
  }
}
export function sheetArea(w: number, h: number): number {
  return new Sheet(w, h).area + 1;
}

import { plateLoad_grad, sheetArea_grad } from './field_initialiser_order.grad.js';
const f = plateLoad(2, 3), g = plateLoad_grad(2, 3);
const f2 = sheetArea(2, 3), g2 = sheetArea_grad(2, 3);
const still = !Object.is(f, g.value) || !Object.is(f2, g2.value);
console.log(still ? `REPRODUCES: plateLoad: f ${f}, f_grad value ${g.value}, grad ${JSON.stringify(g.grad)}; sheetArea: f ${f2}, f_grad value ${g2.value}, grad ${JSON.stringify(g2.grad)}` : 'GONE: f_grad values equal f');
