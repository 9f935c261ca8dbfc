/**
 * The reverse sweep's choices on IR built by hand: each statement's reverse form
 * (compiler/reverse/choices.ts), recompute or tape (compiler/reverse/availability.ts), and the
 * division row's partials over one reciprocal (compiler/rules/table.ts). BackwardSweep and
 * TBR's reverse-reads.ts both read these; the fixtures check the code built from them.
 */
import type { Block, Func, Stmt, Var } from '../compiler/ir/types.js';
import { assign, at, eq, func, k, loop, store, v } from './support/ir.js';
import { rules } from '../compiler/rules/table.js';
import { type TExpr, name, num } from '../compiler/ir/target.js';
import { printBody } from '../compiler/emit/module.js';
import { activeVars } from '../compiler/analyze/activity.js';
import { adjointUses, costOf, isCostly, loopBlocks, outAtHand, reverseForms } from '../compiler/reverse/choices.js';
import { type AvailabilityFacts, chooseAvailability } from '../compiler/reverse/availability.js';
import { lengthWrites } from '../compiler/analyze/writes.js';
import { arrayAliases, writes } from '../compiler/ir/walk.js';


/** The forms of `block` in `fn`, with the facts the sweep gives them. */
function formsIn(fn: Func, block: Block) {
  const active = activeVars(fn);
  const uses = adjointUses(fn, active);
  return reverseForms(block, { active, aliases: arrayAliases(fn.body), useCount: (x) => uses.get(x)?.count, writesOf: writes });
}

const x = v('x', 'f64[]', 'param');
const n = v('n', 'int', 'param');
const w = v('w', 'f64', 'param');
const i = v('i', 'int');

test('an increment x[i] = x[i] + w·w: its load folded, its addition passes nothing to the load, its store keeps x_b[i]', () => {
  const t = v('t1', 'f64', 'temp');
  const p = v('t2', 'f64', 'temp');
  const u = v('t3', 'f64', 'temp');
  const r = v('r', 'f64', 'temp');
  const body = [eq(t, 'load', at(x), at(i)), eq(p, 'mul', at(w), at(w)), eq(u, 'add', at(t), at(p)), store(x, i, u)];
  const fn = func([x, n, w], [loop(i, at(n), body), eq(r, 'load', at(x), k(0))], r, [i, t, p, u, r]);
  const forms = formsIn(fn, body);
  expect(forms.get(body[0]!)).toEqual({ kind: 'folded' });
  expect(forms.get(body[2]!)).toEqual({ kind: 'eq', reciprocal: false, passThrough: t });
  expect(forms.get(body[3]!)).toEqual({ kind: 'increment' });
  // the product is reversed by its rule (w used twice: one contribution, summed)
  expect(forms.get(body[1]!)).toEqual({ kind: 'eq', reciprocal: false });
});

test('a self-update s = sin(s) hands s_b to the equation; a scaled square 100·a·a is one step, its factor folded', () => {
  const s = v('s', 'f64', 'local', true);
  const t = v('t1', 'f64', 'temp');
  const a = v('t2', 'f64', 'temp');
  const scaled = v('t3', 'f64', 'temp');
  const sq = v('t4', 'f64', 'temp');
  const r = v('r', 'f64', 'temp');
  const body = [eq(t, 'sin', at(s)), assign(s, t)];
  const top = [assign(s, w, true), loop(i, at(n), body), eq(a, 'sub', at(s), k(1)), eq(scaled, 'mul', k(100), at(a)), eq(sq, 'mul', at(scaled), at(a)), eq(r, 'add', at(sq), at(s))];
  const fn = func([x, n, w], top, r, [i, s, t, a, scaled, sq, r]);
  const inner = formsIn(fn, body);
  expect(inner.get(body[1]!)).toEqual({ kind: 'selfUpdate', temp: t });
  expect(inner.get(body[0]!)).toEqual({ kind: 'eq', reciprocal: false, target: s });
  const outer = formsIn(fn, top);
  expect(outer.get(top[4]!)).toEqual({ kind: 'scaledSquare', scaled: top[3], x: a });
  expect(outer.get(top[3]!)).toEqual({ kind: 'folded' });
  // not an assignment of a temporary used once by an equation reading s: no self-update
  expect(outer.get(top[0]!)).toBeUndefined();
});

