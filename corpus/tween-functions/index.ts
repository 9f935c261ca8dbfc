// tween-functions@1.2.0, index.js (BSD, see LICENSE.txt). Types added. The methods of the
// object literal `tweenFunctions` are written as exported functions of this module, and the
// module imports itself as `tweenFunctions` so that the authors' `tweenFunctions.easeOutBounce(…)`
// calls stay as written.
import * as tweenFunctions from './index.js';

// t: current time, b: beginning value, _c: final value, d: total duration
export function linear(t: number, b: number, _c: number, d: number): number {
    var c = _c - b;
    return c * t / d + b;
}

export function easeInOutQuad(t: number, b: number, _c: number, d: number): number {
    var c = _c - b;
    if ((t /= d / 2) < 1) {
      return c / 2 * t * t + b;
    } else {
      return -c / 2 * ((--t) * (t - 2) - 1) + b;
    }
}

export function easeOutCubic(t: number, b: number, _c: number, d: number): number {
    var c = _c - b;
    return c * ((t = t / d - 1) * t * t + 1) + b;
}

export function easeInOutExpo(t: number, b: number, _c: number, d: number): number {
    var c = _c - b;
    if (t === 0) {
      return b;
    }
    if (t === d) {
      return b + c;
    }
    if ((t /= d / 2) < 1) {
      return c / 2 * Math.pow(2, 10 * (t - 1)) + b;
    } else {
      return c / 2 * (-Math.pow(2, -10 * --t) + 2) + b;
    }
}

export function easeInOutCirc(t: number, b: number, _c: number, d: number): number {
    var c = _c - b;
    if ((t /= d / 2) < 1) {
      return -c / 2 * (Math.sqrt(1 - t * t) - 1) + b;
    } else {
      return c / 2 * (Math.sqrt(1 - (t -= 2) * t) + 1) + b;
    }
}

export function easeOutElastic(t: number, b: number, _c: number, d: number): number {
    var c = _c - b;
    var a, p, s;
    s = 1.70158;
    p = 0;
    a = c;
    if (t === 0) {
      return b;
    } else if ((t /= d) === 1) {
      return b + c;
    }
    if (!p) {
      p = d * 0.3;
    }
    if (a < Math.abs(c)) {
      a = c;
      s = p / 4;
    } else {
      s = p / (2 * Math.PI) * Math.asin(c / a);
    }
    return a * Math.pow(2, -10 * t) * Math.sin((t * d - s) * (2 * Math.PI) / p) + c + b;
}

export function easeInOutBack(t: number, b: number, _c: number, d: number, s?: number): number {
    var c = _c - b;
    if (s === void 0) {
      s = 1.70158;
    }
    if ((t /= d / 2) < 1) {
      return c / 2 * (t * t * (((s *= 1.525) + 1) * t - s)) + b;
    } else {
      return c / 2 * ((t -= 2) * t * (((s *= 1.525) + 1) * t + s) + 2) + b;
    }
}

export function easeInBounce(t: number, b: number, _c: number, d: number): number {
    var c = _c - b;
    var v;
    v = tweenFunctions.easeOutBounce(d - t, 0, c, d);
    return c - v + b;
}

export function easeOutBounce(t: number, b: number, _c: number, d: number): number {
    var c = _c - b;
    if ((t /= d) < 1 / 2.75) {
      return c * (7.5625 * t * t) + b;
    } else if (t < 2 / 2.75) {
      return c * (7.5625 * (t -= 1.5 / 2.75) * t + 0.75) + b;
    } else if (t < 2.5 / 2.75) {
      return c * (7.5625 * (t -= 2.25 / 2.75) * t + 0.9375) + b;
    } else {
      return c * (7.5625 * (t -= 2.625 / 2.75) * t + 0.984375) + b;
    }
}
