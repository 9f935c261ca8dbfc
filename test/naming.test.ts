/**
 * The naming step (ir/names.ts nameLocals): a variable made without a name (ir/target.ts
 * `unnamed`) is named after its base where the code is built, clear of every other name of the
 * function, the same wherever it occurs (a for's init, an update, a copy of the names for split
 * mode's halves too), and nothing else in the code changes.
 */
import { Names, nameLocals } from '../compiler/ir/names.js';
import { type TStmt, bin, declare, eachExprIn, eachStmt, index, local, name, num, ref, unnamed, update } from '../compiler/ir/target.js';

/** Every name the code declares or reads, in order. */
function namesOf(code: readonly TStmt[]): string[] {
  const out: string[] = [];
  eachStmt(code, (s) => { if (s.k === 'decl') out.push(s.name); if (s.k === 'for') out.push(s.init.k === 'decl' ? s.init.name : '?'); });
  eachExprIn(code, (x) => { if (x.k === 'name' || x.k === 'update') out.push(x.name); });
  return out;
}

test('an unnamed variable is named after its base, clear of the names given out, wherever it occurs', () => {
  const names = new Names(new Set(['row']));
  names.fresh('j', true);
  const row = unnamed('row', 'row');
  const j = unnamed('j', 'int');
  const kept = local('at', 'int');
  const code: TStmt[] = [
    declare('const', row, name('snapshot')),
    declare('const', kept, num(0)),
    { k: 'for', init: declare('let', j, num(0)), test: bin('<', ref(j), num(3)), update: update(j, '+=', 1), body: [
      { k: 'assign', target: index(ref(row), ref(j)), op: '=', value: ref(kept) },
    ] },
  ];
  const out = nameLocals(code, names);
  // (row is a source identifier: row_1; j is taken: j_1)
  expect(namesOf(out)).toEqual(['row_1', 'at', 'j_1', 'j_1', 'snapshot', 'j_1', 'j_1', 'row_1', 'j_1', 'at']);
  // the same variable everywhere, by identity: the declaration's is the one read
  const vars = new Set<unknown>();
  eachStmt(out, (s) => { if (s.k === 'decl' && s.name === 'row_1') vars.add(s.v); });
  eachExprIn(out, (x) => { if (x.k === 'name' && x.name === 'row_1') vars.add(x.v); });
  expect(vars.size).toBe(1);
  // named again (split mode's halves, with a copy of the names): the same name, none given out anew
  const copy = names.clone();
  expect(namesOf(nameLocals([declare('const', row, num(1))], copy))).toEqual(['row_1']);
  expect(copy.fresh('row', true)).toBe('row_2');
  // code without one is returned as it is
  const plain = [declare('const', kept, num(0))];
  expect(nameLocals(plain, names)).toBe(plain);
});
