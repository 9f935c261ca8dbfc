/**
 * Binomial checkpointing (Griewank & Walther, "Algorithm 799: revolve", 2000): the order in
 * which a checkpointed loop of `steps` iterations is run forward, saved, restored and reversed
 * with `snaps` snapshots of its state, so that every iteration is reversed once, last first,
 * with as few recomputed iterations as possible.
 *
 * The schedule is handed out one action at a time, as revolve does:
 *
 *   ADVANCE   run iterations `from` … `to − 1` forward, untaped (the state moves to `to`)
 *   TAKESHOT  save the state (now at iteration `at`) in snapshot `slot`
 *   RESTORE   set the state from snapshot `slot` (it moves back to iteration `at`)
 *   FIRSTURN  the forward sweep is done (the state is at the loop's end)
 *   YOUTURN   the state is at `step`: run it taped, then reverse it
 *   TERMINATE every iteration has been reversed
 *
 * The generated code runs the actions up to FIRSTURN in its forward sweep, and the rest in its
 * reverse sweep. Where revolve's first turn would run the last iteration taped, this schedule
 * first saves the state in the extra row `last`, advances through the last iteration (the loop's
 * end, for what follows it in the forward sweep: one iteration more than revolve counts), and
 * returns FIRSTURN; the reverse sweep's first actions are then RESTORE `last` and YOUTURN. Splitting a range of l iterations with s snapshots follows revolve's
 * binomial rule, which makes the number of advanced iterations the minimum,
 * t(l, s) = r·l − β(s + 1, r − 1), where β(s, r) = (s + r)! / (s! r!) and r is the least
 * integer with β(s, r) ≥ l (the repetition number: each iteration runs at most r times
 * untaped). Memory: `snaps` (+ 2, see `last` and `final`) rows of the state; the tape holds one iteration.
 */

export const ADVANCE = 1;
export const TAKESHOT = 2;
export const RESTORE = 3;
export const FIRSTURN = 4;
export const YOUTURN = 5;
export const TERMINATE = 6;
/** (The forward sweep's run of the last iteration: an ADVANCE outside revolve's count.) */
const TO_END = 7;

/** The snapshots a loop gets when neither its directive nor a tape budget says. */
export const DEFAULT_SNAPSHOTS = 32;

/** A range of iterations `a` … `b − 1` being reversed, the state at `a` kept in snapshot `slot`, with `s` snapshots from `slot` on. */
interface Frame {
  a: number;
  b: number;
  s: number;
  slot: number;
  /** The end of the range its child reverses (the parent's next `b` once the child is done). */
  mid: number;
  /** With one snapshot: the next iteration to reverse (counting down), or −1 before it starts. */
  k: number;
}

/** β(s, r) = (s + r)! / (s! r!), the most iterations s snapshots reverse with r repetitions. */
export function beta(s: number, r: number): number {
  if (r < 0 || s < 0) return 0;
  let v = 1;
  for (let i = 1; i <= r; i++) v = (v * (s + i)) / i;
  return Math.round(v);
}

/** The least number of untaped iterations reversing `steps` iterations with `snaps` snapshots takes: t(l, s). */
export function minimalAdvances(steps: number, snaps: number): number {
  if (steps <= 1) return 0;
  const s = Math.max(1, Math.min(snaps, steps));
  let r = 0;
  while (beta(s, r) < steps) r++;
  return r * steps - beta(s + 1, r - 1);
}

/**
 * Where revolve cuts a range of `l` iterations (l ≥ 2) whose first state is saved, with `s` ≥ 2
 * snapshots counting that one: how many iterations to advance before the next snapshot. With r
 * the repetition number of (l, s), revolve's rule in binomials: advance β(s, r − 2) when
 * l ≤ β(s, r − 1) + β(s − 2, r − 1); β(s, r − 1) when l ≥ β(s, r) − β(s − 3, r); else
 * l − β(s − 1, r − 1) − β(s − 2, r − 1).
 */
