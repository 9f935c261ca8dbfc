/** Declarations, defaults and module constants: what the fixtures cannot say by themselves. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import { scratchDirectory } from './support/scratch.js';

function project(files: Record<string, string>, main = 'input.ts') {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-decls-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const results = compileFiles([join(dir, main)]);
  return { main: results[0]!, all: results.flatMap((r) => r.diagnostics) };
}

describe('module constants', () => {
  test('an imported constant is never called mutable state', () => {
    const { main } = project({
      'consts.d.ts': 'export declare const RATE: number;\n',
      'input.ts': "import { RATE } from './consts.js';\nexport function f(x: number): number { return x * RATE; }\n",
    });
    expect(main.diagnostics).toHaveLength(1);
    expect(main.diagnostics[0]).toMatchObject({ code: 'TSG1002', line: 2 });
    expect(main.diagnostics[0]!.message).toMatch(/'RATE' is not visible to tsgrad: consts\.d\.ts declares it without one/);
    expect(main.diagnostics[0]!.message).not.toMatch(/mutable/);
  });

  test('a module-level let its module assigns is mutable module state, with where it is assigned', () => {
    const { main } = project({
      'state.ts': 'export let scale = 2;\nexport function setScale(s: number): void { scale = s; }\n',
      'input.ts': "import { scale } from './state.js';\nexport function f(x: number): number { return x * scale; }\n",
    });
    expect(main.diagnostics[0]).toMatchObject({ code: 'TSG1002', line: 2 });
    expect(main.diagnostics[0]!.message).toBe("'scale' is mutable module state: its module assigns it (state.ts:2), so its value can change between calls");
  });

  test('a module-level let nothing assigns is a constant', () => {
    const { main } = project({ 'input.ts': 'let k = 3;\nexport function f(x: number): number { return k * x; }\n' });
    expect(main.diagnostics).toEqual([]);
    expect(main.code).toMatch(/3 \* x/);
  });
});

describe('default parameters', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const source = require('../fixtures/decls/default_params/input.ts') as { damped: (x: number, rate?: number) => number };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generated = require('../fixtures/decls/default_params/input.grad.ts') as {
    damped_grad: (x: number, rate?: number) => { value: number; grad: { x: number; rate: number } };
    damped_vjp: (x: number, rate: number | undefined, clip: boolean | undefined, adj: { x: number; rate: number }, seed?: number) => number;
  };

  test('left out, a default that reads an earlier parameter carries its derivative', () => {
    for (const x of [0.3, 0.9, 1.7]) {
      const h = 1e-6;
      const fd = (source.damped(x + h) - source.damped(x - h)) / (2 * h);
      const r = generated.damped_grad(x);
      expect(r.value).toBe(source.damped(x));
      expect(Math.abs(r.grad.x - fd)).toBeLessThan(1e-7);
      // the parameter left out gets no gradient; given, it gets its own
      expect(r.grad.rate).toBe(0);
      const given = generated.damped_grad(x, 0.5 * x);
      expect(given.value).toBe(r.value);
      expect(given.grad.x + given.grad.rate * 0.5).toBeCloseTo(r.grad.x, 12);
    }
  });

  test('f_vjp takes undefined for a parameter with a default, positionally', () => {
    const adj = { x: 0.25, rate: 0.25 };
    const value = generated.damped_vjp(1.1, undefined, undefined, adj, 2);
    const r = generated.damped_grad(1.1);
    expect(value).toBe(r.value);
    expect(adj.x).toBeCloseTo(0.25 + 2 * r.grad.x, 12);
    expect(adj.rate).toBe(0.25);
  });
});

describe('var', () => {
  test('a var index read after its loop makes the loop a general one; inside only, a counted one', () => {
    const { main } = project({ 'input.ts': `export function f(x: Float64Array): number {
  var s = 0;
  for (var i = 0; i < x.length; i++) s += x[i] * x[i];
  for (var j = 0; j < x.length; j++) s += x[j];
  return s + i;
}
` });
    expect(main.diagnostics).toEqual([]);
    expect(main.code).toMatch(/for \(let j = 0; j < t\d+; j\+\+\)/);
    // (i's value after the loop, read once after it: a const, local-values.ts)
    expect(main.code).toMatch(/const i = Math\.max\(0, t\d+\);/);
  });
});

describe('a rest element in an array destructuring assignment', () => {
  const scratch = scratchDirectory('tsgrad-decls-rest-');
  // (front49: `[a, ...rest] = v;` kept 'array destructuring assigns names and array elements
  // only' with 'assign each value with its own statement', where the declaration's hint compiles)
  const statements = ['[a, ...rest] = v;', '[, a, ...rest] = three(v[0]!);', '[...rest] = v;'];
  const source = (statement: string) => `function three(x: number): number[] {
  return [x, x * x, 3 * x];
}
export function f(v: number[]): number {
  let a = 1;
  let rest: number[] = [];
  ${statement}
  let s = a;
  for (const r of rest) s += r * r * a;
  return s;
}
`;
  test.each(statements)('%s: TSG1007 with a hint that compiles, computes the same and checks', (statement) => {
    const file = scratch.put('rest.ts', source(statement));
    const [r] = compileFiles([file]);
    expect(r!.diagnostics.map((d) => d.code)).toEqual(['TSG1007']);
    const d = r!.diagnostics[0]!;
    expect(d.message).toMatch(/^the rest element '\.\.\.rest' of an array destructuring assignment is not supported$/);
    const hinted = /^take the rest with slice: (.*)$/.exec(d.hint ?? '')?.[1];
    expect(hinted).toBeDefined();
    const hintedFile = scratch.put('hinted.ts', source(hinted!));
    const checked = scratch.tsgrad('check', 'hinted.ts');
    expect(checked.stdout).toContain('tsgrad: 1 function agrees');
    expect(checked.code).toBe(0);
    // (the same function: its value at a point, as the source computes it)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const before = require(file) as { f: (v: number[]) => number };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const after = require(hintedFile) as { f: (v: number[]) => number };
    for (const v of [[0.5, -1.25, 2, 0.75], [1.5, 2.5, -0.5]]) expect(after.f(v)).toBe(before.f(v));
  });
});