test('a quotient by an active divisor takes the division row\'s reciprocal form; by an inactive one, its partials', () => {
  const q = v('q', 'f64', 'temp');
  const c = v('c', 'f64', 'temp');
  const byActive = eq(q, 'div', k(1), at(w));
  const fn = func([w], [byActive], q, [q]);
  expect(formsIn(fn, fn.body).get(byActive)).toEqual({ kind: 'eq', reciprocal: true });
  const byConstant = eq(c, 'div', at(w), k(3));
  const fn2 = func([w], [byConstant], c, [c]);
  expect(formsIn(fn2, fn2.body).get(byConstant)).toEqual({ kind: 'eq', reciprocal: false });
  // the row's form over r = 1 / b: 1/b is r, −a/b² is −(a·r)·r, or −out·r where out is at hand, r·r for 1/b
  const form = rules.div.kind === 'smooth' ? rules.div.reciprocal! : undefined;
  const show = (es: TExpr[]) => es.map((e) => printBody([{ k: 'expr', e }]).trim().replace(/;$/, ''));
  expect(form?.of).toBe(1);
  expect(show(form!.partials([name('a'), name('b')], name('r')))).toEqual(['r', '-(a * r * r)']);
  expect(show(form!.partials([name('a'), name('b')], name('r'), name('out')))).toEqual(['r', '-(out * r)']);
  expect(show(form!.partials([num(1), name('b')], name('r')))).toEqual(['r', '-(r * r)']);
  // out is at hand at the top level, not in a nested block where the numerator is restored
  const a = v('a', 'f64', 'local', true);
  const nested = eq(v('t9'), 'div', at(a), at(w));
  expect(outAtHand(byActive, new Set([q]), new Set())).toBe(true);
  expect(outAtHand(nested, new Set(), new Set([a]))).toBe(false);
  expect(outAtHand(nested, new Set(), new Set())).toBe(true);
});

test('what an operation costs: a root or a quotient is taped in a loop, computed again once per call; exp everywhere', () => {
  const o = v('o', 'f64', 'temp');
  const sqrt = eq(o, 'sqrt', at(w)), quotient = eq(o, 'div', at(w), at(w)), half = eq(o, 'div', at(w), k(2)), third = eq(o, 'div', at(w), k(3));
  const exp = eq(o, 'exp', at(w)), product = eq(o, 'mul', at(w), at(w)), remainder = eq(o, 'mod', at(w), at(w)), square = eq(o, 'pow', at(w), k(2));
  expect([sqrt, quotient, third, exp].map((e) => isCostly(e))).toEqual([true, true, true, true]);
  expect([half, product, remainder, square].map((e) => isCostly(e))).toEqual([false, false, false, false]);
  expect([sqrt, quotient, exp].map((e) => isCostly(e, false))).toEqual([false, false, true]);
  expect(costOf(product)).toBeLessThan(costOf(quotient));
  expect(costOf(quotient)).toBeLessThan(costOf(sqrt));
  expect(costOf(sqrt)).toBeLessThan(costOf(exp));
});

