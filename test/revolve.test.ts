/**
 * The binomial checkpointing schedule (runtime/revolve.ts) against revolve's known properties:
 * every iteration reversed exactly once, last first, each from the state it needs; never more
 * snapshots than given; and the number of untaped iterations equal to the minimum
 * t(n, s) = r·n − β(s + 1, r − 1), itself checked against the optimum found by search.
 */
import {
  ADVANCE, DEFAULT_BUDGET, FIRSTURN, RESTORE, REVERSE, Revolve, TAKESHOT, TERMINATE, YOUTURN, beta, minimalAdvances, revolve, snapshotsFor, split, tripCount,
} from '../runtime/revolve.js';
import { restore, saveArray } from '../runtime/tape.js';
import { restoreSegment, saveSegment } from '../runtime/segments.js';

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** Runs a schedule on a state that is just the iteration it stands at; checks each action. */
function simulate(n: number, s: number): { advances: number; reversed: number[]; firstTurns: number; maxSlot: number } {
  const r = new Revolve().start(n, 1, s);
  let state = 0;
  const slots = new Map<number, number>();
  const reversed: number[] = [];
  let advances = 0;
  let firstTurns = 0;
  let maxSlot = -1;
  for (let guard = 0; guard < 100 * (n + 1) * (n + 1); guard++) {
    const a = r.next();
    if (a === TERMINATE) return { advances, reversed, firstTurns, maxSlot };
    if (a === ADVANCE) {
      check(state === r.from, `advance from ${r.from} with the state at ${state}`);
      check(r.to > r.from, 'an empty advance');
      advances += r.to - r.from;
      state = r.to;
    } else if (a === TAKESHOT) {
      maxSlot = Math.max(maxSlot, r.slot);
      slots.set(r.slot, state);
    } else if (a === RESTORE) {
      check(slots.has(r.slot), `restore of snapshot ${r.slot}, never taken`);
      state = slots.get(r.slot)!;
    } else if (a === FIRSTURN) {
      // the last iteration taped: the forward sweep ends at the loop's end, nothing reversed yet
      check(state === n - 1 && r.step === n - 1 && reversed.length === 0 && firstTurns === 0, `the first turn of ${r.step} with the state at ${state}`);
      state = n;
      firstTurns++;
    } else if (a === REVERSE) {
      // its reverse, first of the reverse sweep
      check(firstTurns === 1 && reversed.length === 0 && r.step === n - 1, `the reverse of ${r.step} after ${reversed.length} reversed`);
      reversed.push(r.step);
      state = Number.NaN;
    } else {
      check(a === YOUTURN, `unknown action ${a}`);
      check(state === r.step, `turn of iteration ${r.step} with the state at ${state}`);
      reversed.push(r.step);
      // a taped iteration and its reverse leave the state unknown: the schedule must restore
      state = Number.NaN;
    }
  }
  throw new Error('the schedule did not terminate');
}

/** The optimal number of untaped iterations by exhaustive search over the first cut. */
function optimum(maxN: number, maxS: number): number[][] {
  const t: number[][] = [];
  for (let l = 0; l <= maxN; l++) {
    t[l] = [];
    for (let s = 1; s <= maxS; s++) {
      if (l <= 1) t[l]![s] = 0;
      else if (s === 1) t[l]![s] = (l * (l - 1)) / 2;
      else {
        let best = Infinity;
        for (let m = 1; m < l; m++) best = Math.min(best, m + t[l - m]![s - 1]! + t[m]![s]!);
        t[l]![s] = best;
      }
    }
  }
  return t;
}

