import { sigmoid } from './layers.js';

/** Logistic regression's loss on one example: calls a function of another module. */
export function loss(w: Float64Array, b: number, x: Float64Array, y: number): number {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  const p = sigmoid(z);
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}

/** A value overwritten in a loop: its reverse sweep needs the tape (tsgrad/runtime). */
export const decay = (x: number, rate: number): number => {
  let v = x;
  for (let k = 0; k < 5; k++) v = Math.sin(v) * rate + v;
  return v;
};
