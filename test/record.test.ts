/**
 * The tape record (compiler/reverse/record.ts) is an analysis result: computed from the trace,
 * the plan and what the reverse sweep reads under it before either sweep is built, and read,
 * never written, by both. On every fixture: the record is made first and frozen (its maps and
 * sets throw when written); the forward sweep is built from it before the backward sweep
 * exists, then the backward sweep, which checks its own code against it (an internal error
 * where they disagree); the record is as it was, and the forward sweep built after the backward
 * one is the same code.
 */
import { existsSync } from 'node:fs';
import type { Stmt, Var } from '../compiler/ir/types.js';
import { name } from '../compiler/ir/target.js';
import { statements } from '../compiler/ir/walk.js';
import { Tbr } from '../compiler/analyze/tbr.js';
import { loadProgram } from '../compiler/frontend/index.js';
import { analyzed, fileOf, link, nameOf, planEmission } from '../compiler/link/index.js';
import { BackwardSweep } from '../compiler/reverse/backward.js';
import { ForwardSweep } from '../compiler/reverse/forward.js';
import { type CallMode, type TapePlan, type TapeRecord, emptyPlan } from '../compiler/reverse/plan.js';
import { recordPlan, splitCallsOf } from '../compiler/reverse/record.js';
import { adjointVars } from '../compiler/reverse/adjoints.js';
import { adjointName } from '../compiler/ir/names.js';
import { noSnapshots } from '../compiler/reverse/snapshot.js';
import { fixtureCases } from './support/fixtures.js';

/** A copy of `m` whose writes throw. */
function frozenMap<K, V>(m: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  const c = new Map(m);
  for (const op of ['set', 'delete', 'clear']) Object.defineProperty(c, op, { value: () => { throw new Error(`the record was written (${op})`); } });
  return Object.freeze(c);
}

function frozenSet<T>(s: ReadonlySet<T>): ReadonlySet<T> {
  const c = new Set(s);
  for (const op of ['add', 'delete', 'clear']) Object.defineProperty(c, op, { value: () => { throw new Error(`the record was written (${op})`); } });
  return Object.freeze(c);
}

function frozen(r: TapeRecord): TapeRecord {
  return Object.freeze({
    available: frozenMap(r.available), popped: frozenSet(r.popped), pushAfter: frozenMap(r.pushAfter), pushInBranch: frozenMap(r.pushInBranch), saved: frozenMap(r.saved), counted: frozenMap(r.counted), shadows: frozenMap(r.shadows),
    grown: frozenSet(r.grown), paramAdjoints: frozenMap(r.paramAdjoints), savedShadows: frozenMap(r.savedShadows),
    savedFlags: frozenMap(r.savedFlags), splitCalls: frozenSet(r.splitCalls), dropped: frozenMap(r.dropped),
  });
}

/** The record's contents, as text (statements by their index in the function's order). */
function describe(r: TapeRecord, order: ReadonlyMap<Stmt, number>): string {
  const s = (x: Stmt) => `#${order.get(x)}`;
  const vs = (xs: readonly Var[]) => xs.map((v) => v.name).join(',');
  return JSON.stringify({
    available: [...r.available].map(([x, steps]) => [s(x), steps.map((step) => `${step.kind} ${step.kind === 'tape' ? `${step.v.name}${step.branch ? ` in ${step.branch}` : ''}` : step.eq.out.name}`)]),
    popped: [...r.popped].map(s),
    pushAfter: [...r.pushAfter].map(([x, v]) => [s(x), vs(v)]),
    pushInBranch: [...r.pushInBranch].map(([x, b]) => [s(x), vs(b.then), vs(b.else)]),
    saved: [...r.saved].map(([x, n]) => [s(x), n]),
    counted: [...r.counted].map(([x, c]) => [s(x), c.counter, c.taped]),
    shadows: [...r.shadows].map(([v, n]) => [v.name, n]),
    grown: vs([...r.grown]),
    paramAdjoints: [...r.paramAdjoints].map(([v, n]) => [v.name, n]),
    savedShadows: [...r.savedShadows].map(([x, n]) => [s(x), n]),
    savedFlags: [...r.savedFlags].map(([x, n]) => [s(x), n]),
    splitCalls: [...r.splitCalls].map(s),
    dropped: [...r.dropped].map(([x, d]) => [s(x), d.top, d.topAgain, d.refs ?? '', d.refsAgain ?? '']),
  });
}

