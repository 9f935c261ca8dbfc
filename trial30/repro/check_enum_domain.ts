// Repro: `tsgrad check` draws a numeric const-enum parameter as an arbitrary real (kind = 1.27911), which is no
// member, so the switch falls through, the value is NaN (typed number), and the function FAILs with a request
// for @domain. tsgrad check draws string-union parameters from their values (README); expected the same for an
// enum (draw Kind.A or Kind.B), as the compiler already knows kind is an enum (no grad key).
export const enum Kind { A = 0, B = 1 }
export function u(c: number, kind: Kind): number {
  switch (kind) {
    case Kind.A:
      return Math.log(c);
    case Kind.B:
      return Math.sqrt(c);
  }
}
