/**
 * `tsgrad check`: the gradient checker, run as the built binary (it loads the user's modules
 * and the generated ones through tsgrad/register's hooks).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { run } from '../cli/run.js';
import { mainJs, root, scratchDirectory } from './support/scratch.js';

const scratch = scratchDirectory('tsgrad-check-test-');
const { put, tsgrad } = scratch;

const correct = `/** @domain x (0, 10) */
export function lg(x: number, y: number): number {
  return Math.log(x) * y + Math.sqrt(x);
}
export function poly(w: Float64Array, b: number): number {
  let s = b;
  for (let i = 0; i < w.length; i++) s += w[i] * w[i] * Math.sin(s);
  return s;
}
export function bump(x: number[]): number {
  let m = 0;
  for (const v of x) m = Math.max(m, Math.tanh(v) * 2);
  return m * m;
}
`;

/** A registered derivative that is wrong (2x² for x³), and a function that calls it. */
const wrong = `export function cube(x: number): number { return x * x * x; }
export function cube_vjp(x: number, adj: { x: number }, seed = 1): number {
  adj.x += seed * 2 * x * x;
  return cube(x);
}
export function uses(x: number, y: number): number { return cube(x) + y * x; }
export function fine(x: number): number { return x * Math.cos(x); }
`;

describe('tsgrad check', () => {
  test('a correct file: a row per function, ok, exit 0', () => {
    put('ok.ts', correct);
    const { code, stdout, stderr } = tsgrad('check', 'ok.ts');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^function +points +rev vs fd +rev vs fwd +status$/);
    for (const name of ['bump', 'lg', 'poly']) expect(stdout).toMatch(new RegExp(`^ok\\.ts:${name} +5 +\\d\\.\\de-\\d+ +\\d\\.\\de[-+]\\d+ \\(jvp\\) +ok$`, 'm'));
    expect(stdout).toContain('tsgrad: 3 functions agree (tolerance 1e-6).\n');
    // nothing is left behind: the generated modules went to a temporary directory
    expect(readdirSync(scratch.dir)).toEqual(['ok.ts']);
  });

  test('a wrong registered derivative: exit 1, naming the function that uses it and the derivative itself', () => {
    put('bad.ts', wrong);
    const { code, stdout } = tsgrad('check', 'bad.ts', '--points', '3', '--seed', '7');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^bad\.ts:uses +3 +\S+ +\S+ \(interpreter\) +FAIL$/m);
    expect(stdout).toMatch(/^bad\.ts:cube \(cube_vjp\) +3 +\S+ +— +FAIL$/m);
    expect(stdout).toMatch(/^bad\.ts:fine +3 +\S+ +\S+ \(jvp\) +ok$/m);
    expect(stdout).toMatch(/^ {2}bad\.ts:uses: ∂\/∂x at \(x = \S+, y = \S+\): reverse \S+, differences \S+$/m);
    expect(stdout).toContain('tsgrad: 2 functions of 3 disagree or fail: bad.ts:uses, bad.ts:cube (cube_vjp).\n');
    // the error is about 1/3 of the derivative: far above any tolerance short of 1
    expect(tsgrad('check', 'bad.ts', '--tol', '1').code).toBe(0);
  });

  test('rows for the files named only, not for the modules they import', () => {
    put('lib.ts', 'export function sq(x: number): number { return x * x; }\nexport function ex(x: number): number { return Math.exp(x); }\n');
    put('uses-lib.ts', "import { sq } from './lib.js';\nexport function f(x: number): number { return sq(x) + Math.sin(x); }\n");
    const { code, stdout } = tsgrad('check', 'uses-lib.ts');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^uses-lib\.ts:f +5 +.* ok$/m);
    expect(stdout).not.toContain('lib.ts:sq');
    expect(stdout).not.toContain('lib.ts:ex');
    expect(stdout).toContain('tsgrad: 1 function agrees (tolerance 1e-6).\n');
  });

  test('a parameter with a number as its default is drawn as that number; an integer one is not moved', () => {
    // drawn from [-1, 1] a stride would be negative at some point, and the loop would never end
    put('strided.ts', `export function strided(x: Float64Array, stride = 2, eps = 1e-3): number {
  let s = 0;
  let i = 0;
  while (i < x.length) { s += x[i] * x[i] + eps * x[i]; i += stride; }
  return s * (1 + eps);
}
`);
    const { code, stdout } = tsgrad('check', 'strided.ts', '--seed', '3');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^strided\.ts:strided +5 +.* ok$/m);
    // a @domain tag overrides the default: an eps drawn from (0.5, 1) is still moved and compared
    put('strided2.ts', `/** @domain eps (0.5, 1) */\nexport function scaled(x: number, eps = 1e-3): number { return x * x * eps + Math.log(eps); }\n`);
    expect(tsgrad('check', 'strided2.ts').code).toBe(0);
  }, 300_000);

  test('a tolerance marked @domain eps fixed is held and not differenced; unmarked, its FAIL says the differences change with the step', () => {
    // (trial39 finding 5: eps decides where adaptive Simpson stops, so f is piecewise constant in
    // eps and ∂/∂eps = 0 is right, but differences across its jumps are anything)
    const simpson = (tag: string) => `function simpson(a: number, fa: number, b: number, fb: number, fm: number): number {
  return (b - a) / 6 * (fa + 4 * fm + fb);
}
function refine(a: number, fa: number, b: number, fb: number, m: number, fm: number, whole: number, eps: number, depth: number): number {
  const lm = 0.5 * (a + m);
  const rm = 0.5 * (m + b);
  const flm = Math.exp(lm) * Math.sin(3 * lm);
  const frm = Math.exp(rm) * Math.sin(3 * rm);
  const left = simpson(a, fa, m, fm, flm);
  const right = simpson(m, fm, b, fb, frm);
  if (depth <= 0 || Math.abs(left + right - whole) <= 15 * eps) return left + right + (left + right - whole) / 15;
  return refine(a, fa, m, fm, lm, flm, left, eps / 2, depth - 1) + refine(m, fm, b, fb, rm, frm, right, eps / 2, depth - 1);
}
/** ${tag} */
export function integrate(lo: number, hi: number, eps = 1e-8): number {
  const m = 0.5 * (lo + hi);
  const flo = Math.exp(lo) * Math.sin(3 * lo);
  const fhi = Math.exp(hi) * Math.sin(3 * hi);
  const fm = Math.exp(m) * Math.sin(3 * m);
  return refine(lo, flo, hi, fhi, m, fm, simpson(lo, flo, hi, fhi, fm), eps, 12);
}
`;
    put('fixed.ts', simpson('@domain eps fixed'));
    const held = tsgrad('check', 'fixed.ts');
    expect(held.stdout).toMatch(/^fixed\.ts:integrate +5 +\S+ +\S+ \(jvp\) +ok$/m);
    expect(held.code).toBe(0);
    // drawn from an interval, then held
    put('fixedin.ts', simpson('@domain eps fixed (1e-9, 1e-6)'));
    expect(tsgrad('check', 'fixedin.ts').code).toBe(0);
    // unmarked, eps is differenced across its jumps: a FAIL, whose note names the tag
    put('moved.ts', simpson('eps moved'));
    const moved = tsgrad('check', 'moved.ts');
    expect(moved.code).toBe(1);
    expect(moved.stdout).toMatch(/^ {2}moved\.ts:integrate: ∂\/∂eps at \(.*\): reverse 0, differences \S+; the differences change with the step \(\S+, \S+, \S+, \S+ at h to h\/1000\): integrate is not smooth in eps within h of this point, where differences give no derivative; a parameter that only decides where integrate stops \(a tolerance\) is marked @domain eps fixed$/m);
    // held at its default: a parameter without one is told to give an interval
    put('nodefault.ts', '/** @domain eps fixed */\nexport function f(x: number, eps: number): number { return x * x + eps; }\n');
    const none = tsgrad('check', 'nodefault.ts');
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("'@domain eps fixed' holds 'eps' at its default, and it has no number as its default: write @domain eps fixed (0, 1e-6)");
  }, 300_000);

  test('points come from the @domain annotation', () => {
    const body = `export function f(x: number, n: number, w: Float64Array): number {
  if (x <= 5 || x >= 6) throw new RangeError('x out of its domain');
  if (n !== 3 || w.length !== 2) throw new RangeError('n or w out of their domains');
  return Math.sqrt(x - 5) * n + w[0] * w[1];
}
`;
    put('dom.ts', `/**
 * @domain x (5, 6)
 * @domain n int [3, 3]
 * @domain w [-1, 1] length 2
 */
