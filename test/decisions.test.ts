/**
 * Nested decisions packed into one tape entry (compiler/reverse/decisions.ts), on target code
 * built by hand: the packing is returned as new sweeps, the sweeps given are not written, and
 * the same packing reaches code built later from their statements.
 */
import { type TExpr, type TStmt, bin, declare, local, name, num, primal, ref, tape } from '../compiler/ir/target.js';
import type { Var } from '../compiler/ir/types.js';
import { Names } from '../compiler/ir/names.js';
import { packDecisions } from '../compiler/reverse/decisions.js';

const push = (v: number): TStmt => ({ k: 'expr', e: tape('push', num(v)) });
const set = (n: string, v: number): TStmt => ({ k: 'assign', target: name(n), op: '=', value: num(v) });
// the decisions' conditions, variables found by identity (as the sweeps' primal variables are)
const condition = (n: string): Var => ({ name: n, type: 'bool', kind: 'temp', mutable: false });
const C = primal(condition('c'));
const D = primal(condition('d'));

// forward: if (c) { if (d) { a = 1; push 1 } else { a = 2; push 0 }; push 1 } else { a = 3; push 0 }
function sweeps() {
  const inner: TStmt = { k: 'if', test: ref(D), then: [set('a', 1), push(1)], else: [set('a', 2), push(0)] };
  const outer: TStmt = { k: 'if', test: ref(C), then: [inner, push(1)], else: [set('a', 3), push(0)] };
  const innerPop: TStmt = declare('const', D, tape('popBool'));
  const innerIf: TStmt = { k: 'if', test: ref(D), then: [set('a_b', 0)], else: [set('a_b', 1)] };
  const outerPop: TStmt = declare('const', C, tape('popBool'));
  const outerIf: TStmt = { k: 'if', test: ref(C), then: [innerPop, innerIf], else: [set('a_b', 2)] };
  const loop: TStmt = { k: 'for', init: { k: 'decl', kind: 'let', name: 'i', init: num(0) }, test: bin('<', name('i'), num(3)), update: { k: 'update', name: 'i', op: '+=', by: 1 }, body: [outerPop, outerIf] };
  return { forward: [outer], reverse: [loop], outer, inner, loop, outerIf };
}

test('packDecisions returns the packed sweeps and writes neither of those it is given', () => {
  const { forward, reverse, outer, inner, loop } = sweeps();
  const before = JSON.stringify({ forward, reverse });
  const packed = packDecisions(forward, reverse, new Names());
  // (the sweeps given, and each statement of them, as they were)
  expect(JSON.stringify({ forward, reverse })).toBe(before);
  expect(forward[0]).toBe(outer);
  expect((outer as TStmt & { k: 'if' }).then[0]).toBe(inner);
  // the forward sweep: the inner branches push the path code (2, 1), the outer branch nothing more
  expect(packed.forward).toEqual([{
    k: 'if', test: ref(C),
    then: [{ k: 'if', test: ref(D), then: [set('a', 1), push(2)], else: [set('a', 2), push(1)] }],
    else: [set('a', 3), push(0)],
  }]);
  // the reverse sweep: one pop of the path code, tested for each decision
  const body = (packed.reverse[0] as TStmt & { k: 'for' }).body;
  // (the path code is a variable of the sweeps' own, an integer: read by identity)
  const path = local('c_path', 'int');
  expect(body[0]).toEqual(declare('const', path, tape('popInt')));
  expect((body[1] as TStmt & { k: 'if' }).test).toEqual(ref(path));
  expect((body[1] as TStmt & { k: 'if' }).then[0]).toEqual(declare('const', D, bin('===', ref(path), num(2))));
  const read = ((body[1] as TStmt & { k: 'if' }).test as TExpr & { k: 'name' }).v;
  expect(read).toBe((body[0] as TStmt & { k: 'decl' }).v);
  // each statement rebuilt is followed to where it went (checkpoint.ts finds loops by identity)
  expect(packed.moved.get(loop)).toBe(packed.reverse[0]);
  expect(packed.moved.get(outer)).toBe(packed.forward[0]);
  // code built later from the same statements gets the same packing
  const later: TStmt[] = [{ k: 'comment', text: 'a form made later' }, { k: 'block', body: [loop] }];
  expect(JSON.stringify(packed.apply(later)[1])).toBe(JSON.stringify({ k: 'block', body: packed.reverse }));
});

test('a decision whose pop is read elsewhere, or declared twice, is not packed', () => {
  const { forward, reverse } = sweeps();
  const loop = reverse[0] as TStmt & { k: 'for' };
  // (c also read after its test; c declared once more: the outer pop cannot become a path code)
  const readAgain: TStmt[] = [{ ...loop, body: [...loop.body, { k: 'expr', e: ref(C) }] }];
  const declaredTwice: TStmt[] = [loop, declare('let', C, num(0))];
  for (const rev of [readAgain, declaredTwice]) {
    const packed = packDecisions(forward, rev, new Names());
    expect(packed.forward).toEqual(forward);
    expect(packed.forward[0]).toBe(forward[0]);
    packed.reverse.forEach((s, i) => expect(s).toBe(rev[i]));
    expect(packed.moved.size).toBe(0);
  }
  // (and with neither, it is: the case above)
  expect(packDecisions(forward, reverse, new Names()).moved.size).toBeGreaterThan(0);
});