describe('revolve schedule', () => {
  const best = optimum(70, 6);

  test('β(s, r) is the binomial coefficient', () => {
    expect(beta(2, 3)).toBe(10);
    expect(beta(20, 5)).toBe(53130);
    expect(beta(3, 0)).toBe(1);
  });

  test.each([1, 2, 3, 4, 5, 6])('with %i snapshots: every iteration reversed once, last first, in the fewest advances', (s) => {
    for (let n = 0; n <= 70; n++) {
      const run = simulate(n, s);
      expect(run.reversed).toEqual(Array.from({ length: n }, (_, i) => n - 1 - i));
      expect(run.firstTurns).toBe(n > 0 ? 1 : 0);
      expect(run.maxSlot).toBeLessThan(Math.min(s, Math.max(n, 1)));
      expect(run.advances).toBe(minimalAdvances(n, s));
      expect(run.advances).toBe(n <= 1 ? 0 : best[n]![Math.min(s, n)]!);
    }
  });

  test('ranges longer than the recorded ones (256 iterations): decided frame by frame, the same properties', () => {
    // (s = 400 and 700 of 1000: a first cut, then a range of more than 256 iterations with a
    // snapshot for each, below the top frame)
    for (const n of [257, 300, 513, 1000]) {
      for (const s of [1, 2, 3, 5, 32, 400, 700]) {
        if (s >= n) continue;
        const run = simulate(n, s);
        expect(run.reversed).toEqual(Array.from({ length: n }, (_, i) => n - 1 - i));
        expect(run.firstTurns).toBe(1);
        expect(run.maxSlot).toBeLessThan(s);
        expect(run.advances).toBe(minimalAdvances(n, s));
      }
    }
  });

  test('the cut is revolve\'s binomial rule (computed by ratios of factorials, checked against β itself)', () => {
    const rule = (l: number, s: number) => {
      let r = 0;
      while (beta(s, r) < l) r++;
      const m = l <= beta(s, r - 1) + beta(s - 2, r - 1) ? beta(s, r - 2)
        : l >= beta(s, r) - beta(s - 3, r) ? beta(s, r - 1)
        : l - beta(s - 1, r - 1) - beta(s - 2, r - 1);
      return Math.min(Math.max(m, 1), l - 1);
    };
    for (let s = 2; s <= 40; s++) {
      for (let l = 2; l <= 3000; l += l < 300 ? 1 : 37) expect([l, s, split(l, s)]).toEqual([l, s, rule(l, s)]);
    }
    for (const [l, s] of [[1_000_000, 32], [1_000_000, 2], [123_456, 7], [5_000, 4_999]] as const) expect(split(l, s)).toBe(rule(l, s));
  });

  test('a schedule twice in a row, and one taken from the released ones: the same actions', () => {
    const actions = (r: Revolve) => {
      const out: number[] = [];
      for (let a = r.next(); a !== TERMINATE; a = r.next()) out.push(a, r.from, r.to, r.step, r.slot);
      return out;
    };
    const fresh = actions(new Revolve().start(700, 3, 6));
    const r = revolve();
    expect(actions(r.start(700, 3, 6))).toEqual(fresh);
    expect(actions(r.start(700, 3, 6))).toEqual(fresh);
    // (a schedule in use is never handed out again; a released one is, once)
    const other = revolve();
    expect(other).not.toBe(r);
    r.release();
    r.release();
    const again = revolve();
    expect(again).toBe(r);
    expect(revolve()).not.toBe(r);
    expect(actions(again.start(700, 3, 6))).toEqual(fresh);
    // (a new width: the snapshots are rows of it, from offset(slot) on, and the outputs' row after them)
    again.start(10, 5, 4, 0, 3);
    const rows = again.snapshot(1);
    expect(again.snapshot(0)).toBe(rows);
    expect([0, 1, 2, 3, again.final].map((k) => again.offset(k))).toEqual([0, 5, 10, 15, 20]);
    expect(rows.length).toBeGreaterThanOrEqual(20 + 3);
    for (const [k, v] of [[0, 1], [2, 3], [1, 7]] as const) rows.fill(v, again.offset(k), again.offset(k) + 5);
    expect([...rows.subarray(0, 15)]).toEqual([1, 1, 1, 1, 1, 7, 7, 7, 7, 7, 3, 3, 3, 3, 3]);
    // (f_hvp's tangents: storage of the same layout)
    expect(again.tangents(again.final).length).toBeGreaterThanOrEqual(23);
  });

  test('the memory of the schedules in use: counted from start to release, its peak kept', () => {
    const before = Revolve.memory().inUse;
    Revolve.resetPeak();
    const r = revolve().start(1000, 4, 0, 0, 2);
    const bytes = r.bytes;
    // (999 snapshots of 4 doubles, the outputs' row of 2, the frames)
    expect(bytes).toBeGreaterThanOrEqual((999 * 4 + 2) * 8);
    expect(Revolve.memory().inUse).toBe(before + bytes);
    for (let a = r.next(); a !== TERMINATE; a = r.next()) { /* run it */ }
    r.release();
    expect(Revolve.memory()).toEqual({ inUse: before, peak: before + bytes });
  });

  test('saveArray and restore copy short and long arrays, typed or not', () => {
    for (const n of [0, 1, 8, 9, 32, 33, 1000]) {
      const a = Float64Array.from({ length: n }, (_, i) => i + 0.5);
      const plain = Array.from(a);
      const row = new Float64Array(2 * n + 3).fill(-1);
      saveArray(a, row, 3);
      saveArray(plain, row, 3 + n);
      expect([...row.subarray(0, 3)]).toEqual([-1, -1, -1]);
      expect([...row.subarray(3, 3 + n)]).toEqual(plain);
      expect([...row.subarray(3 + n)]).toEqual(plain);
      const back = new Float64Array(n);
      const backPlain = new Array<number>(n).fill(0);
      restore(back, row, 3);
      restore(backPlain, row, 3 + n);
      expect([...back]).toEqual(plain);
      expect(backPlain).toEqual(plain);
    }
  });

  test('saveSegment and restoreSegment push and pop a[from + i] as a loop would, copied whole or not', () => {
    // what the loops of reverse/segments.ts replace: stack[top++] = a[from + i] for i < count, and
    // a[from + i] = stack[--top] for i from count - 1 down
    const pushLoop = (a: ArrayLike<number>, from: number, count: number, stack: Float64Array, top: number) => {
      for (let i = 0; i < count; i++) stack[top++] = a[from + i]!;
      return top;
    };
    const popLoop = (a: { [i: number]: number }, from: number, count: number, stack: Float64Array, top: number) => {
      for (let i = count - 1; i >= 0; i--) a[from + i] = stack[--top]!;
      return top;
    };
    const n = 100;
    // (long and short, within the array and past its end, a fractional or negative start, a fractional count)
    for (const [from, count] of [[0, 100], [10, 40], [60, 40], [70, 40], [5, 3], [0, 0], [-2, 20], [2.5, 40], [3, 40.5]] as const) {
      for (const typed of [true, false]) {
        const make = () => (typed ? Float64Array.from({ length: n }, (_, i) => i + 0.25) : Array.from({ length: n }, (_, i) => i + 0.25));
        const [a, b] = [make(), make()];
        const [s1, s2] = [new Float64Array(160).fill(-1), new Float64Array(160).fill(-1)];
        const t1 = saveSegment(a, from, count, s1, 7);
        const t2 = pushLoop(b, from, count, s2, 7);
        expect(t1).toBe(t2);
        expect([...s1]).toEqual([...s2]);
        // overwritten, then given back
        for (let i = 0; i < n; i++) { a[i] = -i; b[i] = -i; }
        const u1 = restoreSegment(a, from, count, s1, t1);
        const u2 = popLoop(b, from, count, s2, t2);
        expect(u1).toBe(u2);
        expect([...a]).toEqual([...b]);
        expect(Object.keys(a)).toEqual(Object.keys(b));
      }
    }
  });

  test('one snapshot per iteration needs no recomputation: n − 1 advances', () => {
    expect(simulate(50, 50).advances).toBe(49);
    // (past the recorded ranges, a range with a snapshot per iteration is handed out a step at a time)
    for (const n of [257, 300, 1000]) {
      for (const s of [n - 1, n, n + 7]) {
        const run = simulate(n, s);
        expect(run.reversed).toEqual(Array.from({ length: n }, (_, i) => n - 1 - i));
        expect(run.advances).toBe(n - 1);
        expect(run.maxSlot).toBeLessThan(n - 1);
      }
    }
    // (a million iterations so: one frame, not one per snapshot)
    const r = new Revolve().start(1_000_000, 2, 999_999);
    for (let a = r.next(); a !== TERMINATE; a = r.next()) { /* count only */ }
    // (the forward sweep's n − 1: t(n, n − 1))
    expect([r.turns, r.advances]).toEqual([1_000_000, minimalAdvances(1_000_000, 999_999)]);
    expect(r.advances).toBe(999_999);
    expect(r.bytes).toBeLessThan(1_000_000 * 2 * 8 + 4096);
  });

  test('a million iterations with 20 snapshots: t(n, s) advances, each iteration at most r + 1 times', () => {
    const r = new Revolve().start(1_000_000, 2, 20);
    for (let a = r.next(); a !== TERMINATE; a = r.next()) { /* count only */ }
    expect(r.turns).toBe(1_000_000);
    expect(r.advances).toBe(minimalAdvances(1_000_000, 20));
    // r = 7 for β(20, 7) = 888030 < 10⁶ ≤ β(20, 8): fewer than 7 untaped runs per iteration
    expect(r.advances / 1_000_000).toBeLessThan(7);
    expect(r.peakSlots).toBeLessThanOrEqual(20);
  });

  test('snapshots from the directive, the budget, or the default budget; never more than the iterations', () => {
    expect(snapshotsFor(1000, 10, 20, 0)).toBe(20);
    // (a budget for all the rows: one snapshot per iteration, the last iteration's state in the row `last`)
    expect(snapshotsFor(1000, 10, 0, 1000 * 80)).toBe(999);
    // (else each snapshot counts its row, 80 bytes, and its frame, 16; the row `last` is one of them)
    expect(snapshotsFor(1000, 10, 0, 51 * 96)).toBe(50);
    expect(snapshotsFor(1000, 10, 0, 1000 * 80 - 1)).toBe(Math.floor((1000 * 80 - 1) / 96) - 1);
    expect(snapshotsFor(1000, 10, 0, 100)).toBe(2);
    // the default budget, 16 MiB: RK4's 2-double state for a million steps fits, one snapshot per step
    expect(DEFAULT_BUDGET).toBe(16 * 2 ** 20);
    expect(snapshotsFor(1000, 10, 0, 0)).toBe(999);
    expect(snapshotsFor(1_000_000, 2, 0, 0)).toBe(999_999);
    expect(snapshotsFor(2_000_000, 2, 0, 0)).toBe(Math.floor(DEFAULT_BUDGET / 32) - 1);
    // (a large state: at least 32 under the default budget, as before it; a budget says fewer)
    expect(snapshotsFor(1000, 1e6, 0, 0)).toBe(32);
    expect(snapshotsFor(1000, 1e6, 0, 64 * 2 ** 20)).toBe(7);
    expect(snapshotsFor(5, 10, 20, 0)).toBe(5);
    expect(snapshotsFor(0, 10, 20, 0)).toBe(1);
    expect(snapshotsFor(0, 10, 0, 0)).toBe(1);
  });

  test('trip counts of counted loops', () => {
    const count = (from: number, to: number, step: number, inclusive: boolean) => {
      let k = 0;
      if (step > 0) for (let i = from; inclusive ? i <= to : i < to; i += step) k++;
      else for (let i = from; inclusive ? i >= to : i > to; i += step) k++;
      return k;
    };
    for (const [from, to] of [[0, 10], [3, 3], [5, 2], [0, 2.5], [-4, 7]] as const) {
      for (const step of [1, 2, 3, -1, -2]) {
        for (const inclusive of [false, true]) expect(tripCount(from, to, step, inclusive)).toBe(count(from, to, step, inclusive));
      }
    }
  });
});

