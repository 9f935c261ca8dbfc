/**
 * Adjoints summed where they are read (compiler/reverse/gather.ts): the pieces of a `let x_b`
 * scattered over a straight-line reverse sweep become one `const x_b = … + … - …` before its
 * first read, with the same value bit for bit; what keeps the scattered form.
 */
import { gatherAdjoints } from '../compiler/reverse/gather.js';
import { type TExpr, type TStmt, type TVar, bin, declare, index, mathCall, name, num, ref, tvar } from '../compiler/ir/target.js';
import type { Var } from '../compiler/ir/types.js';
import { printBody } from '../compiler/emit/module.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generated } from './support/compile.js';

const primalVar = (n: string): Var => ({ name: n, type: 'f64', kind: 'local', mutable: false });
const adjoint = (n: string): TVar => tvar(`${n}_b`, 'adjoint', 'f64', primalVar(n));
// (as printed, each line trimmed; the non-null assertions of element stores left out, so that it runs as JavaScript)
const text = (code: readonly TStmt[]) => printBody(code).split('\n').map((l) => l.trim()).join('\n').trim().replace(/\]!/g, ']');
const add = (v: TVar, e: TExpr, op: '+=' | '-=' = '+='): TStmt => ({ k: 'assign', target: ref(v), op, value: e });
const gradOf = (t: string): TStmt => ({ k: 'comment', text: `grad of: ${t}`, gradOf: true });
const store = (v: TVar): TStmt => ({ k: 'assign', target: index(name('a_b'), num(0)), op: '+=', value: ref(v) });

const x = adjoint('x');
const scattered: TStmt[] = [
  gradOf('const b = x * y'),
  declare('let', x, bin('*', name('b_b'), name('y'))),
  gradOf('const c = Math.sin(x)'),
  add(x, bin('*', name('c_b'), mathCall('cos', name('x')))),
  gradOf('const d = e - x'),
  add(x, name('d_b'), '-='),
  gradOf('const x = a[0]'),
  store(x),
];

test('the pieces of an adjoint become one sum before its read; the sections left empty lose their `grad of` line', () => {
  expect(text(gatherAdjoints(scattered))).toBe([
    '// grad of: const x = a[0]',
    'const x_b = b_b * y + c_b * Math.cos(x) - d_b;',
    'a_b[0] += x_b;',
  ].join('\n'));
});

test('the sum is the scattered additions bit for bit, in nested blocks too', () => {
  const run = (code: readonly TStmt[]) => new Function('b_b', 'y', 'c_b', 'x', 'd_b', `const a_b = [0];\n${text(code)}\nreturn a_b[0];`) as (...v: number[]) => number;
  const nested: TStmt[] = [{ k: 'if', test: name('y'), then: scattered, else: [] }];
  const before = run(nested);
  const after = run(gatherAdjoints(nested));
  expect(text(gatherAdjoints(nested))).toContain('const x_b = b_b * y + c_b * Math.cos(x) - d_b;');
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 4 - 2;
  for (let k = 0; k < 200; k++) {
    const v = [rnd() * 1e3, rnd(), rnd() * 1e-3, rnd(), rnd() * 1e8];
    expect(Object.is(after(...v), before(...v))).toBe(true);
  }
});

test('kept scattered: an element read, a variable assigned between, the adjoint assigned after its read, a zero start, a primal', () => {
  const keeps: TStmt[][] = [
    // (a piece reading an element: the array may change before the read)
    [declare('let', x, name('u')), add(x, index(name('w'), num(0))), store(x)],
    // (y, which a piece reads, assigned between the piece and the read)
    [declare('let', x, name('u')), add(x, bin('*', name('c_b'), name('y'))), { k: 'assign', target: name('y'), op: '=', value: num(2) }, store(x)],
    // (assigned again after it is read)
    [declare('let', x, name('u')), add(x, name('v')), store(x), { k: 'assign', target: ref(x), op: '=', value: num(0) }],
    // (added to inside a branch: that is its read)
    [declare('let', x, name('u')), add(x, name('v')), { k: 'if', test: name('c'), then: [add(x, name('w'))], else: [] }, store(x)],
    // (starting at zero: summed from its first piece it could end −0)
    [declare('let', x, num(0)), add(x, name('v')), add(x, name('w')), store(x)],
    // (a primal variable, not an adjoint)
    [declare('let', tvar('s', 'primal', 'f64', primalVar('s')), name('u')), add(tvar('s', 'primal', 'f64', primalVar('s')), name('v')), store(tvar('s', 'primal', 'f64', primalVar('s')))],
  ];
  for (const code of keeps) expect(text(gatherAdjoints(code))).toBe(text(code));
});

test("gl-matrix's determinant (bench corpus case): each adjoint one sum where it is read, none scattered", () => {
  const code = generated(readFileSync(join(__dirname, '..', 'corpus', 'gl-matrix', 'mat4.ts'), 'utf8'));
  const vjp = code.slice(code.indexOf('export function determinant_vjp'), code.indexOf('export function determinant_grad'));
  expect(vjp).toContain('const a22_b = t24_b * b0 + t12_b * a31 + t10_b * a30;');
  expect(vjp).not.toMatch(/let \w+_b = /);
});
