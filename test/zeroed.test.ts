/**
 * An adjoint element cleared, then added into (compiler/reverse/zeroed.ts): the addition becomes
 * an assignment where the element is surely zero, and the clearing goes where that assignment
 * overwrites it before anything reads its array; what keeps either as it was.
 */
import { assignZeroedElements } from '../compiler/reverse/zeroed.js';
import { type TExpr, type TStmt, type TVar, declare, index, local, name, num, ref } from '../compiler/ir/target.js';
import { printBody } from '../compiler/emit/module.js';

const adjointOf = (of: string): TVar => ({ name: `${of}_b`, role: 'adjoint', type: 'f64[]', of: { name: of, type: 'f64[]', kind: 'local', mutable: false } });
const vB = adjointOf('v');
const wB = adjointOf('w');
const adjoints = new Set([vB, wB]);
const at = (a: TVar, i: TExpr): TExpr => index(ref(a), i);
const clear = (a: TVar, i: TExpr): TStmt => ({ k: 'assign', target: at(a, i), op: '=', value: num(0) });
const add = (a: TVar, i: TExpr, e: string, op: '+=' | '-=' = '+='): TStmt => ({ k: 'assign', target: at(a, i), op, value: name(e) });
const jVar = local('j', 'int');
const j = ref(jVar);
const branch = (then: TStmt[], other: TStmt[]): TStmt => ({ k: 'if', test: name('c'), then, else: other });
const text = (code: readonly TStmt[]) => printBody(code).trim();

test('cleared on both paths, then added into: an assignment, and neither clearing stays', () => {
  const code = [branch([clear(vB, j)], [add(wB, j, 'x'), clear(vB, j)]), add(vB, j, 'e')];
  expect(text(assignZeroedElements(code, adjoints))).toBe(text([branch([], [add(wB, j, 'x')]), { k: 'assign', target: at(vB, j), op: '=', value: name('e') }]));
});

test('a subtraction into a zero element assigns its negation', () => {
  const out = assignZeroedElements([clear(vB, j), add(vB, j, 'e', '-=')], adjoints);
  expect(text(out)).toBe('v_b[j]! = -e;');
});

test('a read of the array between: the assignment, but the clearing stays (the read may be of that element)', () => {
  const read = declare('const', { name: 't', role: 'primal', type: 'f64', of: { name: 't', type: 'f64', kind: 'local', mutable: false } }, at(vB, name('m')));
  const out = assignZeroedElements([clear(vB, j), read, add(vB, j, 'e')], adjoints);
  expect(text(out)).toBe(text([clear(vB, j), read, { k: 'assign', target: at(vB, j), op: '=', value: name('e') }]));
});

test('unchanged: cleared on one path only, the index reassigned, another element of the array written, a loop, a call, an array no sweep made', () => {
  const cases: TStmt[][] = [
    [branch([clear(vB, j)], []), add(vB, j, 'e')],
    [clear(vB, j), { k: 'assign', target: j, op: '+=', value: num(1) }, add(vB, j, 'e')],
    [clear(vB, j), { k: 'expr', e: { k: 'update', name: 'j', op: '+=', by: 1 } }, add(vB, j, 'e')],
    [clear(vB, j), add(vB, name('m'), 'f'), add(vB, j, 'e')],
    [clear(vB, j), { k: 'while', test: name('c'), body: [add(wB, j, 'f')] }, add(vB, j, 'e')],
    [clear(vB, j), { k: 'expr', e: { k: 'call', callee: { k: 'fn', name: 'g', form: 'vjp' }, args: [ref(vB)] } }, add(vB, j, 'e')],
    [clear(vB, j), { k: 'assign', target: name('u'), op: '=', value: ref(vB) }, add(vB, j, 'e')],
    [{ k: 'assign', target: index(name('v_b'), j), op: '=', value: num(0) }, { k: 'assign', target: index(name('v_b'), j), op: '+=', value: name('e') }],
  ];
  for (const code of cases) expect(text(assignZeroedElements(code, adjoints))).toBe(text(code));
});

test("an index naming a variable a branch declares is that branch's variable, not the one after the if", () => {
  // (each branch's j a variable of its own, of the name of the j after the if)
  const own = (k: number) => { const v = local('j', 'int'); return { decl: declare('const', v, num(k)), at: ref(v) }; };
  const [one, two] = [own(1), own(2)];
  const code = [branch([one.decl, clear(vB, one.at)], [two.decl, clear(vB, two.at)]), add(vB, j, 'e')];
  expect(text(assignZeroedElements(code, adjoints))).toBe(text(code));
  const after = [branch([one.decl, clear(vB, one.at)], []), { k: 'assign', target: at(vB, j), op: '=', value: name('e') } as TStmt];
  expect(text(assignZeroedElements(after, adjoints))).toBe(text(after));
});

test('variables are told apart by identity: a branch\'s own j, declared there, leaves the outer j\'s element known', () => {
  // v_b[j] cleared, then in one branch another variable printed `j` declared and read: the outer
  // element is still zero after the if (by name, the declaration would have seemed to change its index)
  const inner = local('j', 'int');
  const code = [clear(vB, j), branch([declare('const', inner, num(3)), add(wB, ref(inner), 'x')], []), add(vB, j, 'e')];
  // (and the clearing, overwritten before v_b is read, goes)
  expect(text(assignZeroedElements(code, adjoints))).toBe(text([code[1]!, { k: 'assign', target: at(vB, j), op: '=', value: name('e') }]));
});

test('an index or an array that is no variable (a bare name) is of no element', () => {
  const code = [clear(vB, name('j')), add(vB, name('j'), 'e')];
  expect(text(assignZeroedElements(code, adjoints))).toBe(text(code));
  // and a statement stepping a bare name forgets the elements of every variable so named
  const stepped = [clear(vB, j), { k: 'expr', e: { k: 'update', name: 'j', op: '+=', by: 1 } } as TStmt, add(vB, j, 'e')];
  expect(text(assignZeroedElements(stepped, adjoints))).toBe(text(stepped));
});
