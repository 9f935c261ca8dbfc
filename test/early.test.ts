/**
 * Additions into adjoint elements move up to just after the last write of what they add
 * (compiler/reverse/early.ts): the shape on straight-line code read from an array, the
 * gradient against the analytic one, and the statements an addition must not move past.
 */
import { addEarly } from '../compiler/reverse/early.js';
import { ADJ, type TStmt, type TVar, bin, call, declare, index, local, name, num, ref } from '../compiler/ir/target.js';
import { tape } from '../runtime/index.js';
import { compileSource } from './support/compile.js';
import { scratchDirectory } from './support/scratch.js';

const scratch = scratchDirectory('tsgrad-early-');

const source = `
  export function f(a: Float64Array): number {
    const x = a[0], y = a[1], z = a[2];
    const u = Math.sin(y * z);
    const v = Math.cos(u * z);
    const w = Math.exp(v * u);
    return x * w;
  }`;

test("an element's addition comes right after its adjoint's last contribution, not at the end of the sweep", () => {
  const r = compileSource(source);
  expect(r.diagnostics).toEqual([]);
  const code = r.code!;
  const vjp = code.slice(code.indexOf('export function f_vjp('), code.indexOf('export function f_grad('));
  // x's adjoint is complete once the return is reversed: a_b[0] gets it before the rest of the sweep
  const x = vjp.indexOf('a_b[0]! += x_b;');
  expect(x).toBeGreaterThan(0);
  expect(x).toBeLessThan(vjp.indexOf('// grad of: const w = '));
  // (y's and z's come last, as before: nothing is left to move past)
  expect(vjp).toMatch(/a_b\[2\]! \+= z_b;\n\s*a_b\[1\]! \+= y_b;\n\s*tape.top|a_b\[2\]! \+= z_b;\n\s*a_b\[1\]! \+= y_b;\n\s*return/);

  scratch.put('input.ts', source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const g = require(scratch.put('input.grad.ts', code)) as { f_grad: (a: Float64Array) => { value: number; grad: { a: Float64Array } } };
  const a = new Float64Array([0.7, -1.3, 0.4]);
  const [X, Y, Z] = a as unknown as [number, number, number];
  const u = Math.sin(Y * Z);
  const v = Math.cos(u * Z);
  const w = Math.exp(v * u);
  // d/du, d/dz of w through v and u
  const wu = w * (v + u * -Math.sin(u * Z) * Z);
  const wz = w * u * -Math.sin(u * Z) * u;
  const uy = Math.cos(Y * Z) * Z;
  const uz = Math.cos(Y * Z) * Y;
  const want = [w, X * wu * uy, X * (wz + wu * uz)];
  const { value, grad } = g.f_grad(a);
  expect(value).toBe(X * w);
  grad.a.forEach((gi, i) => expect(gi).toBeCloseTo(want[i]!, 12));
  expect(tape.top).toBe(0);
});

describe('what an addition does not move past', () => {
  /** The adjoint array of the parameter `of`, as the reverse sweep makes it. */
  const adjointOf = (of: string): TVar => ({ name: `${of}_b`, role: 'adjoint', type: 'f64[]', of: { name: of, type: 'f64[]', kind: 'param', mutable: false } });
  const aB = adjointOf('a');
  const cB = adjointOf('c');
  const adjoints = new Set([aB, cB]);
  /** The scalars of the code, typed variables (TVar) told apart by identity, by name here. */
  const scalars = new Map<string, TVar>();
  const scalar = (n: string): TVar => {
    let t = scalars.get(n);
    if (!t) scalars.set(n, t = { name: n, role: 'primal', type: 'f64', of: { name: n, type: 'f64', kind: 'local', mutable: true } });
    return t;
  };
  const filler = (n: number): TStmt[] => Array.from({ length: n }, (_, i) => declare('const', scalar(`f${i}`), bin('*', ref(scalar('q')), num(i))));
  const add = (array: TVar, k: number, v: string): TStmt => ({ k: 'assign', target: index(ref(array), num(k)), op: '+=', value: ref(scalar(v)) });
  const text = (code: TStmt[]) => code.map((s) => (s.k === 'assign' && s.target.k === 'index' && s.target.index.k === 'num' ? `${(s.target.array as { name: string }).name}[${s.target.index.value}]` : s.k === 'decl' ? s.name : s.k));
  const def: TStmt = declare('const', scalar('v'), ref(scalar('q')));

  test('past statements that leave what it reads alone, and other numbered elements of its array', () => {
    const out = addEarly([def, ...filler(8), add(aB, 1, 'f7'), add(cB, 0, 'f7'), add(aB, 0, 'v')], adjoints);
    expect(text(out)).toEqual(['v', 'a_b[0]', 'f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'a_b[1]', 'c_b[0]']);
  });

  test('not past a write of what it adds, a read of its array, a call, or the same element', () => {
    const blockers: TStmt[] = [
      { k: 'assign', target: ref(scalar('v')), op: '+=', value: num(1) },
      declare('const', scalar('t'), index(ref(aB), num(3))),
      { k: 'expr', e: call({ k: 'fn', name: 'g', form: 'primal' }, ref(scalar('q'))) },
      add(aB, 0, 'f7'),
      { k: 'decl', kind: 'const', name: 't', init: { k: 'member', object: ref(ADJ), prop: 'a' } },
    ];
    for (const b of blockers) {
      const out = addEarly([def, ...filler(8), b, add(aB, 0, 'v')], adjoints);
      expect(out[out.length - 1]).toEqual(add(aB, 0, 'v'));
    }
  });

  test('the variables it reads are told by identity: past a write of another of the same name, not where it reads a name that is no variable', () => {
    const other: TStmt = { k: 'assign', target: ref({ ...scalar('v') }), op: '+=', value: num(1) };
    const past = addEarly([def, ...filler(8), other, add(aB, 0, 'v')], adjoints);
    expect(text(past)).toEqual(['v', 'a_b[0]', 'f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'assign']);
    const untyped: TStmt = { k: 'assign', target: index(ref(aB), num(0)), op: '+=', value: name('v') };
    const code = [def, ...filler(8), untyped];
    expect(addEarly(code, adjoints)).toEqual(code);
  });

  test("a '// grad of:' comment left with nothing under it goes; one that still heads a statement stays", () => {
    const c1: TStmt = { k: 'comment', text: 'grad of: one' };
    const c2: TStmt = { k: 'comment', text: 'grad of: two' };
    const out = addEarly([def, ...filler(8), c1, add(aB, 0, 'v'), c2, add(aB, 1, 'v'), add(aB, 2, 'f7')], adjoints);
    expect(text(out)).toEqual(['v', 'a_b[1]', 'a_b[0]', 'f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'comment', 'a_b[2]']);
    expect(out[11]).toBe(c2);
  });

  test('an addition into an array no sweep made stays, whatever its name', () => {
    const code = [def, ...filler(8), { k: 'assign', target: index(name('a_b'), num(0)), op: '+=', value: name('v') } as TStmt];
    expect(addEarly(code, adjoints)).toEqual(code);
  });

  test("a sum promote.ts kept in a local (role 'acc') stays where it was added, after its loop; a scalar read in its place moves", () => {
    const sum = local('a_b_acc', 'acc');
    const loop: TStmt = { k: 'while', test: ref(scalar('q')), body: [{ k: 'assign', target: ref(sum), op: '+=', value: ref(scalar('v')) }] };
    const written: TStmt = { k: 'assign', target: index(ref(aB), num(0)), op: '+=', value: ref(sum) };
    const out = addEarly([def, loop, ...filler(8), written], adjoints);
    expect(out[out.length - 1]).toBe(written);
    // (the same addition of a primal scalar moves up past the eight statements)
    expect(text(addEarly([def, loop, ...filler(8), add(aB, 0, 'v')], adjoints)).slice(0, 3)).toEqual(['v', 'a_b[0]', 'while']);
  });

  test('past fewer than eight statements, it stays', () => {
    const code = [def, ...filler(7), add(aB, 0, 'v')];
    expect(addEarly(code, adjoints)).toEqual(code);
  });
});