export function split(l: number, s: number, b: (s: number, r: number) => number = beta): number {
  let r = 0;
  while (b(s, r) < l) r++;
  const m = l <= b(s, r - 1) + b(s - 2, r - 1) ? b(s, r - 2)
    : l >= b(s, r) - b(s - 3, r) ? b(s, r - 1)
    : l - b(s - 1, r - 1) - b(s - 2, r - 1);
  return Math.min(Math.max(m, 1), l - 1);
}

/** β(s, r) for s ≤ maxS and r up to where it reaches `steps`, as a lookup. */
function betaTable(maxS: number, steps: number): (s: number, r: number) => number {
  const rows: number[][] = [];
  for (let s = 0; s <= maxS; s++) {
    const row = [1];
    // (to 64 repetitions: beyond, with very few snapshots, computed when asked)
    for (let r = 1; r <= 64 && (row[r - 1]! < steps || r < 3); r++) row.push(Math.round((row[r - 1]! * (s + r)) / r));
    rows.push(row);
  }
  return (s, r) => (s < 0 || r < 0 ? 0 : rows[s]![r] ?? beta(s, r));
}

/**
 * How many snapshots a loop gets: the directive's count; else as many rows of `stateSize`
 * doubles as fit in `budgetBytes` (at least 2); else DEFAULT_SNAPSHOTS. Never more than the
 * iterations (one snapshot per iteration already needs no recomputation).
 */
export function snapshotsFor(steps: number, stateSize: number, snapshots: number, budgetBytes: number): number {
  let s = snapshots > 0 ? snapshots
    : budgetBytes > 0 ? Math.max(2, Math.floor(budgetBytes / (8 * Math.max(1, stateSize))) - 1)
    : DEFAULT_SNAPSHOTS;
  s = Math.min(s, Math.max(1, steps));
  return Math.max(1, Math.floor(s));
}

export class Revolve {
  /** Iterations of the loop. */
  steps = 0;
  /** Snapshots of the schedule; the storage has two more rows, `last` and `final`. */
  snaps = 1;
  /** Doubles per snapshot. */
  stateSize = 0;
  /** ADVANCE: the iterations to run, `from` … `to − 1`. */
  from = 0;
  to = 0;
  /** FIRSTURN, YOUTURN: the iteration to run taped and reverse. */
  step = 0;
  /** TAKESHOT, RESTORE: the snapshot. */
  slot = 0;
  /** Iterations advanced so far (untaped), and turns (taped and reversed). */
  advances = 0;
  turns = 0;
  /** The most snapshots the schedule has held at once. */
  peakSlots = 0;
  private rows: Float64Array = new Float64Array(0);
  /** The ranges being reversed, innermost last: `frames[0 … depth − 1]` (reused, so that a schedule allocates nothing as it runs). */
  private readonly frames: Frame[] = [];
  private depth = 0;
  /** Actions decided but not yet handed out, as triples (action, x, y). */
  private readonly queue: number[] = [];
  private head = 0;
  private started = false;
  private beta: (s: number, r: number) => number = beta;
  private firstTurnDone = false;

  /**
   * Starts a schedule for `steps` iterations whose state is `stateSize` doubles, with the
   * snapshots `snapshotsFor` gives. Reuses the storage when it is large enough.
   */
  start(steps: number, stateSize: number, snapshots = 0, budgetBytes = 0): this {
    this.steps = Math.max(0, steps);
    this.stateSize = stateSize;
    this.snaps = snapshotsFor(this.steps, stateSize, snapshots, budgetBytes);
    const size = (this.snaps + 2) * stateSize;
    if (this.rows.length < size) this.rows = new Float64Array(size);
    this.depth = 0;
    this.beta = betaTable(this.snaps, this.steps);
    this.queue.length = 0;
    this.head = 0;
    this.advances = 0;
    this.turns = 0;
    this.peakSlots = 0;
    this.started = false;
    this.firstTurnDone = false;
    return this;
  }

  /** Snapshot `slot`'s row of the storage (`snaps` is the row `last`). */
  snapshot(slot: number): Float64Array {
    return this.rows.subarray(slot * this.stateSize, (slot + 1) * this.stateSize);
  }

  /** The row that keeps the state before the final iteration (taken by the forward sweep at FIRSTURN). */
  get last(): number {
    return this.snaps;
  }