${body}`);
    const ok = tsgrad('check', 'dom.ts', '--points', '20');
    expect(ok.stdout).toMatch(/^dom\.ts:f +20 +\S+ +\S+ \(jvp\) +ok$/m);
    expect(ok.code).toBe(0);
    // without it, the defaults ((0.1, 2], since it takes a square root) are outside: it says so
    put('nodom.ts', body);
    const bad = tsgrad('check', 'nodom.ts');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^ {2}nodom\.ts:f: threw at \(x = \S+, n = \S+, w = \[\S+, \S+, \S+, \S+\]\): x out of its domain$/m);
  });

  test('a recursion the point drawn makes too deep (no @domain): said so, with a request for domains, and the other functions are checked', () => {
    // (stop 37: pow(x, n) with n drawn from [-1, 1] never reaches n === 0 and overflows the stack)
    const recursive = (tags: { pow: string; writer: string; deep: string }) => `function pw(x: number, n: number): number {
  if (n === 0) return 1;
  return x * pw(x, n - 1);
}
${tags.pow}export function pow(x: number, n: number): number { return pw(x, n); }
function fill(out: Float64Array, x: number, n: number): void {
  if (n === 0) return;
  out[0] += x;
  fill(out, x * 0.5, n - 1);
}
${tags.writer}export function writer(out: Float64Array, x: number, n: number): void { fill(out, x, n); }
${tags.deep}export function deep(x: number, n = 6000): number { return pw(x, Math.round(n)) * 1e-300; }
export function fine(x: number): number { return x * Math.cos(x); }
`;
    put('rec.ts', recursive({ pow: '', writer: '', deep: '' }));
    const bad = tsgrad('check', 'rec.ts');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^rec\.ts:fine +5 +\S+ +\S+ \(jvp\) +ok$/m);
    for (const name of ['pow', 'writer', 'deep']) expect(bad.stdout).toMatch(new RegExp(`^rec\\.ts:${name} +0 +— +— +error$`, 'm'));
    const tooDeep = /: Maximum call stack size exceeded: the point drawn makes a recursion in (\w+) too deep for the stack, or endless \(a depth or count drawn from \[-1, 1\], where no domain is given, may never reach its base case\): give its parameters' domains with @domain tags/;
    expect(bad.stdout).toMatch(new RegExp(`^ {2}rec\\.ts:pow: threw at \\(x = \\S+, n = \\S+\\)${tooDeep.source.replace('(\\w+)', 'pow')}`, 'm'));
    expect(bad.stdout).toMatch(new RegExp(`^ {2}rec\\.ts:writer: threw at \\(out = \\[[^\\]]+\\], x = \\S+, n = \\S+\\)${tooDeep.source.replace('(\\w+)', 'writer')}`, 'm'));
    // (f runs 6000 deep; its gradient's larger frames do not fit: README, f_vjp)
    expect(bad.stdout).toMatch(/^ {2}rec\.ts:deep: deep_grad threw at \(x = \S+, n = 6000\.00\): Maximum call stack size exceeded, where deep itself did not: the derivatives of a recursion take larger frames/m);
    expect(bad.stdout).toContain('tsgrad: 3 functions of 4 disagree or fail: rec.ts:deep, rec.ts:pow, rec.ts:writer.\n');
    // with domains, the same module is checked
    put('rec.ts', recursive({ pow: '/** @domain n int [0, 6] */\n', writer: '/** @domain n int [0, 6] */\n', deep: '/** @domain n int [0, 50] */\n' }));
    const ok = tsgrad('check', 'rec.ts');
    expect(ok.stdout).toContain('tsgrad: 4 functions agree (tolerance 1e-6).\n');
    expect(ok.code).toBe(0);
  });

  test('a value that is NaN at a point asks for a domain', () => {
    put('nan.ts', 'export function f(x: number): number { return Math.sqrt(x - 3); }\n');
    const { code, stdout } = tsgrad('check', 'nan.ts');
    expect(code).toBe(1);
    expect(stdout).toMatch(/nan\.ts:f: f is NaN at \(x = \S+\): give its parameters' domains with @domain tags/);
    // (no point compared: the difference columns say so rather than 0.0e+0, trial24)
    expect(stdout).toMatch(/^nan\.ts:f +0 +— +— +FAIL$/m);
  });

  test('a function whose every derivative is 0 at the points drawn is ok with a note that only zeros were compared (trial40)', () => {
    put('vacuous.ts', `export function decay(k: number, x0: number, nSteps: number): number {
  let lost = 0;
  for (let s = 1; s <= nSteps; s++) lost += 0.1 * k * (x0 - lost);
  return lost;
}
/** @domain nSteps int [5, 20] */
export function decayTagged(k: number, x0: number, nSteps: number): number {
  let lost = 0;
  for (let s = 1; s <= nSteps; s++) lost += 0.1 * k * (x0 - lost);
  return lost;
}
`);
    const { code, stdout } = tsgrad('check', 'vacuous.ts');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^vacuous\.ts:decay +5 +0\.0e\+0 +0\.0e\+0 \(jvp\) +ok$/m);
    expect(stdout).toMatch(/vacuous\.ts:decay: every derivative is 0 at the 5 points drawn, so only zeros were compared: .*@domain tags/);
    // (the tagged one runs its loop: derivatives, no note)
    expect(stdout).not.toMatch(/decayTagged: every derivative/);
  });

  test('a malformed @domain tag is reported with the forms to write', () => {
    put('m.ts', '/** @domain x from 0 to 1 */\nexport function f(x: number): number { return x * x; }\n');
    const { code, stdout } = tsgrad('check', 'm.ts');
    expect(code).toBe(1);
    expect(stdout).toContain("'@domain x from 0 to 1' is not a domain: write @domain x (0, 10), @domain n int [1, 5], @domain w [-1, 1] length 3, @domain A [-1, 1] rows 2 length 3, @domain A [-1, 1] lengths 1, 3, 2 (ragged rows) or @domain eps fixed");
  });

  test('a function tsgrad cannot differentiate is an error row and its diagnostic', () => {
    put('u.ts', 'export function f(x: number): number { return 2 * (x in [1, 2] ? x : 0); }\nexport function g(x: number): number { return x * x; }\n');
    const { code, stdout, stderr } = tsgrad('check', 'u.ts');
    expect(code).toBe(1);
    expect(stderr).toContain('error TSG1004');
    expect(stdout).toMatch(/^u\.ts:f +0 +— +— +error$/m);
    expect(stdout).toMatch(/^u\.ts:g +5 .* ok$/m);
  });

  // trial36 (repro/check_object_helpers.ts): an exported helper taking an object of numbers gets no
  // gradient by design (info TSG1010) and its callers are differentiated: not checked, exit 0
  test('an exported helper taking an object of numbers is not checked, with the compiler\'s note; the exit code stays 0', () => {
    put('o.ts', `export interface Osc { x: number; v: number }