let loaded: { linked: ReturnType<typeof link>; emitted: Iterable<string> } | undefined;

/** The fixtures' program, linked (once for both tests). */
function fixtures(): { linked: ReturnType<typeof link>; emitted: Iterable<string> } {
  if (loaded) return loaded;
  const files = fixtureCases((g) => g !== 'diagnostics' && g !== 'wrt').map((c) => c.input).filter(existsSync);
  const linked = link(loadProgram(files), files, undefined);
  return loaded = { linked, emitted: planEmission(linked.modules, linked.problems).emitted };
}

test('on every fixture, the record is computed before either sweep, and both sweeps read it frozen', () => {
  const { linked, emitted } = fixtures();
  const seen = { popped: 0, pushAfter: 0, pushInBranch: 0, saved: 0, counted: 0, shadows: 0, grown: 0, savedShadows: 0, splitCalls: 0, dropped: 0 };
  const differ: string[] = [];
  for (const key of emitted) {
    const m = linked.modules.get(fileOf(key))!;
    const fn = m.funcs.get(nameOf(key))!;
    const active = analyzed(m, fn).active;
    const tbr = new Tbr(fn, active);
    const { saved, restoredVars } = tbr.needs(noSnapshots);
    // (every call of a generated vjp a candidate for split mode: splitCallsOf decides which are split, as planning.ts does)
    const callModes = new Map<Stmt, CallMode>([...statements(fn.body)].flatMap((s) => (s.kind === 'call' ? [[s, { split: true, why: 'test' }] as const] : [])));
    const plan: TapePlan = { ...emptyPlan(saved, restoredVars), callModes, splitCalls: splitCallsOf(fn, active, callModes) };
    const names = fn.names.clone();
    const record = recordPlan(fn, active, plan, tbr.readsUnder({ saved, restoredVars, snapshotVars: new Set(), snapshots: new Map() }), names);
    const order = new Map([...statements(fn.body)].map((s, i) => [s, i] as const));
    const before = describe(record, order);
    const ice = frozen(record);
    // the forward sweep first: it needs nothing of the backward sweep
    const first = JSON.stringify(new ForwardSweep(fn, plan, ice).sweep());
    const backward = new BackwardSweep(fn, active, plan, ice, names);
    backward.sweep(name('seed'));
    const second = JSON.stringify(new ForwardSweep(fn, plan, ice).sweep());
    if (first !== second || describe(ice, order) !== before) differ.push(key);
    for (const k of Object.keys(seen) as (keyof typeof seen)[]) {
      const field = record[k];
      if ((field instanceof Map || field instanceof Set) && field.size > 0) seen[k]++;
    }
  }
  expect(differ).toEqual([]);
  // (not vacuous: the fixtures have every kind of entry)
  for (const [k, n] of Object.entries(seen)) expect([k, n > 0]).toEqual([k, true]);
}, 300_000);

/** A fixture function's trace, activity, TBR plan (no snapshots), what the reverse sweep reads under it, and its record. */
function planned(linked: ReturnType<typeof fixtures>['linked'], key: string) {
  const m = linked.modules.get(fileOf(key))!;
  const fn = m.funcs.get(nameOf(key))!;
  const active = analyzed(m, fn).active;
  const tbr = new Tbr(fn, active);
  const { saved, restoredVars } = tbr.needs(noSnapshots);
  const plan: TapePlan = emptyPlan(saved, restoredVars);
  const reads = tbr.readsUnder({ saved, restoredVars, snapshotVars: new Set(), snapshots: new Map() });
  const names = fn.names.clone();
  return { fn, active, plan, reads, names, record: recordPlan(fn, active, plan, reads, names) };
}