describe('recompute or tape', () => {
  // for (i) { t = x[i]; e = exp(t); u = t * t; p = e + u; y[i] = p }: the parts read what they need
  const y = v('y', 'f64[]', 'param');
  const t = v('t1', 'f64', 'temp');
  const e = v('t2', 'f64', 'temp');
  const u = v('t3', 'f64', 'temp');
  const p = v('t4', 'f64', 'temp');
  const body: Stmt[] = [eq(t, 'load', at(x), at(i)), eq(e, 'exp', at(t)), eq(u, 'mul', at(t), at(t)), eq(p, 'add', at(e), at(u)), store(y, i, p)];
  const facts = (inLoop: boolean, over: Partial<AvailabilityFacts> = {}): AvailabilityFacts => ({
    aliases: new Map(), loopBlocks: new Set(inLoop ? [body] : []), mayFuse: new Set(), tapesAnyway: false, restoredVars: new Set(), snapshotVars: new Set(),
    writesOf: writes, lengthWritesOf: lengthWrites, unwrittenAfter: () => false, settledBefore: () => false, exits: new Map(), overReciprocal: () => false, ...over,
  });
  const part = (index: number, ...needs: Var[]) => ({ stmt: body[index]!, index, needs: new Set(needs) });
  const steps = (f: AvailabilityFacts, ...parts: ReturnType<typeof part>[]) =>
    chooseAvailability(body, parts, f).steps.map((s) => s.map((x) => `${x.kind} ${x.kind === 'tape' ? x.v.name : x.eq.out.name}`));

  test('arithmetic and loads are recomputed, once for the parts before', () => {
    // the product's reverse (at u) reads t; the exp's (at e) reads e and t
    expect(steps(facts(true), part(2, t), part(1, e, t))).toEqual([['recompute t1'], ['tape t2']]);
    // outside loops, in a function that keeps off the tape, exp is recomputed too
    expect(steps(facts(false), part(2, t), part(1, e, t))).toEqual([['recompute t1'], ['recompute t2']]);
  });

  test('in a loop, a chain through a costly value another part needs tapes that value and recomputes the rest', () => {
    // the store's reverse reads p (its value's adjoint goes to p_b, here as if p itself were read); the exp's reads e
    expect(steps(facts(true), part(4, p), part(1, e))).toEqual([['tape t2', 'recompute t1', 'recompute t3', 'recompute t4'], []]);
    // with no other part needing e, the chain is taped whole
    expect(steps(facts(true), part(4, p))).toEqual([['tape t4']]);
  });

  test('a load whose array is written before the use, or kept by snapshot, is taped', () => {
    const overwrite: Stmt[] = [eq(t, 'load', at(x), at(i)), store(x, i, t), eq(u, 'mul', at(t), at(t))];
    const f = facts(true);
    expect(chooseAvailability(overwrite, [{ stmt: overwrite[2]!, index: 2, needs: new Set([t]) }], f).steps[0]!.map((s) => s.kind)).toEqual(['tape']);
    expect(steps(facts(true, { snapshotVars: new Set([x]) }), part(2, t))).toEqual([['tape t1']]);
    // unless nothing writes the array after the load: the sweep finds it as the load did
    const stable = chooseAvailability(body, [part(2, t)], facts(true, { snapshotVars: new Set([x]), unwrittenAfter: () => true }));
    expect(stable.steps[0]!.map((s) => s.kind)).toEqual(['recompute']);
    expect([...stable.stableReaders.get(x) ?? []]).toEqual([body[2]]);
  });

  test("a quotient whose reverse computes its divisor's reciprocal is computed again from it in a loop, unless the divisor changed since", () => {
    // for (i) { t3 = x[i]; t1 = t3 / d; t2 = t1 * t1; d = t2 }: the product's reverse reads t1
    const d = v('d', 'f64', 'local', true);
    const q = v('t1', 'f64', 'temp');
    const sq = v('t2', 'f64', 'temp');
    const xi = v('t3', 'f64', 'temp');
    const quotients: Stmt[] = [eq(xi, 'load', at(x), at(i)), eq(q, 'div', at(xi), at(d)), eq(sq, 'mul', at(q), at(q)), assign(d, sq)];
    const loopFacts = (over: Partial<AvailabilityFacts>) => ({ ...facts(true), loopBlocks: new Set([quotients]), restoredVars: new Set([d]), ...over });
    const at2 = { stmt: quotients[2]!, index: 2, needs: new Set([q]) };
    const chosen = (f: AvailabilityFacts, p = at2) => chooseAvailability(quotients, [p], f).steps[0]!.map((s) => `${s.kind} ${s.kind === 'tape' ? s.v.name : s.eq.out.name}${s.kind === 'recompute' && s.overReciprocal ? ' over its reciprocal' : ''}`);
    // a quotient costs more than a push and a pop: taped
    expect(chosen(loopFacts({}))).toEqual(['tape t1']);
    // a multiplication by the reciprocal its reverse computes anyway does not
    expect(chosen(loopFacts({ overReciprocal: (e) => e.out === q }))).toEqual(['recompute t3', 'recompute t1 over its reciprocal']);
    // read after `d = t2` (the part at index 3): d is not the divisor's value there, so taped
    expect(chosen(loopFacts({ overReciprocal: (e) => e.out === q }), { stmt: quotients[3]!, index: 3, needs: new Set([q]) })).toEqual(['tape t1']);
  });
});

test('adjoint uses: one per active use, the seed one more, nested where the use is deeper than the definition', () => {
  const t = v('t1', 'f64', 'temp');
  const s = v('s', 'f64', 'local', true);
  const u = v('t2', 'f64', 'temp');
  const zero = v('zero');
  const fn = func([x, n, w], [eq(t, 'mul', at(w), at(w)), eq(zero, 'copy', k(0)), assign(s, zero, true), loop(i, at(n), [eq(u, 'add', at(s), at(t)), assign(s, u)])], s, [i, t, s, u, zero]);
  const uses = adjointUses(fn, activeVars(fn));
  expect(uses.get(t)).toEqual({ count: 1, nested: true });
  expect(uses.get(u)).toEqual({ count: 1, nested: false });
  expect([...loopBlocks(fn)]).toEqual([(fn.body[3] as Stmt & { kind: 'for' }).body]);
});