export function dot2(a: Osc, b: Osc): number { return a.x * b.x + a.v * b.v; }
export function stepOsc(s: Osc, k: number, dt: number): void {
  s.v -= k * s.x * dt;
  s.x += s.v * dt;
}
export function energyAfter(x0: number, k: number): number {
  const s: Osc = { x: x0, v: 0 };
  for (let i = 0; i < 10; i++) stepOsc(s, k, 0.1);
  return 0.5 * dot2(s, s);
}
`);
    const { code, stdout } = tsgrad('check', 'o.ts');
    expect(stdout).toMatch(/^o\.ts:dot2 +0 +— +— +not checked$/m);
    expect(stdout).toMatch(/^o\.ts:stepOsc +0 +— +— +not checked$/m);
    expect(stdout).toMatch(/^ {2}o\.ts:dot2: not checked: 'dot2' takes an object of numbers, which has no key in a gradient/m);
    expect(stdout).toMatch(/^o\.ts:energyAfter +5 .* ok$/m);
    expect(stdout).toContain('tsgrad: 1 function agrees (tolerance 1e-6); 2 not checked.\n');
    expect(code).toBe(0);
  });

  // trial37 (repro/check_huge_value.ts): at a point where f ≈ 3e105, differences of a derivative of
  // 0.47 are lost below the value's rounding; check said FAIL ("differences 0") of a right gradient
  test('a component whose derivative the value\'s rounding hides from differences is not compared by them, and said so', () => {
    put('big.ts', `/** @domain x [1, 2] @domain y [-1, 1] */
