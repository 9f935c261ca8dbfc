/**
 * The to-be-recorded analysis (compiler/analyze/tbr.ts): on IR built by hand, which overwrites
 * it saves and which statements it finds reading a variable; and on every fixture, that its
 * plan equals the fixed point the reverse sweep itself asks for (the sweep built from the in-out
 * calls' saves alone, then again with every overwrite that destroys a value its code reads,
 * until nothing new is needed), for the restore round and the snapshot choice that follows; and
 * that the pushes it says the reverse pops are those the code built needs popped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Eq, Stmt, Var } from '../compiler/ir/types.js';
import { assign, at, eq, func, k, loc, loop, v } from './support/ir.js';
import { Tbr } from '../compiler/analyze/tbr.js';
import { activeVars } from '../compiler/analyze/activity.js';
import { loadProgram } from '../compiler/frontend/index.js';
import { analyzed, fileOf, link, nameOf, planEmission } from '../compiler/link/index.js';
import { chooseSnapshots, noSnapshots, type SnapshotChoice } from '../compiler/reverse/snapshot.js';
import { fixtureCases } from './support/fixtures.js';
import { poppedOffSweep, sweepFixedPoint } from './support/sweep-reads.js';

// ---- a small builder of traces ----


/** `let s = 1; for (let i = 0; i < n; i++) s = s * <factor>(x[i]); return s` */
function product(factor: (t: Var) => { eqs: Eq[]; out: Var }) {
  const x = v('x', 'f64[]', 'param');
  const n = v('n', 'int', 'param');
  const i = v('i', 'int');
  const s = v('s', 'f64', 'local', true);
  const one = v('one');
  const t = v('t1', 'f64', 'temp');
  const u = v('t2', 'f64', 'temp');
  const f = factor(t);
  const load = eq(t, 'load', at(x), at(i));
  const mul = eq(u, 'mul', at(s), at(f.out));
  const update = assign(s, u);
  const fn = func([x, n], [eq(one, 'copy', k(1)), assign(s, one, true), loop(i, at(n), [load, ...f.eqs, mul, update])], s, [i, s, one, t, u, ...f.eqs.map((e) => e.out)]);
  return { fn, s, t, u, mul, update, load };
}

test('an accumulator of products is saved at each overwrite: the product reads the old value', () => {
  const { fn, s, mul, update } = product((t) => ({ eqs: [], out: t }));
  const active = activeVars(fn);
  const needs = new Tbr(fn, active).needs(noSnapshots);
  expect([...needs.saved]).toEqual([update]);
  expect([...needs.restoredVars]).toEqual([s]);
  // the product's reverse (s_b · t, t_b · s) reads s; so does the loop around it
  const readers = needs.reads.readers.get(s);
  expect(readers?.has(mul)).toBe(true);
  expect(readers?.has(fn.body[2]!)).toBe(true);
});

test('a sum saves nothing: its partials are constants', () => {
  const x = v('x', 'f64[]', 'param');
  const n = v('n', 'int', 'param');
  const i = v('i', 'int');
  const s = v('s', 'f64', 'local', true);
  const zero = v('zero');
  const t = v('t1', 'f64', 'temp');
  const u = v('t2', 'f64', 'temp');
  const fn = func([x, n], [eq(zero, 'copy', k(0)), assign(s, zero, true),
    loop(i, at(n), [eq(t, 'load', at(x), at(i)), eq(u, 'add', at(s), at(t)), assign(s, u)])], s, [i, s, zero, t, u]);
  const needs = new Tbr(fn, activeVars(fn)).needs(noSnapshots);
  expect(needs.saved.size).toBe(0);
  // the load's reverse reads only its index
  expect(needs.reads.readers.get(s)).toBeUndefined();
  expect(needs.reads.readers.get(i)?.size).toBeGreaterThan(0);
});

test('an inactive factor needs no save: activity decides what the partials read', () => {
  // s = s * c(i) where c does not depend on x: s is not active, nothing is read
  const { fn } = product(() => {
    const c = v('c', 'f64', 'temp');
    return { eqs: [eq(c, 'sin', at(v('i', 'int')))], out: c };
  });
  const active = activeVars(fn);
  expect(active.size).toBe(0);
  expect(new Tbr(fn, active).needs(noSnapshots).saved.size).toBe(0);
});

