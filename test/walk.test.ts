/**
 * The generic traversal of the trace (compiler/ir/walk.ts): `walk`'s order and places, forward
 * and backward, `fold`'s bottom-up values, and the maps (mapStmt, mapBlock, mapAtoms), on IR built by hand.
 */
import type { Atom, Block, Callee, Stmt, Var } from '../compiler/ir/types.js';
import { fold, mapAtoms, mapBlock, mapStmt, parentOf, places, spans, statements, walk } from '../compiler/ir/walk.js';
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

// One statement of every kind, each reading and binding variables of its own (x…), nested in
// every kind of block: a map that renames must reach all of them.
const xs = new Map<string, Var>();
const x = (n: string, type: Var['type'] = 'f64'): Var => { const w = xs.get(n) ?? v(`x${n}`, type); xs.set(n, w); return w; };
const callee: Callee = { name: 'g', file: '/g.ts', exported: true, vjp: 'generated', params: [{ key: 'p', array: true }, { key: 'q', array: false }], returnsNumber: true };
const everyKind: Block = [
  eq(x('eqOut'), 'add', at(x('eqArg')), k(2)),
  { kind: 'assign', target: x('asgTarget'), value: at(x('asgValue')), decl: false, loc: loc('assign') },
  { kind: 'store', array: x('stArray', 'f64[]'), index: at(x('stIndex', 'int')), value: at(x('stValue')), loc: loc('store') },
  { kind: 'alloc', target: x('alTarget', 'f64[]'), ctor: 'Array', length: at(x('alLength', 'int')), fill: at(x('alFill')), loc: loc('alloc') },
  { kind: 'alloc', target: x('alTarget2', 'f64[]'), ctor: 'Float64Array', length: k(2), elements: [at(x('alEl0')), at(x('alEl1'))], loc: loc('alloc') },
  { kind: 'fill', array: x('flArray', 'f64[]'), value: at(x('flValue')), loc: loc('fill') },
  { kind: 'push', array: x('puArray', 'f64[]'), value: at(x('puValue')), loc: loc('push') },
  {
    kind: 'call', callee, args: [at(x('caArr', 'f64[]')), at(x('caNum'))], out: x('caOut'), writes: [0], pure: [],
    windows: [{ offset: at(x('caOffset', 'int')), length: at(x('caLength', 'int')) }, undefined], loc: loc('call'), at: { line: 1, column: 1, length: 1 },
  },
  {
    kind: 'if', cond: at(x('ifCond', 'bool')), loc: loc('if'),
    then: [{ kind: 'throw', error: 'RangeError', message: ['bad ', at(x('thMsg'))], loc: loc('throw') }],
    else: [{ kind: 'log', method: 'log', args: [['s = ', at(x('lgArg0'))], [at(x('lgArg1'))]], loc: loc('log') }],
  },
  {
    kind: 'for', index: x('foIndex', 'int'), from: at(x('foFrom', 'int')), to: at(x('foTo', 'int')), step: 1, inclusive: false, loc: loc('for'),
    body: [{ kind: 'while', pre: [eq(x('whPre', 'bool'), 'lt', at(x('whA')), k(1))], cond: at(x('whCond', 'bool')), body: [eq(x('whBody'), 'neg', at(x('whB')))], loc: loc('while') }],
  },
];

/** Every variable a block mentions anywhere (its statements' fields, nested blocks included). */
function varsIn(block: Block): Set<Var> {
  const out = new Set<Var>();
  const visit = (o: unknown): void => {
    if (Array.isArray(o)) { o.forEach(visit); return; }
    if (!o || typeof o !== 'object') return;
    const r = o as Record<string, unknown>;
    if (typeof r.name === 'string' && typeof r.type === 'string' && typeof r.kind === 'string' && 'mutable' in r) { out.add(o as Var); return; }
    for (const [key, val] of Object.entries(r)) if (key !== 'callee' && key !== 'loc') visit(val);
  };
  visit(block);
  return out;
}