export function big(x: number, y: number): number { return Math.exp(300) * x * x + y; }
/** @domain x [1, 2] @domain y [-1, 1] */
export function small(x: number, y: number): number { return 3 * x * x + y; }
`);
    const { code, stdout } = tsgrad('check', 'big.ts');
    expect(stdout).toMatch(/^big\.ts:big +5 .* ok$/m);
    expect(stdout).toMatch(/^ {2}big\.ts:big: 5 components not compared by differences: big's value is too large for differences to resolve the derivative \(∂\/∂y at .*, value \d\.\d+e\+130\); reverse against forward mode still compared/m);
    expect(stdout).not.toMatch(/big\.ts:small: .*too large/);
    expect(code).toBe(0);
  });

  // front44: check of f_jacobian skips such a derivative per output (row), not per input (column):
  // mixed's out[0] ≈ 5e130 hid its whole Jacobian from differences before (FAIL, "differences 0");
  // in wrongSmall the column x[0] also holds out[1]'s derivative, which floor makes disagree with
  // differences: it is still compared, and fails
  test('f_jacobian: an output too large for differences is not compared by them, the other outputs of the same column are', () => {
    put('hj.ts', `/** @domain x [1, 2] length 3 @domain out [0, 0] length 3 */
export function mixed(x: Float64Array, out: Float64Array): void {
  out[0] = Math.exp(300) * x[0] * x[0] + x[1];
  out[1] = x[1] * x[2];
  out[2] = Math.sin(x[0]) + x[2];
}
/** @domain x [1, 2] length 3 @domain out [0, 0] length 2 */
export function wrongSmall(x: Float64Array, out: Float64Array): void {
  out[0] = Math.exp(300) * x[0] * x[0] + x[1];
  out[1] = x[1] * x[2] - x[0] * Math.floor(x[0] * 1e6) * 1e-6;
}
`);
    const { code, stdout } = tsgrad('check', 'hj.ts', '--points', '3');
    expect(stdout).toMatch(/^hj\.ts:mixed +3 .* ok$/m);
    expect(stdout).toMatch(/^ {2}hj\.ts:mixed: .*; \d+ components not compared by differences: an output of mixed is too large for differences to resolve the derivative \(∂out\[0\]\/∂x\[\d\] at .*, out\[0\] \d\.\d+e\+130\); the other outputs' derivatives by differences, and reverse against forward mode, still compared/m);
    expect(stdout).not.toMatch(/hj\.ts:mixed: .*∂out\[[12]\]\/∂x\[\d\] at .*too large/);
    expect(stdout).toMatch(/^hj\.ts:wrongSmall +3 .* FAIL$/m);
    expect(stdout).toMatch(/^ {2}hj\.ts:wrongSmall: ∂out\[1\]\/∂x\[0\] at .*: reverse \S+, differences \S+$/m);
    expect(code).toBe(1);
  });

  // trial21: f32Energy FAILed at 2.1e-4 (its differences are taken on float32 values; f_grad
  // is the analytic derivative), and a string-literal union parameter could not be sampled.
  test('float32 rounding in f is allowed for in the differences, not in a real error', () => {
    put('f32.ts', `export function f32Energy(a: Float32Array, s: number): number {
  const tmp = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) tmp[i] = a[i] * s;
  let e = 0;
  for (let i = 0; i < tmp.length; i++) e += tmp[i] * tmp[i];
  return e;
}
export function cube(x: number): number { return x * x * x; }
export function cube_vjp(x: number, adj: { x: number }, seed = 1): number {
  adj.x += seed * 2.9 * x * x;
  return cube(x);
}
/** A derivative wrong by 3% (cube_vjp's 2.9x² for 3x²) still fails under float32 rounding. */
export function f32Cube(a: Float32Array, s: number): number {
  const tmp = new Float32Array(1);
  tmp[0] = s + a[0];
  return cube(tmp[0]) + a[1];
}
`);
    const { code, stdout } = tsgrad('check', 'f32.ts', '--points', '8');
    expect(stdout).toMatch(/^f32\.ts:f32Energy +8 +\S+ +\S+ \(jvp\) +ok$/m);
    expect(stdout).toMatch(/^ {2}f32\.ts:f32Energy: stores into Float32Arrays: differences compared within float32's rounding/m);
    expect(stdout).toMatch(/^f32\.ts:f32Cube +8 +\S+ +\S+ \(interpreter\) +FAIL$/m);
    expect(stdout).toMatch(/^ {2}f32\.ts:f32Cube: ∂\/∂\S+ at .*: reverse \S+, differences \S+ \(float32 rounding allows \S+\)$/m);
    expect(code).toBe(1);
  });

  test('a string parameter whose type lists its values is drawn from them', () => {
    put('k.ts', `type Shape = 'gauss' | 'cauchy';