test('the record holds what the forward sweep records, with fresh names, before the backward sweep is built', () => {
  // top-level overwrites kept in consts, general loops whose trip counts are recorded,
  // temporaries of nested blocks taped after their last use
  const { linked, emitted } = fixtures();
  const checked = { saved: 0, counted: 0, pushAfter: 0 };
  for (const key of emitted) {
    const { fn, record } = planned(linked, key);
    const counted = [...record.counted.values()];
    // the names are fresh: none is a variable of the function, and no two are the same
    const fresh = [...record.saved.values(), ...record.savedShadows.values(), ...record.savedFlags.values(), ...record.paramAdjoints.values(), ...record.shadows.values()]
      .map((v) => v.name).concat(counted.map((c) => c.counter.name));
    expect(new Set(fresh).size).toBe(fresh.length);
    for (const n of fresh) expect(fn.vars.some((v) => v.name === n)).toBe(false);
    // a top-level overwrite's const is named after its variable, and is the old value of it
    for (const [s, n] of record.saved) {
      expect(fn.body.includes(s) && s.kind === 'assign' && n.name.startsWith(`${s.target.name}_old`) && n.role === 'old' && n.of === s.target).toBe(true);
      checked.saved++;
    }
    // a loop's counter is taped where the loop is nested
    for (const [s, c] of record.counted) {
      expect(s.kind === 'while' && c.counter.name.startsWith('iters') && c.counter.role === 'int' && c.taped === !fn.body.includes(s)).toBe(true);
      checked.counted++;
    }
    // a taped temporary is pushed after a statement of a nested block, as what it defines
    const defined = new Set([...statements(fn.body)].flatMap((t) => (t.kind === 'eq' || (t.kind === 'call' && t.out) ? [t.out!] : t.kind === 'alloc' ? [t.target] : [])));
    for (const [s, vs] of record.pushAfter) {
      expect(fn.body.includes(s)).toBe(false);
      for (const v of vs) expect(defined.has(v)).toBe(true);
      checked.pushAfter++;
    }
  }
  for (const [k, n] of Object.entries(checked)) expect([k, n > 0]).toEqual([k, true]);
}, 300_000);

test('the backward sweep throws where its code needs what the record lacks', () => {
  const { linked, emitted } = fixtures();
  const thrown = { available: 0, counted: 0, saved: 0 };
  for (const key of emitted) {
    const { fn, active, plan, names, record } = planned(linked, key);
    // (each field emptied in turn, where the function has entries in it)
    for (const k of Object.keys(thrown) as (keyof typeof thrown)[]) {
      if (record[k].size === 0 || thrown[k] >= 3) continue;
      const lacking: TapeRecord = { ...record, [k]: new Map() };
      expect(() => new BackwardSweep(fn, active, plan, lacking, names.clone()).sweep(name('seed'))).toThrow(/^internal: /);
      thrown[k]++;
    }
  }
  expect(thrown).toEqual({ available: 3, counted: 3, saved: 3 });
}, 300_000);

test('the adjoints\' names are decided before the backward sweep (adjoints.ts), which reads them and gives out none', () => {
  const { linked, emitted } = fixtures();
  let temps = 0;
  let shared = 0;
  for (const key of emitted) {
    const { fn, active, plan, record, names } = planned(linked, key);
    // (the same names, decided on a copy of the function's names before the sweep exists)
    const decided = new Map([...adjointVars(fn, active, record, names.clone())].map(([v, a]) => [v, a.name]));
    const backward = new BackwardSweep(fn, active, plan, frozen(record), names);
    const bases = new Set(fn.vars.map((v) => adjointName(v.name)));
    const given: string[] = [];
    const fresh = names.fresh.bind(names);
    names.fresh = (base: string, derived?: boolean) => { if (bases.has(base)) given.push(base); return fresh(base, derived); };
    const code = JSON.stringify(backward.sweep(name('seed')));
    expect([key, given]).toEqual([key, []]);
    for (const v of fn.vars) {
      if (v.kind !== 'param' && !active.has(v)) continue;
      expect(backward.adjoint(v).name).toBe(decided.get(v));
      if (v.kind === 'temp' && code.includes(`"${decided.get(v)}"`)) temps++;
    }
    // two variables share one adjoint only as names of one array
    const byName = new Map<string, Var[]>();
    for (const [v, n] of decided) byName.set(n, [...(byName.get(n) ?? []), v]);
    for (const vs of byName.values()) if (vs.length > 1) { shared++; expect(vs.every((v) => v.type === 'f64[]')).toBe(true); }
  }
  // (not vacuous: temporaries' adjoints are used, and some arrays share theirs)
  expect(temps).toBeGreaterThan(100);
  expect(shared).toBeGreaterThan(0);
}, 300_000);
