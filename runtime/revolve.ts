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
 *   FIRSTURN  the state is at `step`, the last iteration: run it taped (the state moves to the
 *             loop's end); the forward sweep is done
 *   REVERSE   reverse the iteration FIRSTURN ran taped (the reverse sweep's first action)
 *   YOUTURN   the state is at `step`: run it taped, then reverse it
 *   TERMINATE every iteration has been reversed
 *
 * The generated code runs the actions up to FIRSTURN in its forward sweep, and the rest in its
 * reverse sweep: revolve's first turn is split in two, the taped run of the last iteration in
 * the forward sweep (it leaves the state at the loop's end, for what follows the loop) and its
 * reverse in the reverse sweep, once what followed the loop is reversed. With blocks of
 * iterations (`block`), a step of the schedule is a block. Splitting a range of l iterations with s snapshots follows revolve's
 * binomial rule, which makes the number of advanced iterations the minimum,
 * t(l, s) = r·l − β(s + 1, r − 1), where β(s, r) = (s + r)! / (s! r!) and r is the least
 * integer with β(s, r) ≥ l (the repetition number: each iteration runs at most r times
 * untaped). Memory: `snaps` rows of the state, a row of the loop's outputs (see `final`), and
 * up to two numbers per snapshot for the ranges being reversed; the tape holds one step.
 */

export const ADVANCE = 1;
export const TAKESHOT = 2;
export const RESTORE = 3;
export const FIRSTURN = 4;
export const YOUTURN = 5;
export const TERMINATE = 6;
export const REVERSE = 7;

/**
 * The bytes a loop's snapshots may take when neither its directive nor a tape budget says (16
 * MiB): a loop whose state is small gets one snapshot per iteration, and recomputes nothing.
 */
export const DEFAULT_BUDGET = 16 * 2 ** 20;

/** The fewest snapshots a loop gets under the default budget (a large state: 32 rows of it, over the budget). */
export const DEFAULT_SNAPSHOTS = 32;

/** Bytes of the schedule's bookkeeping per snapshot: a frame of two numbers per range being reversed. */
const FRAME_BYTES = 16;

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
export function split(l: number, s: number): number {
  // β(s, r) for r = 1, 2, … until it reaches l (β(s, r) = β(s, r − 1)·(s + r)/r), keeping the
  // two before it; the others the rule needs follow from these by ratios of factorials. All are
  // integers, computed exactly while they stay below 2^53 (for any schedule that fits in memory).
  let r = 1;
  let br = s + 1;
  let br1 = 1;
  let br2 = 0;
  while (br < l) {
    r++;
    br2 = br1;
    br1 = br;
    br = Math.round((br * (s + r)) / r);
  }
  // (one repetition: every cut is after the first iteration)
  if (r === 1) return 1;
  const s1r1 = Math.round((br1 * s) / (s + r - 1)); // β(s − 1, r − 1)
  const s2r1 = Math.round((s1r1 * (s - 1)) / (s + r - 2)); // β(s − 2, r − 1)
  let s3r = 0; // β(s − 3, r), 0 for s < 3
  if (s >= 3) {
    s3r = Math.round((br * s) / (s + r));
    s3r = Math.round((s3r * (s - 1)) / (s + r - 1));
    s3r = Math.round((s3r * (s - 2)) / (s + r - 2));
  }
  const m = l <= br1 + s2r1 ? br2 : l >= br - s3r ? br1 : l - s1r1 - s2r1;
  return m < 1 ? 1 : m > l - 1 ? l - 1 : m;
}

/**
 * How many snapshots a loop of `steps` iterations, whose state is `stateSize` doubles, gets: the
 * directive's count; else what fits in `budgetBytes`, or in DEFAULT_BUDGET without a budget.
 * One per iteration (`steps − 1`: the last one, which the forward sweep runs taped, needs none) when
 * `steps` rows of the state fit: nothing is recomputed, and the schedule keeps one range.
 * Else ⌊budget / (8 × stateSize + 16)⌋ − 1, each snapshot counted with its row and the frame
 * of the range it starts (and a row to spare, the −1), at least 2, and at least DEFAULT_SNAPSHOTS
 * under the default budget. Never more than the iterations.
 */
export function snapshotsFor(steps: number, stateSize: number, snapshots: number, budgetBytes: number): number {
  const n = Math.max(1, steps);
  if (snapshots > 0) return Math.max(1, Math.min(Math.floor(snapshots), n));
  const budget = budgetBytes > 0 ? budgetBytes : DEFAULT_BUDGET;
  const row = 8 * stateSize;
  if (n * row <= budget) return Math.max(1, n - 1);
  let s = Math.max(2, Math.floor(budget / (row + FRAME_BYTES)) - 1);
  if (budgetBytes <= 0) s = Math.max(s, DEFAULT_SNAPSHOTS);
  return Math.min(s, n);
}

/**
 * Fields of a frame in `Revolve.frames`: a range of iterations `a` … `b − 1` being reversed. The
 * frame at depth d has `snaps − d` snapshots from snapshot d on (its first iteration's state is
 * in snapshot d); its child, the range from its cut, is the frame at d + 1.
 */
const FRAME = 2;
/** The range's first iteration. */
const A = 0;
/** The end of the range (exclusive); once a child is reversed, the child's first iteration. */
const B = 1;

/**
 * Actions decided but not yet handed out, as (action, x, y) triples: at most four are pending
 * at once (a frame's three and its parent's RESTORE).
 */
const QUEUE = 3 * 8;

/**
 * Ranges of up to this many iterations are reversed from a recording: the actions that reverse
 * a range depend only on its length and its snapshots (relative to its first iteration and
 * first slot), and most actions of a long schedule are in short ranges, so each short range is
 * decided once (`recording`) and replayed wherever it recurs, in this schedule and the next.
 */
const RECORDED = 256;
const recordings = new Map<number, Int32Array>();
/** Numbers kept in `recordings` (4 MiB at most: past that, the map starts again). */
let recordedSize = 0;
const RECORDINGS_SIZE = 1 << 20;

/** The actions that reverse iterations 0 … l − 1 (2 ≤ l ≤ RECORDED) from snapshot 0 with `s` snapshots, as (action, x, y) triples. */
function recording(l: number, s: number): Int32Array {
  // (with l − 1 snapshots or more, every cut is after the first iteration: the same schedule)
  const snaps = Math.min(s, l - 1);
  const key = l * (RECORDED + 1) + snaps;
  let r = recordings.get(key);
  if (r) return r;
  const out: number[] = [];
  reverseRange(out, 0, l, snaps, 0);
  r = Int32Array.from(out);
  if (recordedSize + r.length > RECORDINGS_SIZE) {
    recordings.clear();
    recordedSize = 0;
  }
  recordings.set(key, r);
  recordedSize += r.length;
  return r;
}

/**
 * Appends the actions that reverse iterations a … b − 1 with `s` snapshots from `slot` on, the
 * state being at a and kept in snapshot `slot`: what `Revolve` decides frame by frame, written
 * as a recursion.
 */
function reverseRange(out: number[], a: number, b: number, s: number, slot: number): void {
  for (;;) {
    if (b - a === 1) {
      out.push(YOUTURN, a, 0);
      return;
    }
    if (s === 1) {
      for (let k = b - 1; k >= a; k--) {
        if (k < b - 1) out.push(RESTORE, slot, 0);
        if (k > a) out.push(ADVANCE, a, k);
        out.push(YOUTURN, k, 0);
      }
      return;
    }
    const m = a + split(b - a, s);
    out.push(ADVANCE, a, m, TAKESHOT, slot + 1, 0);
    reverseRange(out, m, b, s - 1, slot + 1);
    out.push(RESTORE, slot, 0);
    b = m;
  }
}

/** Schedules that finished and may serve the next call (see `release`). */
const pool: Revolve[] = [];
const POOL_SIZE = 8;
/** The largest snapshot storage a pooled schedule keeps (doubles: 1 MiB); larger ones are left to the collector. */
const POOLED_DOUBLES = 1 << 17;

/** Bytes of the schedules started and not yet released, and the most there have been (see `Revolve.memory`). */
let inUse = 0;
let peakInUse = 0;

const NO_RECORDING = new Int32Array(0);
/** (Storage a schedule has before it starts: a schedule declared and never started allocates nothing.) */
const NO_STORAGE = new Float64Array(0);

export class Revolve {
  /** Iterations of the loop. */
  steps = 0;
  /** Snapshots of the schedule; the storage has the row `final` after them. */
  snaps = 1;
  /** Doubles per snapshot (the state's). */
  stateSize = 0;
  /** Doubles of the row `final` (the loop's outputs'). */
  outputSize = 0;
  /**
   * ADVANCE: the iterations to run, `from` … `to − 1`; FIRSTURN, REVERSE, YOUTURN: those to
   * run taped and reverse (`step` … `step`, but a block of them in a schedule of blocks: see `block`).
   */
  from = 0;
  to = 0;
  /** FIRSTURN, REVERSE, YOUTURN: the iteration to run taped and reverse (of a schedule of blocks, its block's first). */
  step = 0;
  /**
   * Iterations per step of the schedule: the schedule runs over blocks of `block` consecutive
   * iterations (the last may be shorter), each taken as one step: a snapshot per block, and a
   * YOUTURN runs a whole block taped, then reverses it (the tape holds a block). Its actions
   * give iterations, not blocks (`from`, `to`, `step`), and its counts (`steps`, `advances`,
   * `turns`, `peakSlots`) are of blocks.
   */
  block = 1;
  /** The loop's iterations (`steps` × `block`, or fewer: the last block may be shorter). */
  iterations = 0;
  /** TAKESHOT, RESTORE: the snapshot. */
  slot = 0;
  /** Iterations advanced so far (untaped), and turns (taped and reversed). */
  advances = 0;
  turns = 0;
  /** The most snapshots the schedule has held at once. */
  peakSlots = 0;
  /**
   * The snapshots' storage: row k at k × `stateSize`, then the row `final`. Generated
   * code indexes it from `offset(slot)` (a view per row was one object per snapshot: with one
   * snapshot per iteration, more memory than the snapshots).
   */
  private rows: Float64Array = NO_STORAGE;
  /** f_hvp's tangents of the snapshots (`tangents`), laid out as `rows`. */
  private tangentRows: Float64Array = NO_STORAGE;
  /**
   * The ranges being reversed, innermost last: `depth` frames of FRAME numbers each (a flat
   * array, reused, grown as the ranges nest: a schedule allocates nothing else as it runs).
   */
  private frames: Float64Array = NO_STORAGE;
  private depth = 0;
  /**
   * Of the innermost range, when it is reversed a step at a time with one snapshot: the steps
   * of it handed out so far.
   */
  private cursor = 0;
  /**
   * Of the innermost range when it has a snapshot for each iteration (see `expand`): its
   * actions are handed out by `eachAction` in pairs, computed from the pair's index `eachAt`
   * (up to `eachEnd`) without the queue: the forward sweep's ADVANCE and TAKESHOT, then RESTORE
   * and YOUTURN for each iteration, with nothing else to decide.
   */
  private eachAt = 0;
  private eachEnd = 0;
  private eachSecond = false;
  private queue: Float64Array = NO_STORAGE;
  private head = 0;
  private tail = 0;
  /** A recorded range being replayed: its actions from `replayAt` on, offset by its first iteration and slot. */
  private replay: Int32Array = NO_RECORDING;
  private replayAt = 0;
  private replayStep = 0;
  private replaySlot = 0;
  /** The first turn: 0 before it, 1 once FIRSTURN is handed out (REVERSE is next), 2 after. */
  private firstTurnStage = 0;
  /** The step FIRSTURN ran taped. */
  private firstStep = 0;
  private pooled = false;
  /** `bytes`, kept as the storage is allocated (the arrays' byteLength cost a start ~12% of its time). */
  private storage = 0;
  /** The bytes this schedule adds to the memory in use (see `memory`), from its start to its release. */
  private counted = 0;

  /** A schedule that is not in use: a released one, or a new one. */
  static take(): Revolve {
    const r = pool.pop();
    if (!r) return new Revolve();
    r.pooled = false;
    return r;
  }

  /**
   * Bytes of the storage (snapshots, their tangents, frames) of the schedules started and not
   * yet released, and the most there have been since `resetPeak`: a checkpointed gradient's
   * memory beside its tape. (A derivative that throws does not release its schedule: its bytes
   * stay counted.)
   */
  static memory(): { inUse: number; peak: number } {
    return { inUse, peak: peakInUse };
  }

  static resetPeak(): void {
    peakInUse = inUse;
  }

  /**
   * Starts a schedule for `steps` iterations whose state is `stateSize` doubles, with the
   * snapshots `snapshotsFor` gives, and a row `final` of `outputSize` doubles. Reuses the
   * storage when it is large enough.
   */
  start(steps: number, stateSize: number, snapshots = 0, budgetBytes = 0, outputSize = 0, block = 1): this {
    this.uncount();
    const n = steps > 0 ? steps : 0;
    const c = block > 1 ? Math.floor(block) : 1;
    this.iterations = n;
    this.block = c;
    this.steps = c === 1 ? n : Math.ceil(n / c);
    this.snaps = snapshotsFor(this.steps, stateSize, snapshots, budgetBytes);
    const size = this.snaps * stateSize + outputSize;
    if (this.rows.length < size) {
      this.storage += 8 * (size - this.rows.length);
      this.rows = new Float64Array(size);
    }
    this.stateSize = stateSize;
    this.outputSize = outputSize;
    if (this.frames.length === 0) {
      this.frames = new Float64Array(FRAME * 16);
      this.storage += this.frames.byteLength;
    }
    if (this.queue.length === 0) this.queue = new Float64Array(QUEUE);
    this.depth = 0;
    this.eachAt = 0;
    this.eachEnd = 0;
    this.eachSecond = false;
    this.head = 0;
    this.tail = 0;
    this.from = 0;
    this.to = 0;
    this.step = 0;
    this.slot = 0;
    this.replay = NO_RECORDING;
    this.replayAt = 0;
    this.advances = 0;
    this.turns = 0;
    this.peakSlots = 0;
    this.firstTurnStage = 0;
    this.count(this.bytes);
    if (this.steps > 0) {
      this.push(TAKESHOT, 0, 0);
      this.enter(0, this.steps);
    }
    return this;
  }

  /** The storage that holds snapshot `slot`'s row, from `offset(slot)` on (`final` is a row too). */
  snapshot(_slot: number): Float64Array {
    return this.rows;
  }

  /** Where snapshot `slot`'s row starts in the storage. */
  offset(slot: number): number {
    return slot * this.stateSize;
  }

  /**
   * The tangents of the snapshots (f_hvp's): storage laid out as `snapshot(slot)`'s, saved where
   * the state is saved and read back where it is restored.
   */
  tangents(_slot: number): Float64Array {
    const size = this.snaps * this.stateSize + this.outputSize;
    if (this.tangentRows.length < size) {
      const before = this.tangentRows.byteLength;
      this.tangentRows = new Float64Array(size);
      this.storage += this.tangentRows.byteLength - before;
      this.count(this.tangentRows.byteLength - before);
    }
    return this.tangentRows;
  }

  /** The row that keeps the outputs (arrays the function only writes) as the loop leaves them. */
  get final(): number {
    return this.snaps;
  }

  /** Bytes of the schedule's storage: the snapshots, their tangents, the frames. */
  get bytes(): number {
    return this.storage;
  }

  /**
   * Hands the schedule back once its loop is reversed and its state restored, for the next call
   * to take (it keeps its storage: a call then allocates nothing). Not called when the
   * derivative throws; the schedule is then left to the collector.
   */
  release(): void {
    this.uncount();
    if (this.pooled || pool.length >= POOL_SIZE || this.rows.length + this.tangentRows.length > POOLED_DOUBLES) return;
    this.pooled = true;
    pool.push(this);
  }

  private count(bytes: number): void {
    this.counted += bytes;
    inUse += bytes;
    if (inUse > peakInUse) peakInUse = inUse;
  }

  private uncount(): void {
    inUse -= this.counted;
    this.counted = 0;
  }

  /** The next action; its operands are in `from`/`to`, `step` or `slot`. */
  next(): number {
    const action = this.nextStep();
    const c = this.block;
    // (the schedule's steps are blocks: their iterations)
    if (action === ADVANCE && c !== 1) {
      this.from *= c;
      this.to = Math.min(this.to * c, this.iterations);
    } else if (action === YOUTURN || action === FIRSTURN || action === REVERSE) {
      this.from = this.step * c;
      this.to = Math.min(this.from + c, this.iterations);
      this.step = this.from;
    }
    return action;
  }

  /** The next action, its operands in steps of the schedule (blocks). */
  private nextStep(): number {
    if (this.firstTurnStage === 1) {
      this.firstTurnStage = 2;
      this.step = this.firstStep;
      return REVERSE;
    }
    let action: number;
    let x: number;
    let y: number;
    for (;;) {
      const at = this.replayAt;
      if (at < this.replay.length) {
        const r = this.replay;
        action = r[at]!;
        this.replayAt = at + 3;
        if (action === TAKESHOT || action === RESTORE) {
          x = r[at + 1]! + this.replaySlot;
          y = 0;
        } else {
          x = r[at + 1]! + this.replayStep;
          y = r[at + 2]! + this.replayStep;
        }
        break;
      }
      if (this.eachAt < this.eachEnd) return this.eachAction();
      const h = this.head;
      if (h < this.tail) {
        const q = this.queue;
        action = q[h]!;
        x = q[h + 1]!;
        y = q[h + 2]!;
        this.head = h + 3;
        break;
      }
      this.head = 0;
      this.tail = 0;
      if (this.depth === 0) return TERMINATE;
      this.expand();
    }
    switch (action) {
      case ADVANCE: this.from = x; this.to = y; this.advances += y - x; break;
      case TAKESHOT:
        this.slot = x;
        if (x >= this.peakSlots) this.peakSlots = x + 1;
        break;
      case RESTORE: this.slot = x; break;
      case YOUTURN:
        this.step = x;
        this.turns++;
        return this.turnOrFirst();
    }
    return action;
  }

  /**
   * YOUTURN, but for the first turn: FIRSTURN, whose iteration the forward sweep runs taped to
   * reach the loop's end, and whose reverse is the reverse sweep's first action (REVERSE).
   */
  private turnOrFirst(): number {
    if (this.firstTurnStage !== 0) return YOUTURN;
    this.firstTurnStage = 1;
    this.firstStep = this.step;
    return FIRSTURN;
  }

  private push(action: number, x: number, y: number): void {
    const q = this.queue;
    const t = this.tail;
    q[t] = action;
    q[t + 1] = x;
    q[t + 2] = y;
    this.tail = t + 3;
  }

  /**
   * Decides the next actions of the innermost range (at depth d, its state, on entry to each
   * part, at its first iteration and in snapshot d, with `snaps − d` snapshots).
   */
  private expand(): void {
    const f = this.frames;
    const d = this.depth - 1;
    const o = d * FRAME;
    const a = f[o + A]!;
    const b = f[o + B]!;
    const s = this.snaps - d;
    const l = b - a;
    if (l === 1) {
      this.push(YOUTURN, a, 0);
      this.finish();
      return;
    }
    if (l <= RECORDED) {
      this.replay = recording(l, s);
      this.replayAt = 0;
      this.replayStep = a;
      this.replaySlot = d;
      this.finish();
      return;
    }
    if (s === 1) {
      // one snapshot: each iteration from the last is reached from the saved state again
      const k = b - 1 - this.cursor;
      if (this.cursor > 0) this.push(RESTORE, d, 0);
      if (k > a) this.push(ADVANCE, a, k);
      this.push(YOUTURN, k, 0);
      this.cursor++;
      if (k === a) this.finish();
      return;
    }
    if (s >= l - 1) {
      // a snapshot for each iteration (revolve's cut is after the first iteration, all the way
      // down: the state before iteration j in snapshot d + j − a, but for the last, which the
      // range reverses at once); then each iteration from its own snapshot: nothing recomputed.
      // Its 2(l − 1) pairs of actions follow from their index (`eachAction`); the frame ends after them.
      this.eachAt = 0;
      this.eachSecond = false;
      this.eachEnd = 2 * (l - 1);
      return;
    }
    const m = a + split(l, s);
    this.push(ADVANCE, a, m);
    this.push(TAKESHOT, d + 1, 0);
    this.enter(m, b);
  }

  /**
   * The next action of the innermost range [a, b) at depth d, which has a snapshot for each
   * iteration, from the index of its pair of actions, k = `eachAt`, and `eachSecond` (which of
   * the two): for c = k < l − 2, ADVANCE a + c … a + c + 1 and TAKESHOT d + c + 1; for k = l − 2,
   * ADVANCE b − 2 … b − 1 and the next YOUTURN b − 1; then, for k = l − 1 + (b − 2 − j),
   * RESTORE d + j − a and YOUTURN j, j from b − 2 down to a. Sets the operands and the counts as
   * `next` does, and starts the first turn at the first YOUTURN; after the last action, ends the
   * frame. (The queue and the recording are empty meanwhile: the range's actions are decided
   * when they are, and its parent's RESTORE is queued at its end.)
   */
  private eachAction(): number {
    const k = this.eachAt;
    const second = this.eachSecond;
    const o = (this.depth - 1) * FRAME;
    const a = this.frames[o + A]!;
    const b = this.frames[o + B]!;
    const forward = b - a - 1;
    let action: number;
    if (k < forward) {
      if (!second) {
        this.from = a + k;
        this.to = a + k + 1;
        this.advances++;
        action = ADVANCE;
      } else if (k + 1 < forward) {
        this.slot = this.depth + k;
        if (this.slot >= this.peakSlots) this.peakSlots = this.slot + 1;
        action = TAKESHOT;
      } else {
        // (the first turn: see below)
        this.step = b - 1;
        action = YOUTURN;
      }
    } else {
      const j = b - 2 - (k - forward);
      if (!second) {
        this.slot = this.depth - 1 + j - a;
        action = RESTORE;
      } else {
        this.step = j;
        action = YOUTURN;
      }
    }
    this.eachSecond = !second;
    if (second) {
      this.eachAt = k + 1;
      if (k + 1 === this.eachEnd) {
        this.eachAt = 0;
        this.eachEnd = 0;
        this.finish();
      }
    }
    if (action === YOUTURN) {
      this.turns++;
      return this.turnOrFirst();
    }
    return action;
  }

  /** Starts reversing iterations a … b − 1 (the state at a, in the snapshot of the new depth). */
  private enter(a: number, b: number): void {
    const o = this.depth * FRAME;
    if (o + FRAME > this.frames.length) {
      const grown = new Float64Array(2 * this.frames.length);
      grown.set(this.frames);
      this.count(grown.byteLength - this.frames.byteLength);
      this.storage += grown.byteLength - this.frames.byteLength;
      this.frames = grown;
    }
    const f = this.frames;
    f[o + A] = a;
    f[o + B] = b;
    this.cursor = 0;
    this.depth++;
  }

  /** Ends the top frame; its parent goes on with the range before the child's, from its own snapshot. */
  private finish(): void {
    this.depth--;
    if (this.depth === 0) return;
    const f = this.frames;
    const o = (this.depth - 1) * FRAME;
    this.push(RESTORE, this.depth - 1, 0);
    // (the child's first iteration, which ends what is left of the parent's range)
    f[o + B] = f[o + FRAME + A]!;
  }
}

/**
 * A schedule for a checkpointed loop of generated code (started by the forward sweep, released
 * by the reverse sweep once the loop is reversed). `started`: the one a forward sweep started
 * and handed on (split mode's g_fwd to its g_rev, on the tape's reference stack).
 */
export function revolve(started?: Revolve): Revolve {
  return started ?? Revolve.take();
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