export function kernel(r: number, kind: 'gauss' | 'laplace' | 'cauchy', width: number): number {
  const z = r / width;
  if (kind === 'gauss') return Math.exp(-0.5 * z * z);
  if (kind === 'laplace') return Math.exp(-Math.abs(z)) * 2;
  return 1 / (1 + z * z);
}
export function shaped(r: number, shape: Shape): number {
  if (shape !== 'gauss' && shape !== 'cauchy') throw new RangeError('not a Shape');
  return shape === 'gauss' ? Math.exp(-r * r) : 1 / (1 + r * r);
}
export function named(r: number, label: string): number { return label === 'sq' ? r * r : r; }
`);
    const { code, stdout } = tsgrad('check', 'k.ts', '--points', '12');
    expect(stdout).toMatch(/^k\.ts:kernel +12 +\S+ +\S+ \(jvp\) +ok$/m);
    expect(stdout).toMatch(/^k\.ts:shaped +12 +\S+ +\S+ \(jvp\) +ok$/m);
    expect(stdout).toContain("k.ts:named: cannot sample the string parameter 'label': give it a type that lists its values ('a' | 'b')");
    expect(code).toBe(1);
  });

  // trial30: a numeric const enum parameter was drawn as a real (kind = 1.279), which is no
  // member, so every function below was "not a number at any of the points tried" (or threw),
  // and a string enum's parameter could not be sampled at all
  test('an enum parameter (numeric or string, const or not) is drawn from its members, unless @domain says otherwise', () => {
    put('e.ts', `export const enum Kind { A = 0, B = 1 }
export enum Mode { Linear = 1, Square = 4, Cube = Square * 2 }
export enum Shape { Sphere = 'sphere', Plate = 'plate' }
export function u(c: number, kind: Kind): number {
  switch (kind) {
    case Kind.A: return Math.log(c);
    case Kind.B: return Math.sqrt(c);
  }
}
export function power(x: number, mode: Mode): number {
  switch (mode) {
    case Mode.Linear: return x;
    case Mode.Square: return x * x;
    case Mode.Cube: return x * x * x;
    default: throw new RangeError('not a Mode');
  }
}
export function area(r: number, shape: Shape): number {
  if (shape === Shape.Sphere) return 4 * Math.PI * r * r;
  if (shape === Shape.Plate) return Math.PI * r * r;
  throw new RangeError('not a Shape');
}
/** @domain mode int [4, 4] */
export function squareOnly(x: number, mode: Mode): number {
  return mode === Mode.Square ? x * x : NaN;
}
`);
    const { code, stdout } = tsgrad('check', 'e.ts', '--points', '12');
    for (const name of ['u', 'power', 'area', 'squareOnly']) expect(stdout).toMatch(new RegExp(`^e\\.ts:${name} +12 +\\S+ +\\S+ \\(jvp\\) +ok$`, 'm'));
    expect(code).toBe(0);
  });

  // trial22: huberLocation FAILed at 0.2499999 vs 0.2583 (a kink within h of the point), while
  // differences at smaller steps agree with reverse mode; a wrong derivative must still fail.
  test('differences that disagree at h are retried at smaller steps; a wrong derivative still fails', () => {
    put('kink.ts', `/** @domain r [1.0004, 1.0004] */
export function huber(r: number): number {
  return Math.abs(r) <= 1 ? 0.5 * r * r : Math.abs(r) - 0.5;
}
export function cube(x: number): number { return x * x * x; }
export function cube_vjp(x: number, adj: { x: number }, seed = 1): number {
  adj.x += seed * 2.9 * x * x;
  return cube(x);
}
/** @domain x [0.9, 1.1] */
export function wrongNearKink(x: number): number { return cube(x) + (x <= 1 ? 0 : x - 1); }
`);
    const { code, stdout } = tsgrad('check', 'kink.ts', '--points', '4');
    expect(stdout).toMatch(/^kink\.ts:huber +4 +\S+ +\S+ \(jvp\) +ok$/m);
    expect(stdout).toMatch(/^ {2}kink\.ts:huber: differences agree at a smaller step for 4 components \(down to h\/10\)$/m);
    expect(stdout).toMatch(/^kink\.ts:wrongNearKink +4 +\S+ +\S+ \(interpreter\) +FAIL$/m);
    expect(stdout).toMatch(/^kink\.ts:cube \(cube_vjp\) +4 +\S+ +— +FAIL$/m);
    expect(code).toBe(1);
  });

  test('a degenerate closed @domain interval is that number (an output buffer); a reversed one is still not a domain', () => {
    put('deg.ts', `/**
 * @domain out [0, 0] length 5
 * @domain s [2.5, 2.5]
 */
export function fill(x: number, s: number, out: Float64Array): number {
  if (Math.abs(s - 2.5) > 0.01 || out.length !== 5) throw new RangeError('not the domain');
  for (let i = 0; i < out.length; i++) out[i] = x * s * i;
  return x * s;
}
`);
    const ok = tsgrad('check', 'deg.ts');
    expect(ok.stdout).toMatch(/^deg\.ts:fill +5 +\S+ +\S+ \(jacobian\) +ok$/m);
    expect(ok.code).toBe(0);
    const tags = ['out [1, 0] length 5', 'out (0, 0) length 5', 'out [0, 0) length 5'];
    put('bad.ts', tags.map((tag, i) => `/** @domain ${tag} */\nexport function f${i}(x: number, out: Float64Array): number { out[0] = x; return x * x; }\n`).join(''));
    const bad = tsgrad('check', 'bad.ts');
    expect(bad.code).toBe(1);
    for (const [i, tag] of tags.entries()) expect(bad.stdout).toMatch(new RegExp(`^ {2}bad\\.ts:f${i}: .*'@domain ${tag.replace(/[[\]()]/g, '\\$&')}' is not a domain`, 'm'));
  });

  // trial22: a function returning undefined at the drawn point FAILed with "reverse 0, differences NaN".
  test('points where the value is not a number are redrawn; moved evaluations that are not numbers are not compared', () => {
    put('undef.ts', `export function half(x: number, y: number): number | undefined {
  return x > 0 ? x * x * y : undefined;
}
/** @domain x [0.5, 0.5] */
export function edge(x: number, y: number): number | undefined {
  return x >= 0.5 ? Math.sin(x) * y : undefined;
}
export function never(x: number): number | undefined {
  return x > 5 ? x : undefined;
}
`);
    const { code, stdout } = tsgrad('check', 'undef.ts', '--points', '6');
    expect(stdout).toMatch(/^undef\.ts:half +6 +\S+ +\S+ \(jvp\) +ok$/m);
    expect(stdout).toMatch(/^undef\.ts:edge +6 +\S+ +\S+ \(jvp\) +ok$/m);
    expect(stdout).toMatch(/^ {2}undef\.ts:edge: 6 components not compared: edge is not a number at a moved point \(∂\/∂x at \(x = 0\.500000, y = \S+\)\)$/m);
    expect(stdout).toMatch(/^undef\.ts:never +0 +— +— +FAIL$/m);
    expect(stdout).toMatch(/^ {2}undef\.ts:never: never is not a number at any of the 60 points tried \(undefined\): give its parameters' domains with @domain tags/m);
    expect(stdout).toContain('tsgrad: 1 function of 3 disagrees or fails: undef.ts:never.\n');
    expect(code).toBe(1);
  });

  // trial22: void functions that write arrays, and functions that return a number and write
  // arrays, were checked only through f_grad or not at all.
  test('functions that write arrays are checked through f_jacobian; every exported function has a row', () => {
    put('w.ts', `/** @domain out [0, 0] length 3 */