test('a self-update whose partial is a value reads it: x = sin(x) in a loop saves x', () => {
  const x0 = v('x0', 'f64', 'param');
  const n = v('n', 'int', 'param');
  const i = v('i', 'int');
  const x = v('x', 'f64', 'local', true);
  const t = v('t1', 'f64', 'temp');
  const sine = eq(t, 'sin', at(x));
  const update = assign(x, t);
  const fn = func([x0, n], [assign(x, x0, true), loop(i, at(n), [sine, update])], x, [i, x, t]);
  const tbr = new Tbr(fn, activeVars(fn));
  expect([...tbr.needs(noSnapshots).saved]).toEqual([update]);
  // kept by snapshot instead, none of its overwrites is saved
  const choice: SnapshotChoice = { vars: new Set([x]), points: new Map([[sine, [x]]]) };
  expect(tbr.needs(choice).saved.size).toBe(0);
});

// ---- every fixture: the analysis's plan is the one the sweep asks for ----

test('on every fixture, the plan TBR computes equals the fixed point over the reverse sweep\'s reads', () => {
  const files = fixtureCases((g) => g !== 'diagnostics' && g !== 'wrt').map((c) => c.input).filter(existsSync);
  const linked = link(loadProgram(files), files, undefined);
  const { emitted } = planEmission(linked.modules, linked.problems);
  const differ: string[] = [];
  let withSaves = 0;
  let snapshotChoices = 0;
  let pops = 0;
  for (const key of emitted) {
    const m = linked.modules.get(fileOf(key))!;
    const fn = m.funcs.get(nameOf(key))!;
    const active = analyzed(m, fn).active;
    const tbr = new Tbr(fn, active);
    const compare = (choice: SnapshotChoice) => {
      const planned = tbr.needs(choice).saved;
      const swept = sweepFixedPoint(fn, active, tbr, choice, new Map(), new Set(tbr.callsWriting));
      const same = planned.size === swept.saved.size && [...planned].every((s) => swept.saved.has(s));
      if (!same) differ.push(`${key.replace(join(__dirname, '..'), '')} (${choice.vars.size} snapshotted)`);
      // (and the pushes whose reverse pops: predicted by reverse-reads.ts, read off the code here)
      const popped = poppedOffSweep(fn, active, swept.backward);
      pops += popped.size;
      if (popped.size !== swept.record.popped.size || [...popped].some((s) => !swept.record.popped.has(s))) differ.push(`${key.replace(join(__dirname, '..'), '')}: pops`);
      return swept;
    };
    const swept = compare(noSnapshots);
    if (swept.saved.size > tbr.callsWriting.length) withSaves++;
    const choice = chooseSnapshots(fn, active, { saved: swept.saved, overwrites: tbr.overwrites, neededLoads: swept.reads.neededLoads, recomputed: swept.reads.recomputed });
    if (choice.vars.size > 0) { snapshotChoices++; compare(choice); }
  }
  expect(differ).toEqual([]);
  // (the comparison is not vacuous: many fixtures save overwrites, some choose snapshots)
  expect(withSaves).toBeGreaterThan(50);
  expect(snapshotChoices).toBeGreaterThan(5);
  expect(pops).toBeGreaterThan(0);
}, 300_000);

test('a branch\'s condition is read where the branch has reverse code, and not where it has none', () => {
  // if (x > 0) { y = x * x } else { z = 2 }, where y is returned and z is not
  const x = v('x', 'f64', 'param');
  const c = v('c', 'bool', 'temp');
  const y = v('y', 'f64', 'local', true);
  const z = v('z', 'f64', 'local', true);
  const sq = v('t1', 'f64', 'temp');
  const two = v('t2', 'f64', 'temp');
  const zero = v('t3', 'f64', 'temp');
  const withCode: Stmt = { kind: 'if', cond: at(c), then: [eq(sq, 'mul', at(x), at(x)), assign(y, sq)], else: [], loc: loc('if (x > 0)') };
  const without: Stmt = { kind: 'if', cond: at(c), then: [eq(two, 'copy', k(2)), assign(z, two)], else: [], loc: loc('if (x > 0)') };
  const fn = func([x], [eq(c, 'gt', at(x), k(0)), eq(zero, 'copy', k(0)), assign(y, zero, true), assign(z, zero, true), withCode, without], y, [c, y, z, sq, two, zero]);
  const reads = new Tbr(fn, activeVars(fn)).needs(noSnapshots).reads;
  expect([...reads.readers.get(c) ?? []]).toEqual([withCode]);
  // the product's partials read x, in the branch and so in the if around it
  expect(reads.readers.get(x)?.has(withCode)).toBe(true);
});