test('a map that changes nothing gives back the same tree, statement by statement', () => {
  expect(mapAtoms(everyKind, (a) => a, (w) => w)).toBe(everyKind);
  expect(mapBlock(everyKind, (s) => s)).toBe(everyKind);
  expect(mapBlock(everyKind, (s) => [s])).toBe(everyKind);
  for (const s of statements(everyKind)) expect(mapStmt(s, { atom: (a) => a, bound: (w) => w, block: (b) => b })).toBe(s);
  // (one statement changed deep inside: only it and the statements around it are new)
  const whileBody = (everyKind[9] as Stmt & { kind: 'for' }).body[0] as Stmt & { kind: 'while' };
  const target = whileBody.body[0]!;
  const changed = mapBlock(everyKind, (s) => (s === target ? { ...s, loc: loc('changed') } : s));
  expect(changed).not.toBe(everyKind);
  expect(changed.slice(0, 9)).toEqual(everyKind.slice(0, 9));
  changed.slice(0, 9).forEach((s, i) => expect(s).toBe(everyKind[i]));
  const newWhile = (changed[9] as Stmt & { kind: 'for' }).body[0] as Stmt & { kind: 'while' };
  expect(newWhile).not.toBe(whileBody);
  expect(newWhile.pre).toBe(whileBody.pre);
  expect(newWhile.body[0]!.loc.text).toBe('changed');
});

test('a map that renames reaches every atom and every bound variable of every statement kind', () => {
  const before = varsIn(everyKind);
  expect(before.size).toBe(xs.size);
  const kinds = new Set([...statements(everyKind)].map((s) => s.kind));
  expect([...kinds].sort()).toEqual(['alloc', 'assign', 'call', 'eq', 'fill', 'for', 'if', 'log', 'push', 'store', 'throw', 'while']);
  const renamed = new Map<Var, Var>();
  const rename = (w: Var): Var => { let r = renamed.get(w); if (!r) renamed.set(w, r = { ...w, name: `${w.name}_r` }); return r; };
  const atom = (a: Atom): Atom => (a.kind === 'var' ? { kind: 'var', v: rename(a.v) } : a);
  const out = mapAtoms(everyKind, atom, rename);
  const after = varsIn(out);
  // no variable of before is left, every one of them has its renamed one
  expect([...after].filter((w) => before.has(w))).toEqual([]);
  expect(after).toEqual(new Set([...before].map((w) => renamed.get(w))));
  // constants, strings, and what is not an atom stay
  const [e0, , , , alloc2, , , c, branch] = out as Stmt[];
  expect((e0 as Stmt & { kind: 'eq' }).args[1]).toEqual(k(2));
  expect((alloc2 as Stmt & { kind: 'alloc' }).length).toEqual(k(2));
  expect((c as Stmt & { kind: 'call' }).windows![1]).toBeUndefined();
  const th = (branch as Stmt & { kind: 'if' }).then[0] as Stmt & { kind: 'throw' };
  expect(th.message![0]).toBe('bad ');
  // without `bound`, bound variables stay and only atoms change
  const atomsOnly = mapAtoms(everyKind, atom);
  expect((atomsOnly[0] as Stmt & { kind: 'eq' }).out).toBe(x('eqOut'));
  expect((atomsOnly[0] as Stmt & { kind: 'eq' }).args[0]).toEqual(at(renamed.get(x('eqArg'))!));
});

test('mapStmt maps a statement\'s parts in the order its type declares them; mapBlock splices lists, bottom-up', () => {
  const order: string[] = [];
  const track = { atom: (a: Atom) => { if (a.kind === 'var') order.push(a.v.name); return a; }, bound: (w: Var) => { order.push(`>${w.name}`); return w; } };
  for (const s of everyKind) mapStmt(s, { ...track, block: (b) => { order.push('{'); b.forEach((t) => mapStmt(t, { ...track, block: (bb) => { order.push('{', '}'); return bb; } })); order.push('}'); return b; } });
  expect(order.join(' ')).toBe([
    '>xeqOut xeqArg', '>xasgTarget xasgValue', '>xstArray xstIndex xstValue', '>xalTarget xalLength xalFill', '>xalTarget2 xalEl0 xalEl1',
    '>xflArray xflValue', '>xpuArray xpuValue', 'xcaArr xcaNum >xcaOut xcaOffset xcaLength',
    'xifCond { xthMsg } { xlgArg0 xlgArg1 }', '>xfoIndex xfoFrom xfoTo { { } xwhCond { } }',
  ].join(' '));
  // a statement replaced by two, one by none; f sees an `if` with its blocks already mapped
  const seen: string[] = [];
  const spliced = mapBlock(everyKind, (s): Stmt | Stmt[] => {
    seen.push(s.kind);
    if (s.kind === 'throw') return [];
    if (s.kind === 'log') return [s, s];
    if (s.kind === 'if') { expect(s.then).toEqual([]); expect(s.else).toHaveLength(2); }
    return s;
  });
  expect(seen).toEqual(['eq', 'assign', 'store', 'alloc', 'alloc', 'fill', 'push', 'call', 'throw', 'log', 'if', 'eq', 'eq', 'while', 'for']);
  expect(spliced).toHaveLength(everyKind.length);
});