export function scale(x: Float64Array, s: number, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = Math.sin(x[i]) * s;
}
export function normalize(x: Float64Array, out: Float64Array): number {
  let t = 0;
  for (let i = 0; i < x.length; i++) t += x[i] * x[i];
  const n = Math.sqrt(t);
  for (let i = 0; i < x.length; i++) out[i] = x[i] / n;
  return n;
}
export function accumulate(x: Float64Array, acc: Float64Array): void {
  for (let i = 0; i < x.length; i++) acc[i] += x[i] * x[i];
}
export function cube(x: number): number { return x * x * x; }
export function cube_vjp(x: number, adj: { x: number }, seed = 1): number {
  adj.x += seed * 2 * x * x;
  return cube(x);
}
export function cubes(x: Float64Array, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) out[i] = cube(x[i]);
}
export function label(x: number): string { return x.toFixed(2); }
`);
    // (a module with nothing to differentiate gets no generated module: its functions still get rows)
    put('s.ts', 'export function shout(x: number): void { console.log(x); }\n');
    const { code, stdout } = tsgrad('check', 'w.ts', 's.ts', '--points', '3');
    expect(stdout).toMatch(/^w\.ts:scale +3 +\S+ +\S+ \(jacobian\) +ok$/m);
    expect(stdout).toMatch(/^w\.ts:normalize +3 +\S+ +\S+ \(jacobian\) +ok$/m);
    expect(stdout).toMatch(/^w\.ts:accumulate +3 +\S+ +\S+ \(jacobian\) +ok$/m);
    expect(stdout).toMatch(/^w\.ts:cubes +3 +\S+ +— +FAIL$/m);
    expect(stdout).toMatch(/^ {2}w\.ts:cubes: ∂out\[\d\]\/∂x\[\d\] at \(x = .*\): reverse \S+, differences \S+$/m);
    expect(stdout).toMatch(/^w\.ts:label +0 +— +— +not checked$/m);
    expect(stdout).toMatch(/^ {2}w\.ts:label: not checked: 'label' returns string, not a number: it gets no gradient$/m);
    expect(stdout).toMatch(/^ {2}w\.ts:scale: scale_jacobian's columns against central differences of the written arrays; by columns \(forward mode\) against by rows \(reverse\)$/m);
    expect(stdout).toMatch(/^ {2}w\.ts:normalize: normalize_jacobian's columns against central differences of the value and the written arrays; by columns/m);
    expect(stdout).toMatch(/^ {2}s\.ts:shout: not checked: 'shout' returns nothing and writes into no array parameter: there is nothing to differentiate$/m);
    expect(stdout).toContain('tsgrad: 2 functions of 5 disagree or fail: w.ts:cubes, w.ts:cube (cube_vjp); 2 not checked.\n');
    expect(code).toBe(1);
  });

  // front25: a void function whose outputs were NaN at every point was said to be "not a number (undefined)"
  test('outputs that are not finite at every point drawn are named, not the result', () => {
    put('nan.ts', `export function roots(x: Float64Array, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) out[i] = Math.sqrt(x[i] - 100);
}
export function rootsToo(x: Float64Array, out: Float64Array): number {
  for (let i = 0; i < x.length; i++) out[i] = Math.sqrt(x[i] - 100);
  return x[0];
}
`);
    const { code, stdout } = tsgrad('check', 'nan.ts', '--points', '2');
    expect(stdout).toMatch(/^nan\.ts:roots +0 +— +— +FAIL$/m);
    expect(stdout).toMatch(/^ {2}nan\.ts:roots: out\[0\] of roots is NaN at \(x = \[.*\]\); an output of roots \(an element of the arrays it writes\) is not finite at each of the 2 points drawn: give its parameters' domains with @domain tags/m);
    expect(stdout).toMatch(/^ {2}nan\.ts:rootsToo: out\[0\] of rootsToo is NaN at \(x = \[.*\]\); an output of rootsToo \(its value or an element of the arrays it writes\) is not finite/m);
    expect(stdout).not.toContain('is not a number');
    expect(code).toBe(1);
  });

  test('a function that does not terminate at a point drawn is stopped after --timeout, named with the point; the others are still checked', () => {
    // (trial38 finding 8: a backtracking while that never ends where lo >= hi hung the whole command, silently)
    put('hangs.ts', `export function a_fine(x: number): number { return x * Math.sin(x); }
