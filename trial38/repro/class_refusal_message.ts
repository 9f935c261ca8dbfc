// Finding: an instance of a class that extends an abstract base, or has an ES #private field, is refused with
// "'new Harmonic(k).total' is not a function tsgrad can follow" and a hint about function declarations, where the
// README (Value classes) promises TSG1003 naming the reason (inheritance, #private members) with a hint.
// Expected: TSG1003 "'Harmonic' extends 'Potential' …" / "'Spring' has #private members …".
// Actual (run: node dist/cli/main.js compile trial38/repro/class_refusal_message.ts --out-dir /tmp/trial38/repro):
//   class_refusal_message.ts:24:10 - error TSG2002: 'new Harmonic(k).total' is not a function tsgrad can follow
//   class_refusal_message.ts:35:10 - error TSG2002: 'new Spring(k).energy' is not a function tsgrad can follow
// With the instance in a local first (lines 39 and 44) the messages are TSG1003 and name the reason, as documented.
abstract class Potential {
  abstract energy(r: number): number;
  total(rs: Float64Array): number {
    let e = 0;
    for (const r of rs) e += this.energy(r);
    return e;
  }
}
class Harmonic extends Potential {
  constructor(readonly k: number) {
    super();
  }
  energy(r: number): number { return 0.5 * this.k * (r - 1) ** 2; }
}
export function inherited(rs: Float64Array, k: number): number {
  return new Harmonic(k).total(rs);
}

class Spring {
  #k: number;
  constructor(k: number) {
    this.#k = k;
  }
  energy(x: number): number { return 0.5 * this.#k * x * x; }
}
export function privateField(x: number, k: number): number {
  return new Spring(k).energy(x);
}

export function inheritedLocal(rs: Float64Array, k: number): number {
  const h = new Harmonic(k);
  return h.total(rs);
}

export function privateFieldLocal(x: number, k: number): number {
  const s = new Spring(k);
  return s.energy(x);
}
