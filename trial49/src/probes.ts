// Language probes on module-level scratch buffers (the forms README says tsgrad supports, and near variants).

const S4 = new Float64Array(4);
const A3 = new Array(3).fill(0);
const L3 = [0, 0, 0];
const B2 = new Float64Array(2);
const H4 = new Float64Array(4);
const R4 = new Float64Array(4);
const C4 = new Float64Array(4);
const W3 = new Float64Array(3);
const F8 = new Float64Array(8);

/** 1. filled by a loop over S.length, then read */
export function loopFilled(x: number, y: number): number {
  for (let i = 0; i < S4.length; i++) S4[i] = Math.sin(x * (i + 1)) + y * i;
  let s = 0;
  for (let i = 0; i < S4.length; i++) s += S4[i] * S4[i];
  return s;
}

/** 2. filled by .fill, then updated in place and read */
export function fillFilled(x: number, y: number): number {
  S4.fill(x);
  S4[1] *= y; S4[2] += y * y; S4[3] = S4[0] * S4[1];
  return S4[0] + S4[1] * S4[2] + S4[3];
}

/** 3. filled in each branch (different values per branch) */
export function eachBranch(x: number, y: number): number {
  if (x > 0) {
    B2[0] = x * y; B2[1] = x + y;
  } else {
    B2[0] = y; B2[1] = x * x;
  }
  return B2[0] * B2[1];
}

/** 4. passed to a helper that fills it */
function fillFrom(out: Float64Array, a: number, b: number): void {
  out[0] = a; out[1] = b; out[2] = a * b; out[3] = a - b;
}
export function helperFills(x: number, y: number): number {
  fillFrom(H4, x, y);
  return H4[0] * H4[3] + H4[1] * H4[2];
}

/** 5. a new Array(n).fill(0) buffer, written element by element (S[k] = e for each k) */
export function arrayBuffer(x: number, y: number): number {
  A3[0] = x; A3[1] = y; A3[2] = x * y;
  return A3[0] * A3[1] + A3[2] * A3[2];
}

/** 6. a literal [0, 0, 0] buffer, filled then iterated by for...of */
export function literalBuffer(x: number, y: number): number {
  L3[0] = Math.exp(x); L3[1] = Math.exp(y); L3[2] = 1;
  let s = 0;
  for (const v of L3) s += v;
  return Math.log(s);
}

/** 7. filled inside each loop iteration (the loop body uses it) */
export function filledInLoop(xs: Float64Array, k: number): number {
  let acc = 0;
  for (let i = 0; i < xs.length; i++) {
    R4.fill(xs[i]);
    R4[1] *= k; R4[2] *= k * k; R4[3] *= k * k * k;
    acc += R4[0] + R4[1] + R4[2] + R4[3];
  }
  return acc;
}

/** 8. filled by a loop counting down over S.length */
export function reverseFilled(x: number, y: number): number {
  for (let i = C4.length - 1; i >= 0; i--) C4[i] = x * i + y;
  return C4[0] * C4[3] - C4[1] * C4[2] + C4[3] * C4[3];
}

/** 9. read inside a forEach callback after being filled */
export function readInCallback(xs: Float64Array, k: number): number {
  W3.fill(0);
  W3[0] = k; W3[1] = k * k; W3[2] = 1;
  let s = 0;
  xs.forEach((v, i) => { s += W3[i % 3] * v; });
  return s;
}

/** 10. two functions using the same buffer, neither calling the other */
export function sharedNoCallA(x: number): number {
  F8.fill(x);
  return F8[0] * F8[7];
}
export function sharedNoCallB(x: number, y: number): number {
  for (let i = 0; i < F8.length; i++) F8[i] = x + y * i;
  return F8[3] * F8[5];
}

/** 11. filled with .set from a parameter of the same length (not one of README's forms) */
export function setFilled(v: Float64Array, k: number): number {
  H4.set(v);
  H4[0] *= k;
  return H4[0] + H4[1] * H4[2] + H4[3];
}

/** 3b. filled in each branch that uses it (README's form): the reads inside the branches */
export function eachBranchInside(x: number, y: number): number {
  if (x > 0) {
    B2[0] = x * y; B2[1] = x + y;
    return B2[0] * B2[1];
  } else {
    B2[0] = y; B2[1] = x * x;
    return B2[0] * B2[1];
  }
}

/** 4b. written whole first, then passed to the helper that fills it (README's form) */
export function helperFillsAfterFill(x: number, y: number): number {
  H4.fill(0);
  fillFrom(H4, x, y);
  return H4[0] * H4[3] + H4[1] * H4[2];
}

/** 12. a buffer used by a recursive helper's caller, the recursion itself not touching it */
function powRec(x: number, n: number): number {
  return n <= 0 ? 1 : x * powRec(x, n - 1);
}
export function bufferAroundRecursion(x: number, n: number): number {
  S4.fill(0);
  for (let i = 0; i < S4.length; i++) S4[i] = powRec(x, i + n);
  return S4[0] + S4[1] - S4[2] + S4[3];
}
