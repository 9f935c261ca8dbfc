/**
 * The generic traversal of the trace (compiler/ir/walk.ts): `walk`'s order and places, forward
 * and backward, and `fold`'s bottom-up values, on IR built by hand.
 */
import type { Stmt } from '../compiler/ir/types.js';
import { fold, parentOf, places, spans, walk } from '../compiler/ir/walk.js';
import { assign, at, eq, k, loc, loop, v } from './support/ir.js';

// a = 1; for (i < n) { b = a * a; if (c) { a = b } else { } }; d = a
const a = v('a', 'f64', 'local', true);
const b = v('b');
const c = v('c', 'bool');
const d = v('d');
const i = v('i', 'int');
const n = v('n', 'int', 'param');
const one = v('one');
const first = eq(one, 'copy', k(1));
const init = assign(a, one, true);
const square = eq(b, 'mul', at(a), at(a));
const update = assign(a, b);
const branch: Stmt = { kind: 'if', cond: at(c), then: [update], else: [], loc: loc('if (c)') };
const body = [square, branch];
const outer = loop(i, at(n), body);
const last = assign(d, a);
const trace = [first, init, outer, last];
const label = new Map<Stmt, string>([[first, 'one'], [init, 'init'], [square, 'square'], [branch, 'if'], [update, 'update'], [outer, 'for'], [last, 'last']]);

test('walk enters each statement before its blocks and leaves it after them, in program order or backward', () => {
  const seen: string[] = [];
  const visitor = { enter: (s: Stmt) => { seen.push(`+${label.get(s)}`); }, leave: (s: Stmt) => { seen.push(`-${label.get(s)}`); } };
  walk(trace, visitor);
  expect(seen).toEqual(['+one', '-one', '+init', '-init', '+for', '+square', '-square', '+if', '+update', '-update', '-if', '-for', '+last', '-last']);
  seen.length = 0;
  walk(trace, visitor, true);
  expect(seen).toEqual(['+last', '-last', '+for', '+if', '+update', '-update', '-if', '+square', '-square', '-for', '+init', '-init', '+one', '-one']);
  // (false from enter skips the blocks and leave)
  seen.length = 0;
  walk(trace, { enter: (s) => { seen.push(label.get(s)!); return s.kind === 'for' ? false : undefined; } });
  expect(seen).toEqual(['one', 'init', 'for', 'last']);
});

test('each statement\'s place: its block, index, the statements and loops around it', () => {
  const where = places(trace);
  expect(where.size).toBe(7);
  const u = where.get(update)!;
  expect(u.block).toBe(branch.kind === 'if' ? branch.then : undefined);
  expect(u.index).toBe(0);
  expect(u.around).toEqual([outer, branch]);
  expect(u.loops).toEqual([outer]);
  expect(parentOf(u)).toBe(branch);
  expect(parentOf(where.get(last)!)).toBeUndefined();
  expect(where.get(last)!.index).toBe(3);
  // spans number statements in program order, a compound's span covering its blocks
  const span = spans(trace);
  expect([span.get(outer)!.start, span.get(outer)!.end]).toEqual([2, 5]);
  expect(span.get(update)!.loops).toEqual([outer]);
});

test('fold gives each statement the values of its blocks, and each block its values before the statement around it', () => {
  const events: string[] = [];
  // a statement's value: how many statements it is made of
  const counts = fold<number>(trace, {
    stmt: (s, nested) => { events.push(label.get(s)!); return 1 + nested.flat().reduce((x, y) => x + y, 0); },
    block: (blk, values, parent) => { events.push(`block of ${parent ? label.get(parent) : 'top'}: ${values.map((x) => x.index).join(',')}`); },
  }, true);
  // (backward: the last statement first)
  expect(counts).toEqual([1, 4, 1, 1]);
  expect(events).toEqual(['last', 'update', 'block of if: 0', 'block of if: ', 'if', 'square', 'block of for: 1,0', 'for', 'init', 'one', 'block of top: 3,2,1,0']);
});
