/**
 * `tsgrad trace`: the textbook table (Griewank & Walther's example, Baydin et al.'s layout),
 * run as the built binary; the adjoints it prints are checked against the generated f_grad.
 */
import { writeFileSync } from 'node:fs';
import { compileFiles } from '../compiler/index.js';
import { run } from '../cli/run.js';
import { scratchDirectory } from './support/scratch.js';

const scratch = scratchDirectory('tsgrad-trace-');
const { put, tsgrad } = scratch;

/** Griewank & Walther's example, parenthesised as the textbook evaluates it: sin(v₁) + (v₁ − v₃). */
const textbook = `export function f(x1: number, x2: number): number {
  return (Math.sin(x1 / x2) + (x1 / x2 - Math.exp(x2))) * (x1 / x2 - Math.exp(x2));
}
`;

/** The generated f_grad of `source`'s function `name` (compiled beside it and loaded). */
function gradOf(file: string, name: string): (...args: unknown[]) => { value: number; grad: Record<string, number | Float64Array> } {
  const [result] = compileFiles([file]);
  if (!result?.code) throw new Error(JSON.stringify(result?.diagnostics));
  writeFileSync(result.outputFile, result.code);
  return (require(result.outputFile) as Record<string, never>)[`${name}_grad`];
}

describe('tsgrad trace', () => {
  test('prints the textbook table: v₁ … v₆ with values, tangents along x1 and adjoints', () => {
    put('f.ts', textbook);
    const { code, stdout, stderr } = tsgrad('trace', 'f.ts', 'f', '--at', 'x1=1.5,x2=0.5', '--wrt', 'x1');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`f(x1 = 1.5, x2 = 0.5)

      operation    value   tangent v̇ = ∂v/∂x1   adjoint v̄ = ∂y/∂v
───   ─────────   ──────   ──────────────────   ─────────────────
v₋₁   x1          1.5000               1.0000              3.0118
v₀    x2          0.5000                    0            -13.7240
v₁    v₋₁ / v₀    3.0000               2.0000              1.5059
v₂    sin(v₁)     0.1411              -1.9800              1.3513
v₃    exp(v₀)     1.6487                    0             -2.8437
v₄    v₁ - v₃     1.3513               2.0000              2.8437
v₅    v₂ + v₄     1.4924               0.0200              1.3513
v₆    v₅ * v₄     2.0166               3.0118              1.0000
y     v₆          2.0166               3.0118              1.0000

y = 2.0166
ẏ = ∂y/∂x1 = 3.0118
x̄1 = ∂y/∂x1 = 3.0118
x̄2 = ∂y/∂x2 = -13.7240
`);
  });

  test('the adjoints are the generated gradient, and the tangent along each input is its component', () => {
    const file = put('f.ts', textbook);
    const { value, grad } = gradOf(file, 'f')(1.5, 0.5);
    for (const wrt of ['x1', 'x2']) {
      const { code, stdout } = tsgrad('trace', 'f.ts', 'f', '--at', 'x1=1.5,x2=0.5', '--wrt', wrt, '--format', 'json');
      expect(code).toBe(0);
      const json = JSON.parse(stdout) as { y: { value: number; tangent: number }; gradient: Record<string, number>; inputs: { v: number; name: string }[] };
      expect(json.y.value).toBe(value);
      expect(json.gradient.x1).toBeCloseTo(grad.x1 as number, 13);
      expect(json.gradient.x2).toBeCloseTo(grad.x2 as number, 13);
      expect(json.y.tangent).toBeCloseTo(grad[wrt] as number, 13);
      expect(json.inputs.map((x) => [x.v, x.name])).toEqual([[-1, 'x1'], [0, 'x2']]);
    }
  });

  test('follows JavaScript\'s evaluation order: a + b - c is (a + b) - c, so the unparenthesised form has seven steps', () => {
    put('f.ts', `export function f(x1: number, x2: number): number {
  return (Math.sin(x1 / x2) + x1 / x2 - Math.exp(x2)) * (x1 / x2 - Math.exp(x2));
}
`);
    const { code, stdout } = tsgrad('trace', 'f.ts', 'f', '--at', 'x1=1.5,x2=0.5');
    expect(code).toBe(0);
    // (without --wrt the tangent column is along the first parameter)
    expect(stdout).toContain('tangent v̇ = ∂v/∂x1');
    for (const line of [/^v₃ +v₂ \+ v₁ +3\.1411 /m, /^v₄ +exp\(v₀\) +1\.6487 /m, /^v₅ +v₃ - v₄ +1\.4924 /m, /^v₆ +v₁ - v₄ +1\.3513 /m, /^v₇ +v₅ \* v₆ +2\.0166 +3\.0118 +1\.0000$/m]) {
      expect(stdout).toMatch(line);
    }
    expect(stdout).toContain('x̄2 = ∂y/∂x2 = -13.7240');
  });

  test('--ascii writes v_1, v_-1, dy/dv and x1_bar', () => {
    put('f.ts', textbook);
    const { code, stdout } = tsgrad('trace', 'f.ts', 'f', '--at', 'x1=1.5', '--at', 'x2=0.5', '--ascii');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^v_-1 +x1 +1\.5000 +1\.0000 +3\.0118$/m);
    expect(stdout).toMatch(/^v_1 +v_-1 \/ v_0 +3\.0000 /m);
    expect(stdout).toContain('y_dot = dy/dx1 = 3.0118');
    expect(stdout).toContain('x2_bar = dy/dx2 = -13.7240');
    expect(stdout).not.toMatch(/[^\x00-\x7f]/);
  });

  test('a parameter named y: the result takes the function\'s name; a name of several letters gets no bar', () => {
    put('polar.ts', `export function polar(x: number, y: number, logEll: number): number {
  return Math.atan2(y, x) * Math.exp(logEll);
}
`);
    const { code, stdout } = tsgrad('trace', 'polar.ts', 'polar', '--at', 'x=1,y=1,logEll=0', '--wrt', 'y');
    expect(code).toBe(0);
    expect(stdout).toContain('adjoint v̄ = ∂polar/∂v');
    expect(stdout).toMatch(/^polar = 0\.7854$/m);
    expect(stdout).toContain('∂polar/∂y = 0.5000');
    expect(stdout).toContain('y\u0304 = ∂polar/∂y = 0.5000');
    expect(stdout).toMatch(/^∂polar\/∂logEll = 0\.7854$/m);
    expect(stdout).not.toContain('∂y/∂y');
  });

  test('a long loop prints its first and last three passes, and says how many are left out', () => {
    const file = put('loop.ts', `export function h(x: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < 1000; i++) s = Math.sin(s + n * x[i % x.length]);
  return s;
}
`);
    const { code, stdout } = tsgrad('trace', 'loop.ts', 'h', '--at', 'x=[1,2,3],n=0.3', '--wrt', 'n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^v₋₃ +x\[0\] +1\.0000 /m);
    expect(stdout).toMatch(/^v₀ +n +0\.3000 +1\.0000 /m);
    for (const i of [0, 1, 2, 997, 998, 999]) expect(stdout).toContain(`\ni = ${i}:\n`);
    for (const i of [3, 500, 996]) expect(stdout).not.toContain(`i = ${i}:`);
    expect(stdout).toContain('\n… 994 iterations …\n');
    // each pass is its own intermediates: three per pass, the last one v₃₀₀₀
    expect(stdout).toMatch(/^ {2}v₃₀₀₀ +sin\(v₂₉₉₉\) /m);
    const json = JSON.parse(tsgrad('trace', 'loop.ts', 'h', '--at', 'x=[1,2,3],n=0.3', '--format', 'json').stdout) as {
      trace: { loop: string; iterations: number; omitted: { after: number; count: number }; passes: { label: string }[] }[];
      gradient: { x: number[]; n: number };
    };
    expect(json.trace[0]).toMatchObject({ loop: 'for i', iterations: 1000, omitted: { after: 3, count: 994 } });
    expect(json.trace[0]!.passes.map((p) => p.label)).toEqual(['i = 0', 'i = 1', 'i = 2', 'i = 997', 'i = 998', 'i = 999']);
    const { grad } = gradOf(file, 'h')(new Float64Array([1, 2, 3]), 0.3);
    expect(json.gradient.n).toBeCloseTo(grad.n as number, 12);
    json.gradient.x.forEach((g, i) => expect(g).toBeCloseTo((grad.x as Float64Array)[i]!, 12));
  });

  test('markdown: a table with a row per step', () => {
    put('f.ts', textbook);
    const { code, stdout } = tsgrad('trace', 'f.ts', 'f', '--at', 'x1=1.5,x2=0.5', '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout).toContain('| v | operation | value | tangent v̇ = ∂v/∂x1 | adjoint v̄ = ∂y/∂v |');
    expect(stdout).toContain('| v₆ | `v₅ * v₄` | 2.0166 | 3.0118 | 1.0000 |');
  });

  test('a registered derivative is called as one elementary operation, its partials from the user\'s vjp', () => {
    put('c.ts', `export function cube(x: number): number { return x * x * x; }
export function cube_vjp(x: number, adj: { x: number }, seed = 1): number {
  adj.x += seed * 3 * x * x;
  return cube(x);
}
export function uses(x: number, y: number): number { return cube(x) + y * x; }
`);
    const { code, stdout, stderr } = tsgrad('trace', 'c.ts', 'uses', '--at', 'x=2,y=1');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^v₁ +cube\(v₋₁\) +8\.0000 +12\.0000 +1\.0000$/m);
    expect(stdout).toContain('x̄ = ∂uses/∂x = 13.0000');
  });

  // trial22: on a void function, trace printed "returns no number here: no derivatives" beside
  // its tangents, and nothing said which value went into out[i].
  test('a function that writes arrays: the written elements are rows, and the derivatives are theirs', () => {
    put('w.ts', `export function scale(x: number, s: number, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = Math.sin(x * i) * s;
}
export function both(x: number, out: Float64Array): number {
  out[0] = x * x;
  return Math.exp(x);
}
`);
    const { code, stdout } = tsgrad('trace', 'w.ts', 'scale', '--at', 'x=0.5,s=2,out=[0,0,0]', '--wrt', 'x');
    expect(code).toBe(0);
    expect(stdout).not.toContain('no derivatives');
    // no result, so no adjoint column: the derivatives are those of the written elements
    expect(stdout).toMatch(/^ +operation +value +tangent v̇ = ∂v\/∂x$/m);
    for (const [i, value, tangent] of [[0, 0, 0], [1, 2 * Math.sin(0.5), 2 * Math.cos(0.5)], [2, 2 * Math.sin(1), 4 * Math.cos(1)]] as const) {
      expect(stdout).toMatch(new RegExp(`^out\\[${i}\\] +(v\\S+|0) +${value === 0 ? '0' : value.toFixed(4)} +${tangent === 0 ? '0' : tangent.toFixed(4)}$`, 'm'));
    }
    expect(stdout).toContain('scale returns no number: its outputs are the elements it writes, out[0], out[1], out[2]\n');
    expect(stdout).toContain(`∂out/∂x = [0, ${(2 * Math.cos(0.5)).toFixed(4)}, ${(4 * Math.cos(1)).toFixed(4)}]\n`);
    // a function that also returns a number: the written element's row has its adjoint ∂y/∂v (0: y does not read it)
    const b = tsgrad('trace', 'w.ts', 'both', '--at', 'x=0.5,out=[7]', '--wrt', 'x');
    expect(b.stdout).toMatch(/^out\[0\] +v\S+ +0\.2500 +1\.0000 +0$/m);
    expect(b.stdout).toContain('∂out/∂x = [1]\n');
    expect(b.stdout).toContain(`y = ${Math.exp(0.5).toFixed(4)}\n`);
    const json = JSON.parse(tsgrad('trace', 'w.ts', 'scale', '--at', 'x=0.5,s=2,out=[0,0,0]', '--wrt', 'x', '--format', 'json').stdout) as { written: { name: string; value: number; tangent: number }[] };
    expect(json.written.map((w) => w.name)).toEqual(['out[0]', 'out[1]', 'out[2]']);
    expect(json.written[2]!.tangent).toBeCloseTo(4 * Math.cos(1), 12);
  });

  test('a function that throws at the point: exit 1 with its message', () => {
    put('t.ts', `export function f(x: number): number {
  if (x < 0) throw new RangeError('x must not be negative');
  return Math.sqrt(x);
}
`);
    const { code, stderr } = tsgrad('trace', 't.ts', 'f', '--at', 'x=-1');
    expect(code).toBe(1);
    expect(stderr).toBe('tsgrad: f throws at this point: RangeError: x must not be negative\n');
  });

  test.each([
    [['trace', 'f.ts', 'f', '--at', 'x1=1.5'], "--at gives no value for 'x2' (f(x1, x2))"],
    [['trace', 'f.ts', 'f', '--at', 'x1=1.5,x2=0.5,z=1'], "--at z: f has no parameter 'z' (its parameters: x1, x2)"],
    [['trace', 'f.ts', 'f', '--at', 'x1=one,x2=0.5'], "--at x1: x1 is a number, not 'one'"],
    [['trace', 'f.ts', 'f', '--at', 'x1=1,x2=1', '--wrt', 'y'], "--wrt y: f has no differentiable parameter 'y' (x1, x2)"],
    [['trace', 'f.ts', 'f', '--at', 'x1=1,x2=1', '--format', 'html'], "--format takes 'table', 'markdown' or 'json', not 'html'"],
    [['trace', 'f.ts'], 'tsgrad trace f.ts: which function? (tsgrad trace <file> <function> --at x=1)'],
    [['trace', 'f.ts', 'f', '--dump', 'ir'], '--dump is not an option of tsgrad trace'],
    [['compile', 'f.ts', '--ascii'], '--ascii is not an option of tsgrad compile'],
  ])('%j is a usage error', async (argv, message) => {
    put('f.ts', textbook);
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: scratch.dir, env: {}, isTTY: false, version: 'test' });
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `tsgrad: ${message}\nRun 'tsgrad --help' for usage.\n` });
  });

  test('an unknown function is a usage error (exit 2)', async () => {
    put('f.ts', textbook);
    let stderr = '';
    const code = await run(['trace', 'f.ts', 'g', '--at', 'x=1'], { stdout: () => {}, stderr: (t) => (stderr += t), cwd: scratch.dir, env: {}, isTTY: false, version: 'test' });
    expect(code).toBe(2);
    expect(stderr).toBe("tsgrad: f.ts has no function 'g' that tsgrad can read\n");
  });
});
