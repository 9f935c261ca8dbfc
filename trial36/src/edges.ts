// Control-flow corners that real numeric code hits: a work list grown while it is iterated, push/pop stacks,
// do-while with continue, break/continue inside a switch inside a loop, a lookup table interpolated with floor,
// comma updates, chained and postfix assignments, defaults reading earlier parameters, powers of negative bases.

/** adaptive Simpson quadrature of exp(-k x²) over [a, b] with an explicit stack (push / pop) */
export function gaussAdaptive(a: number, b: number, k: number, tol = 1e-6): number {
  const f = (x: number) => Math.exp(-k * x * x);
  const stack: number[] = [a, b];
  let total = 0;
  let guard = 0;
  while (stack.length > 0 && guard++ < 500) {
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    const mid = 0.5 * (lo + hi);
    const whole = ((hi - lo) / 6) * (f(lo) + 4 * f(mid) + f(hi));
    const left = ((mid - lo) / 6) * (f(lo) + 4 * f(0.5 * (lo + mid)) + f(mid));
    const right = ((hi - mid) / 6) * (f(mid) + 4 * f(0.5 * (mid + hi)) + f(hi));
    if (Math.abs(left + right - whole) < 15 * tol || hi - lo < 1e-3) total += left + right;
    else stack.push(lo, mid, mid, hi);
  }
  return total;
}

/** a work list iterated by for...of while it grows (JavaScript visits the pushed elements too):
 *  fragments of length > cut are split in two; returns the sum of squared fragment lengths */
export function fragmentEnergy(len: number, ratio: number, cut: number): number {
  const frags: number[] = [len];
  let e = 0;
  for (const f of frags) {
    if (f > cut && frags.length < 64) frags.push(f * ratio, f * (1 - ratio));
    else e += f * f;
  }
  return e;
}

/** damped Newton for x³ + p x - q = 0 in a do-while whose rejected steps `continue` (to the condition) */
export function cubicRoot(p: number, q: number): number {
  let x = 1;
  let it = 0;
  let step = 1;
  do {
    it++;
    const fx = x * x * x + p * x - q;
    const dfx = 3 * x * x + p;
    const trial = x - fx / dfx;
    if (Math.abs(trial - x) > 2) {
      x = x - Math.sign(fx / dfx) * 0.5; // reject: a bounded step, then test the condition
      continue;
    }
    step = Math.abs(trial - x);
    x = trial;
  } while (step > 1e-14 && it < 100);
  return x;
}

/** a switch inside a loop: break leaves the switch, continue the loop */
export function piecewiseWork(x: Float64Array, modes: Int32Array): number {
  let acc = 0;
  for (let i = 0; i < x.length; i++) {
    let w = x[i];
    switch (modes[i]) {
      case 0:
        w *= 2;
        break;
      case 1:
        continue;
      case 2:
        w = Math.sin(w);
      // falls through
      case 3:
        w += 1;
        break;
    }
    acc += w * w;
  }
  return acc;
}

// a measured table: viscosity (Pa·s) at shear rates 10^0 .. 10^4 (log-spaced by 0.5 decade)
const LOG_RATE0 = 0;
const STEP = 0.5;
const ETA = [12.0, 8.1, 4.9, 2.6, 1.3, 0.62, 0.30, 0.15, 0.08];

/** log-log interpolation in the table, clamped at its ends */
export function tableViscosity(shearRate: number): number {
  const u = (Math.log10(shearRate) - LOG_RATE0) / STEP;
  const i = Math.min(ETA.length - 2, Math.max(0, Math.floor(u)));
  const t = u - i;
  return Math.exp((1 - t) * Math.log(ETA[i]) + t * Math.log(ETA[i + 1]));
}

/** symmetric pairs with two indices in one for (comma update) */
export function foldedProducts(x: Float64Array): number {
  let s = 0;
  for (let i = 0, j = x.length - 1; i < j; i++, j--) s += x[i] * x[j];
  return s;
}

/** chained and postfix assignments into a local array */
export function chainedAssign(x: number, y: number): number {
  const buf = new Float64Array(4);
  let k = 0;
  let a: number, b: number;
  a = b = x * y;
  buf[k++] = a;
  buf[k++] = b + x;
  buf[k++] = (a += y);
  buf[k] = k * a;
  return buf[0] * buf[1] + buf[2] - buf[3];
}

/** a default value that reads an earlier parameter */
export function gammaVariate(x: number, shape: number, scale = shape * 0.5): number {
  return (shape - 1) * Math.log(x) - x / scale - shape * Math.log(scale);
}

/** odd powers of negative bases and a square at its minimum */
export function powers(x: number, y: number): number {
  return x ** 3 + (y - 1) ** 2 + Math.abs(x) ** 0.5 * y;
}

/** Math.max of a spread with ties in the data */
export function maxOfSpread(a: number, b: number, c: number): number {
  return Math.max(...[a, b, c]) + Math.min(a, b);
}

/** gaussAdaptive with a stack pointer instead of pop (the workaround) */
export function gaussAdaptiveSp(a: number, b: number, k: number, tol = 1e-6): number {
  const f = (x: number) => Math.exp(-k * x * x);
  const stack = new Float64Array(200);
  let sp = 0;
  stack[sp++] = a;
  stack[sp++] = b;
  let total = 0;
  while (sp > 0) {
    const hi = stack[--sp];
    const lo = stack[--sp];
    const mid = 0.5 * (lo + hi);
    const whole = ((hi - lo) / 6) * (f(lo) + 4 * f(mid) + f(hi));
    const left = ((mid - lo) / 6) * (f(lo) + 4 * f(0.5 * (lo + mid)) + f(mid));
    const right = ((hi - mid) / 6) * (f(mid) + 4 * f(0.5 * (mid + hi)) + f(hi));
    if (Math.abs(left + right - whole) < 15 * tol || hi - lo < 1e-3 || sp > 195) total += left + right;
    else {
      stack[sp++] = lo; stack[sp++] = mid;
      stack[sp++] = mid; stack[sp++] = hi;
    }
  }
  return total;
}
