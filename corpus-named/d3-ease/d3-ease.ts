// d3-ease@3.0.2, dist/d3-ease.js (BSD-3-Clause / ISC, see LICENSE; the npm package ships only
// this bundle). Types added; the bundle's `exports.easeX = x` written as `export` on the
// functions and variables; the UMD wrapper removed. The functions are copied in the bundle's order.

export const linear = (t: number): number => +t;

export function quadInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t : --t * (2 - t) + 1) / 2;
}

export function cubicOut(t: number): number {
  return --t * t * t + 1;
}

export function cubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

var exponent = 3;

export var polyInOut = (function custom(e: number) {
  e = +e;

  function polyInOut(t: number): number {
    return ((t *= 2) <= 1 ? Math.pow(t, e) : 2 - Math.pow(2 - t, e)) / 2;
  }

  polyInOut.exponent = custom;

  return polyInOut;
})(exponent);

var pi = Math.PI,
    halfPi = pi / 2;

export function sinIn(t: number): number {
  return (+t === 1) ? 1 : 1 - Math.cos(t * halfPi);
}

export function sinInOut(t: number): number {
  return (1 - Math.cos(pi * t)) / 2;
}

// tpmt is two power minus ten times t scaled to [0,1]
function tpmt(x: number): number {
  return (Math.pow(2, -10 * x) - 0.0009765625) * 1.0009775171065494;
}

export function expInOut(t: number): number {
  return ((t *= 2) <= 1 ? tpmt(1 - t) : 2 - tpmt(t - 1)) / 2;
}

export function circleInOut(t: number): number {
  return ((t *= 2) <= 1 ? 1 - Math.sqrt(1 - t * t) : Math.sqrt(1 - (t -= 2) * t) + 1) / 2;
}

var b1 = 4 / 11,
    b2 = 6 / 11,
    b3 = 8 / 11,
    b4 = 3 / 4,
    b5 = 9 / 11,
    b6 = 10 / 11,
    b7 = 15 / 16,
    b8 = 21 / 22,
    b9 = 63 / 64,
    b0 = 1 / b1 / b1;

export function bounceOut(t: number): number {
  return (t = +t) < b1 ? b0 * t * t : t < b3 ? b0 * (t -= b2) * t + b4 : t < b6 ? b0 * (t -= b5) * t + b7 : b0 * (t -= b8) * t + b9;
}

export function bounceInOut(t: number): number {
  return ((t *= 2) <= 1 ? 1 - bounceOut(1 - t) : bounceOut(t - 1) + 1) / 2;
}

var overshoot = 1.70158;

export var backInOut = (function custom(s: number) {
  s = +s;

  function backInOut(t: number): number {
    return ((t *= 2) < 1 ? t * t * ((s + 1) * t - s) : (t -= 2) * t * ((s + 1) * t + s) + 2) / 2;
  }

  backInOut.overshoot = custom;

  return backInOut;
})(overshoot);