  /** The row that keeps the outputs (arrays the function only writes) as the loop leaves them. */
  get final(): number {
    return this.snaps + 1;
  }

  /** Bytes of the snapshots' storage. */
  get bytes(): number {
    return this.rows.byteLength;
  }

  /** The next action; its operands are in `from`/`to`, `step` or `slot`. */
  next(): number {
    if (!this.started) {
      this.started = true;
      if (this.steps === 0) return TERMINATE;
      this.queue.push(TAKESHOT, 0, 0);
      this.enter(0, this.steps, this.snaps, 0);
    }
    const q = this.queue;
    if (this.head === q.length) {
      q.length = 0;
      this.head = 0;
      while (q.length === 0) {
        if (this.depth === 0) return TERMINATE;
        const f = this.frames[this.depth - 1]!;
        this.expand(f);
      }
    }
    const action = q[this.head]!;
    const x = q[this.head + 1]!;
    const y = q[this.head + 2]!;
    this.head += 3;
    switch (action) {
      case ADVANCE: this.from = x; this.to = y; this.advances += y - x; break;
      case TAKESHOT:
        this.slot = x;
        this.peakSlots = Math.max(this.peakSlots, x + 1);
        break;
      case RESTORE: this.slot = x; break;
      case YOUTURN:
        if (!this.firstTurnDone) {
          // the forward sweep keeps the state before the last iteration aside, runs that
          // iteration to reach the loop's end, and stops; the reverse sweep starts from there
          this.firstTurnDone = true;
          q.splice(this.head, 0, TO_END, x, x + 1, FIRSTURN, x, 0, RESTORE, this.last, 0, YOUTURN, x, 0);
          this.slot = this.last;
          return TAKESHOT;
        }
        this.step = x;
        this.turns++;
        break;
      case TO_END: this.from = x; this.to = y; return ADVANCE;
      case FIRSTURN: this.step = x; break;
    }
    return action;
  }

  /** Decides the next actions of frame `f` (whose state, on entry to each part, is at `f.a`). */
  private expand(f: Frame): void {
    const q = this.queue;
    if (f.b - f.a === 1) {
      q.push(YOUTURN, f.a, 0);
      this.finish();
      return;
    }
    if (f.s === 1) {
      // one snapshot: each iteration from the last is reached from the saved state again
      if (f.k === -1) f.k = f.b - 1;
      else if (f.k < f.a) { this.finish(); return; }
      else q.push(RESTORE, f.slot, 0);
      if (f.k > f.a) q.push(ADVANCE, f.a, f.k);
      q.push(YOUTURN, f.k, 0);
      f.k--;
      if (f.k < f.a) this.finish();
      return;
    }
    const m = f.a + split(f.b - f.a, f.s, this.beta);
    q.push(ADVANCE, f.a, m, TAKESHOT, f.slot + 1, 0);
    f.mid = m;
    this.enter(m, f.b, f.s - 1, f.slot + 1);
  }

  /** Starts reversing iterations a … b − 1, the state at a in snapshot `slot`, with s snapshots. */
  private enter(a: number, b: number, s: number, slot: number): void {
    let f = this.frames[this.depth];
    if (!f) this.frames.push(f = { a, b, s, slot, mid: 0, k: -1 });
    else { f.a = a; f.b = b; f.s = s; f.slot = slot; f.mid = 0; f.k = -1; }
    this.depth++;
  }

  /** Ends the top frame; its parent goes on with the range before the child's, from its own snapshot. */
  private finish(): void {
    this.depth--;
    if (this.depth === 0) return;
    const parent = this.frames[this.depth - 1]!;
    this.queue.push(RESTORE, parent.slot, 0);
    parent.b = parent.mid;
  }
}

/** A schedule for a checkpointed loop of generated code (started by the forward sweep). */
export function revolve(): Revolve {
  return new Revolve();
}

/**
 * The iterations of `for (i = from; i < to; i += step)` (`<=` when `inclusive`; a negative step
 * counts down with `>`, `>=`).
 */
export function tripCount(from: number, to: number, step: number, inclusive: boolean): number {
  const d = (to - from) / step;
  const n = inclusive ? Math.floor(d) + 1 : Math.ceil(d);
  return n > 0 ? n : 0;
}
