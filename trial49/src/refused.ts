// Scratch-buffer uses README says tsgrad refuses (and near variants whose refusal I check).

const P4 = new Float64Array(4);
const S3 = new Float64Array(3);
const HIST = new Float64Array(4);
const T2 = new Float64Array(2);
const G3 = new Float64Array(3);
const Q4 = new Float64Array(4);
const E3 = new Float64Array(3);

/** r1. filled partly (2 of 4) then read whole */
export function partlyFilled(x: number, y: number): number {
  P4[0] = x; P4[1] = y;
  return P4[0] + P4[1] + P4[2] + P4[3];
}

/** r2. shared by two functions where one calls the other */
function innerUses(x: number): number {
  S3[0] = x; S3[1] = x * x; S3[2] = 1;
  return S3[0] + S3[1] + S3[2];
}
export function outerUses(x: number, y: number): number {
  S3[0] = y; S3[1] = y * y; S3[2] = 2;
  const a = innerUses(x);
  return a * S3[1];
}

/** r3. a buffer that is really state kept between calls: a moving average over the last 4 calls */
let head = 0;
export function movingAverage(x: number): number {
  HIST[head & 3] = x;
  head++;
  return (HIST[0] + HIST[1] + HIST[2] + HIST[3]) / 4;
}

/** r4. a state buffer without a counter: an exponential average kept in T2 from call to call */
export function keptAverage(x: number, a: number): number {
  T2[0] = a * T2[0] + (1 - a) * x;
  T2[1] = T2[0] * T2[0];
  return T2[1];
}

/** r5. used by a recursive function */
export function recursiveUses(x: number, n: number): number {
  G3[0] = x; G3[1] = x * x; G3[2] = n;
  if (n <= 0) return G3[0] + G3[1];
  return G3[1] + recursiveUses(x * 0.5, n - 1);
}

/** r6. filled in one branch only, read after */
export function oneBranchFilled(x: number, y: number): number {
  if (x > 0) { Q4.fill(x); }
  return Q4[0] * y + Q4[3];
}

/** r7. filled partly by a loop bound other than its length */
export function loopPartly(x: number, n: number): number {
  for (let i = 0; i < n; i++) E3[i] = x * (i + 1);
  return E3[0] + E3[1] + E3[2];
}