export function b_newton(c: number, lo: number, hi: number): number {
  let x = 0.5 * (lo + hi);
  let step = c - x;
  while (x - step <= lo || x - step >= hi) step *= 0.5;
  return c * (x - step);
}
export function c_fill(x: number, out: Float64Array): void {
  while (x < 2) out[0] = x * x;
}
export function d_after(x: number): number { return Math.exp(x) * x; }
`);
    const started = Date.now();
    const { code, stdout } = tsgrad('check', 'hangs.ts', '--timeout', '500');
    const elapsed = Date.now() - started;
    expect(code).toBe(1);
    expect(stdout).toMatch(/^hangs\.ts:a_fine +5 +.* ok$/m);
    expect(stdout).toMatch(/^hangs\.ts:b_newton +0 +— +— +timed out$/m);
    expect(stdout).toMatch(/^hangs\.ts:c_fill +0 +— +— +timed out$/m);
    expect(stdout).toMatch(/^hangs\.ts:d_after +5 +.* ok$/m);
    expect(stdout).toMatch(/^ {2}hangs\.ts:b_newton: timed out after 500 ms at \(c = \S+, lo = \S+, hi = \S+\): b_newton may not terminate there: give its parameters' domains with @domain tags \(tsgrad --help\), or a longer --timeout$/m);
    expect(stdout).toMatch(/^ {2}hangs\.ts:c_fill: timed out after 500 ms at \(x = \S+, out = \[.*\]\): c_fill may not/m);
    expect(stdout).toContain('tsgrad: 2 functions of 4 disagree or fail (2 timed out): hangs.ts:b_newton, hangs.ts:c_fill.\n');
    // (compiling and loading take a few seconds; each hanging function its 500 ms)
    expect(elapsed).toBeLessThan(60_000);
  });

  test('rows are printed as each function\'s check ends, before a long one ends', async () => {
    put('slow.ts', `export function a_fine(x: number): number { return x * Math.cos(x); }
export function b_forever(x: number): number { while (x < 2) x = x * 1; return x; }
`);
    // (--timeout far beyond the test's: the first row must come while the second function still runs)
    const child = spawn(process.execPath, [mainJs, 'check', 'slow.ts', '--timeout', '600000'], { cwd: scratch.dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    const seen = await new Promise<boolean>((resolve) => {
      const guard = setTimeout(() => resolve(false), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/^slow\.ts:a_fine +5 +.* ok$/m.test(stdout)) { clearTimeout(guard); resolve(true); }
      });
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill();
    await exited;
    expect(seen).toBe(true);
    expect(stdout).toMatch(/^function +points +rev vs fd +rev vs fwd +status$/m);
    expect(stdout).not.toContain('b_forever');
  }, 90_000);

  test('an options object is left out where it may be, else passed its required properties; never a boolean', () => {
    // (trial38: the point printed was "opts = false")
    put('options.ts', `export function optional(r: number, opts: { depth?: number } = {}): number {
  return Math.asin(3 * r) * (opts.depth ?? 1);
}
export function required(r: number, opts: { depth: number; mode: 'a' | 'b'; on: boolean; width?: number }): number {
  return Math.asin(3 * r) * opts.depth + (opts.mode === 'a' ? 1 : 2) * (opts.width ?? 0);
}
`);
    const { stdout } = tsgrad('check', 'options.ts');
    expect(stdout).toMatch(/optional is NaN at \(r = \S+, opts = undefined\)/);
    expect(stdout).toMatch(/required is NaN at \(r = \S+, opts = \{ depth: \S+, mode: "[ab]", on: (true|false) \}\)/);
    expect(stdout).not.toContain('opts = false');
  });

  // (stop 42: an array of rows was 'not checked': @domain had no form for it)
  test('arrays of rows: drawn from @domain … rows R length L (3×3 by default), compared element by element and against f_jvp or f_jacobian by columns', () => {
    put('rows.ts', `/** @domain A [-1, 1] rows 3 length 4 */
