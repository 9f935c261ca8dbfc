class Pt {
  constructor(public x: number, public y: number) {}
  get norm(): number { return Math.hypot(this.x, this.y); }
  get unitX(): number { return this.x / this.norm; }
  scaled(k: number): Pt { return new Pt(this.x * k, this.y * k); }
}
export function getterChain(x: number, y: number, k: number): number {
  const p = new Pt(x, y).scaled(k);
  return p.unitX * p.norm + p.norm;
}
export function closureLater(x: number, y: number): number {
  let a = x;
  const f = (t: number) => a * t;
  const first = f(y);
  a = y * y;
  return first + f(x);
}
export function switchBreakInside(x: number, m: number): number {
  let s = 0;
  switch (m) {
    case 0:
      s += x;
      if (x > 0) break;
      s += 2 * x;
    case 1:
      s += x * x;
      break;
    default:
      s = Math.sin(x);
  }
  return s;
}
export function labelNested(x: number, n: number): number {
  let s = 0;
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      s += x * (i + 1) * (j + 1);
      if (s > 20) break outer;
    }
  }
  return s;
}
export function reduceNoInit(x: number, y: number, z: number): number {
  const a = [x, y, z];
  return a.reduce((p, c, i) => p * c + i);
}
export function negMod(x: number, k: number): number {
  const i = ((k % 4) + 4) % 4;
  const a = [x, 2 * x, x * x, Math.sin(x)];
  return a[i] + (x % 1.5);
}
export function hypotZero(x: number, y: number): number {
  return Math.hypot(x, 0, y) + Math.hypot(x * 0, y);
}
export function truncNeg(x: number): number {
  return Math.trunc(x) * x + Math.sign(x - Math.trunc(x)) * x * x;
}
export function signZeroProduct(x: number, y: number): number {
  const s = Math.sign(x * 0);
  return s * y + (1 + s) * y * x;
}
export function minMaxSpreadTie(x: number, y: number): number {
  const xs = [x, y, x];
  return Math.max(...xs) * 2 + Math.min(...xs);
}
namespace N {
  export namespace Inner {
    export function sq(v: number): number { return v * v * 2.5; }
  }
}
export function nestedNamespace(x: number): number {
  return N.Inner.sq(x) + 2.5 * x;
}
let base = 2;
export function moduleLetConst(x: number): number {
  return x ** base;
}
export const arrowDefault = (x: number, p = 3): number => x ** p;
export function arrowInline(x: number): number {
  return arrowDefault(x) + arrowDefault(x, 2);
}
function pickLo(o?: { lo?: number }): number {
  return o?.lo ?? 0;
}
export function optionalChainUndefined(x: number, lo: number): number {
  const o = lo > 1 ? undefined : { lo };
  return Math.max(x, pickLo(o)) * x + pickLo() + pickLo({ lo: x });
}
export function fromArrayMap(x: number, y: number): number {
  const base = [x, y, x + y];
  const sq = Array.from(base, (v, i) => v * v * (i + 1));
  return sq[0] + sq[1] * sq[2];
}
export function tupleSwap(x: number, y: number): number {
  let a = x, b = y;
  for (let i = 0; i < 3; i++) [a, b] = [b, a * b];
  return a + b;
}
export function commaSeq(x: number): number {
  let a = 0, b = 0;
  const r = (a = x * 2, b = a + x, a * b);
  return r + a;
}
export function doWhileAcc(x: number): number {
  let s = x, k = 0;
  do { s = Math.cos(s) + x; k++; } while (k < 5);
  return s;
}
export function ternaryAssignChain(x: number, y: number): number {
  let a = x;
  const b = a > 0 ? (a = a * y) : (a = -a);
  return a * b;
}
export function compoundIndexed(x: number, y: number): number {
  const w = new Float64Array(3);
  w[0] = x; w[1] = y; w[2] = x * y;
  let i = 0;
  w[i++] *= w[i] + 1;
  w[++i] += w[i - 1] * x;
  return w[0] + w[1] + w[2];
}
export function powEdge(x: number, y: number): number {
  return Math.sqrt(x * x + y * y) + (x * x) ** 0.5 + Math.cbrt(y * y * y);
}