describe('a schedule over blocks of iterations', () => {
  /** Runs a schedule of blocks on a state that is just the iteration it stands at; the blocks turned, as [from, to). */
  function simulateBlocks(n: number, s: number, block: number): { turned: [number, number][]; advanced: number; maxSlot: number } {
    const r = new Revolve().start(n, 1, s, 0, 0, block);
    let state = 0;
    const slots = new Map<number, number>();
    const turned: [number, number][] = [];
    let advanced = 0;
    let maxSlot = -1;
    for (let a = r.next(); a !== TERMINATE; a = r.next()) {
      if (a === ADVANCE) {
        check(state === r.from && r.to > r.from && r.to <= n, `advance ${r.from}…${r.to} with the state at ${state}`);
        // (an advance starts and ends at blocks' bounds, or the loop's end)
        check(r.from % block === 0 && (r.to % block === 0 || r.to === n), `advance ${r.from}…${r.to} across blocks of ${block}`);
        advanced += r.to - r.from;
        state = r.to;
      } else if (a === TAKESHOT) {
        maxSlot = Math.max(maxSlot, r.slot);
        slots.set(r.slot, state);
      } else if (a === RESTORE) {
        check(slots.has(r.slot), `restore of snapshot ${r.slot}, never taken`);
        state = slots.get(r.slot)!;
      } else if (a === YOUTURN) {
        check(state === r.from && r.step === r.from, `turn of ${r.from}…${r.to} with the state at ${state}`);
        turned.push([r.from, r.to]);
        state = Number.NaN;
      } else if (a === FIRSTURN) {
        // the last block taped, to the loop's end
        check(state === r.from && r.to === n && turned.length === 0, `first turn of ${r.from}…${r.to} with the state at ${state}`);
        state = n;
      } else {
        check(a === REVERSE && turned.length === 0 && r.to === n, `action ${a} with ${turned.length} turned`);
        turned.push([r.from, r.to]);
        state = Number.NaN;
      }
    }
    return { turned, advanced, maxSlot };
  }

  test('every iteration turned once, in blocks from the last, a snapshot per block at most', () => {
    for (const block of [1, 2, 3, 7, 64]) {
      for (const n of [0, 1, 2, 5, 6, 7, 8, 50, 300, 1000]) {
        for (const s of [1, 2, 5, 0]) {
          const blocks = Math.ceil(n / block);
          const run = simulateBlocks(n, s, block);
          // blocks of `block` iterations (the last one shorter), last first
          expect(run.turned).toEqual(Array.from({ length: blocks }, (_, i) => {
            const k = blocks - 1 - i;
            return [k * block, Math.min((k + 1) * block, n)];
          }));
          // (s = 0: the default budget, a snapshot per block)
          const snaps = s > 0 ? Math.min(s, Math.max(blocks, 1)) : Math.max(blocks - 1, 1);
          expect(run.maxSlot).toBeLessThan(snaps);
          // the fewest advances over blocks: of whole blocks (the last, shorter, is never advanced)
          expect(run.advanced).toBe(minimalAdvances(blocks, snaps) * block);
        }
      }
    }
  });

  test('snapshots and counts are of blocks: a million iterations in blocks of 100 take 9,999 snapshots', () => {
    const r = new Revolve().start(1_000_000, 2, 0, 0, 0, 100);
    expect([r.steps, r.snaps, r.iterations, r.block]).toEqual([10_000, 9_999, 1_000_000, 100]);
    for (let a = r.next(); a !== TERMINATE; a = r.next()) { /* count only */ }
    // (the forward sweep's blocks but the last, which it runs taped)
    expect([r.turns, r.advances]).toEqual([10_000, 9_999]);
    expect(r.bytes).toBeLessThan(10_000 * 2 * 8 + 4096);
  });
});