export function frob(A: number[][]): number {
  let s = 0;
  for (const row of A) for (const v of row) s += v * v;
  return Math.sqrt(s);
}
/** @domain W [-2, 2] rows 2 length 3 @domain x [-1, 1] length 3 */
export function layer(W: Float64Array[], x: Float64Array, b: number): number {
  let out = b;
  for (let i = 0; i < W.length; i++) {
    let z = 0;
    for (let j = 0; j < x.length; j++) z += W[i][j] * x[j];
    out += Math.tanh(z);
  }
  return out;
}
export function trace(M: readonly number[][]): number {
  let t = 0;
  for (let i = 0; i < M.length; i++) t += M[i][i] * Math.exp(M[i][0]);
  return t;
}
/** A[1][0]·floor(A[1][0]·1e6)·1e-6 is A[1][0]² to differences, and its floor has no derivative to tsgrad. @domain A [1, 2] rows 2 length 2 */
export function stair(A: number[][]): number {
  return A[1][0] * Math.floor(A[1][0] * 1e6) * 1e-6 + A[0][1];
}
/** @domain v [0, 1] rows 2 */
export function flat(v: number[]): number { return v[0]; }
/** @domain A [-1, 1] rows 2 length 3 @domain out [0, 0] length 2 */
export function matvec(A: number[][], x: Float64Array, out: Float64Array): void {
  for (let i = 0; i < A.length; i++) {
    let s = 0;
    for (let j = 0; j < A[i].length; j++) s += A[i][j] * Math.sin(x[j % x.length]);
    out[i] = s;
  }
}
/** @domain A [1, 2] rows 2 length 2 @domain out [0, 0] length 1 */
export function stairOut(A: number[][], out: Float64Array): number {
  out[0] = A[1][0] * Math.floor(A[1][0] * 1e6) * 1e-6;
  return A[0][1] * A[0][0];
}
`);
    const { code, stdout } = tsgrad('check', 'rows.ts', '--seed', '3');
    expect(code).toBe(1);
    for (const name of ['frob', 'layer', 'trace']) expect(stdout).toMatch(new RegExp(`^rows\\.ts:${name} +5 +\\d\\.\\de-\\d+ +\\d\\.\\de-\\d+ \\(jvp\\) +ok$`, 'm'));
    expect(stdout).toMatch(/^rows\.ts:stair +5 +\S+ +\S+ \(jvp\) +FAIL$/m);
    // the component as the user indexes it, and the point with its rows
    expect(stdout).toMatch(/^ {2}rows\.ts:stair: ∂\/∂A\[1\]\[0\] at \(A = \[\[\S+, \S+\], \[\S+, \S+\]\]\): reverse \S+, differences \S+/m);
    expect(stdout).toContain("rows.ts:flat: @domain v gives a count of rows, and 'v' is not an array of rows (number[][])");
    // f_jacobian's columns, an array of rows by its elements
    expect(stdout).toMatch(/^rows\.ts:matvec +5 +\d\.\de-\d+ +\S+ \(jacobian\) +ok$/m);
    expect(stdout).toMatch(/^rows\.ts:stairOut +5 +\S+ +\S+ \(jacobian\) +FAIL$/m);
    expect(stdout).toMatch(/^ {2}rows\.ts:stairOut: ∂out\[0\]\/∂A\[1\]\[0\] at \(A = \[\[\S+, \S+\], \[\S+, \S+\]\], out = \[\S+\]\): reverse \S+, differences \S+$/m);
  });

  // (stop 43: ragged rows, drawn until then as a 3×3 matrix)
  test('ragged arrays of rows: @domain … lengths 1, 3, 2 draws one length a row; rows and lengths disagreeing is an error row', () => {
    put('ragged.ts', `/** Each row weighted by its length. @domain A [-1, 1] lengths 1, 3, 2 */
export function weighted(A: number[][]): number {
  let s = 0;
  for (const row of A) for (let j = 0; j < row.length; j++) s += row.length * row[j] * row[j];
  return s;
}
/** The last element of the middle row, through a step differences see and tsgrad does not. @domain A [1, 2] lengths 1, 3, 2 */
export function stairLast(A: number[][]): number {
  const r = A[1];
  return r[r.length - 1] * Math.floor(r[r.length - 1] * 1e6) * 1e-6 + A[0][0];
}
/** @domain A [-1, 1] rows 2 lengths 1, 3, 2 */
export function twice(A: number[][]): number { return A[0][0]; }
`);
    const { code, stdout } = tsgrad('check', 'ragged.ts', '--seed', '5');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ragged\.ts:weighted +5 +\d\.\de-\d+ +\d\.\de[-+]\d+ \(jvp\) +ok *$/m);
    expect(stdout).toMatch(/^ragged\.ts:stairLast +5 +\S+ +\S+ \(jvp\) +FAIL$/m);
    // the component is the middle row's third element, at a point of rows of 1, 3 and 2
    expect(stdout).toMatch(/^ {2}ragged\.ts:stairLast: ∂\/∂A\[1\]\[2\] at \(A = \[\[\S+\], \[\S+, \S+, \S+\], \[\S+, \S+\]\]\): reverse \S+, differences \S+/m);
    expect(stdout).toContain("'@domain A [-1, 1] rows 2 lengths 1, 3, 2' gives 2 rows and 3 lengths: give one length a row, without 'rows' (@domain A [-1, 1] lengths 1, 3, 2)");
  });

  test.each([
    [['check'], 'no input files'],
    [['check', 'a.ts', '--points', '0'], "--points takes a whole number of at least 1, not '0'"],
    [['check', 'a.ts', '--seed', 'x'], "--seed takes a whole number, not 'x'"],
    [['check', 'a.ts', '--tol', '0'], "--tol takes a positive number (1e-6), not '0'"],
    [['check', 'a.ts', '--timeout', '0'], "--timeout takes a whole number of at least 1, not '0'"],
    [['check', 'a.ts', '--at', 'x=1'], '--at is not an option of tsgrad check'],
  ])('%j is a usage error', async (argv, message) => {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: scratch.dir, env: {}, isTTY: false, version: 'test' });
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `tsgrad: ${message}\nRun 'tsgrad --help' for usage.\n` });
  });

  test('every example of examples/ passes, its domains from its @domain tags', () => {
    // (demo.ts is a script that prints; the others are the modules the README shows)
    const files = readdirSync(`${root}/examples`).filter((f) => /^[a-z_]+\.ts$/.test(f) && f !== 'demo.ts').sort();
    expect(files).toEqual(['least_squares.ts', 'least_squares_householder.ts', 'logistic.ts', 'projectile.ts', 'textbook.ts']);
    const r = spawnSync(process.execPath, [mainJs, 'check', ...files.map((f) => `examples/${f}`)], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const row of ['least_squares.ts:residual', 'least_squares_householder.ts:householderQR', 'least_squares_householder.ts:residual', 'logistic.ts:loss', 'projectile.ts:range', 'textbook.ts:f']) {
      expect(r.stdout).toMatch(new RegExp(`^examples/${row.replace('.', '\\.')} +5 +.* ok$`, 'm'));
    }
    expect(r.stdout).toContain('tsgrad: 6 functions agree (tolerance 1e-6).\n');
  }, 120_000);
});
