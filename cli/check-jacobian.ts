/**
 * `tsgrad check` of a function that writes arrays (`void`, or returning a number too): through
 * its `f_jacobian`, every column against central differences of its outputs (the value, then
 * each written array as f leaves it: the rows of The generated API), and by columns (forward
 * mode) against by rows (reverse) where it has both.
 */
import type { Func } from '../compiler/ir/types.js';
import type { CheckCommand } from './args.js';
import { copies, DRAWS_PER_POINT, drawPoint, elementsOf, type Fn, isRows, movedBy, neverANumber, type Progress, rowAndColumn, sampling, Tally, threwNote, type Verdict, where } from './check-points.js';
import { compareColumn, float32Noise, relativeError, step, steps, unresolvable } from './differences.js';
import type { ModuleExports } from './load.js';

interface Jacobian {
  readonly jacobian: Float64Array;
  readonly rows: number;
  readonly columns: number;
}

export function checkJacobian(label: string, file: string, fn: Func, f: Fn, generated: ModuleExports, command: CheckCommand, float32: boolean, progress: Progress): Verdict {
  const name = fn.name;
  const jacobian = generated[`${name}_jacobian`] as (...args: unknown[]) => Jacobian;
  const both = typeof generated[`${name}_jvp`] === 'function';
  const grad = generated[`${name}_grad`] as Fn | undefined;
  const verdict: Verdict = { name: label, points: 0, revFd: 0, revFwd: both ? 0 : NaN, fwd: both ? 'jacobian' : 'none', status: 'ok' };
  // (an array of rows is one argument: the row starts its flat form takes are not the caller's)
  const own = fn.params.filter((p) => p.startsOf === undefined);
  const s = sampling(file, name, fn, own, command);
  if (typeof s === 'string') return { ...verdict, status: 'error', note: s };
  const { params } = s;
  // (as the compiler's writtenOutputs: the arrays f writes that have a key in grad)
  const written = own.flatMap((p, i) => (p.differentiable && p.v.type === 'f64[]' && fn.writes.includes(p.v) ? [i] : []));
  const outputNames = (args: readonly unknown[]) => [...(fn.returnsNumber ? ['the value'] : []),
    ...written.flatMap((i) => Array.from(args[i] as ArrayLike<number>, (_, j) => `${params[i]!.key}[${j}]`))];
  // f's outputs: its value when it returns one (undefined where that is not a number), then the written arrays as it leaves them
  let last: unknown;
  const outputsAt = (args: readonly unknown[]): number[] | undefined => {
    const moved = copies(args);
    const value = f(...moved);
    last = value;
    if (fn.returnsNumber && typeof value !== 'number') return undefined;
    return [...(fn.returnsNumber ? [value as number] : []), ...written.flatMap((i) => Array.from(moved[i] as ArrayLike<number>))];
  };
  const columns = (args: readonly unknown[]) => params.flatMap((p, i) => (!p.differentiable ? [] : typeof args[i] === 'number'
    ? [{ i, element: undefined as number | undefined, name: p.key, x: args[i] as number }]
    // (an array of rows by its elements, row after row: A[1][0])
    : Array.from(elementsOf(args[i] as ArrayLike<number>), (x, j) => ({ i, element: j as number | undefined, x,
      name: `${p.key}${isRows(args[i]) ? rowAndColumn(args[i], j).map((k) => `[${k}]`).join('') : `[${j}]`}` }))));
  const fail = (note: string) => { if (verdict.status === 'ok') { verdict.status = 'FAIL'; verdict.note = note; } };
  const tally = new Tally();
  const draws = command.points * DRAWS_PER_POINT;
  const budget = { left: draws };
  /** The first output that was not finite, and where (such a point is not compared). */
  let nonFinite: string | undefined;

  for (let point = 0; point < command.points; point++) {
    let args: unknown[] = [];
    let outputs: number[];
    let J: Jacobian;
    try {
      const drawn = drawPoint(s, (a) => { args = a; return outputsAt(a); }, budget, progress);
      if (!drawn) break;
      outputs = drawn.outputs;
    } catch (error) {
      return { ...verdict, status: 'error', note: threwNote(name, `threw ${where(params, args)}`, error) };
    }
    const at = where(params, args);
    const infinite = outputs.findIndex((y) => !Number.isFinite(y));
    // (not counted: the columns give the differences at the points compared, '—' where none was)
    if (infinite < 0) verdict.points++;
    if (infinite >= 0) {
      nonFinite ??= `${outputNames(args)[infinite]} of ${name} is ${outputs[infinite]} ${at}`;
      fail(`${nonFinite}: give its parameters' domains with @domain tags (tsgrad --help)`);
      continue;
    }
    const cols = columns(args);
    try {
      J = jacobian(...copies(args), 'reverse');
    } catch (error) {
      return { ...verdict, status: 'error', note: threwNote(name, `${name}_jacobian threw ${at}`, error, true) };
    }
    if (J.rows !== outputs.length || J.columns !== cols.length) {
      return { ...verdict, status: 'error', note: `${name}_jacobian ${at} is ${J.rows} × ${J.columns}; its outputs and inputs are ${outputs.length} × ${cols.length}` };
    }
    const rowNames = outputNames(args);
    // by columns (forward mode) against by rows (reverse mode)
    if (both) {
      let forward: Jacobian;
      try {
        forward = jacobian(...copies(args), 'forward');
      } catch (error) {
        return { ...verdict, status: 'error', note: threwNote(name, `${name}_jacobian(…, 'forward') threw ${at}`, error, true) };
      }
      for (let e = 0; e < J.jacobian.length; e++) {
        const err = relativeError(J.jacobian[e]!, forward.jacobian[e]!);
        verdict.revFwd = Math.max(verdict.revFwd, err);
        if (!(err <= command.tol)) fail(`∂${rowNames[Math.floor(e / J.columns)]}/∂${cols[e % J.columns]!.name} ${at}: reverse ${J.jacobian[e]}, forward ${forward.jacobian[e]}`);
      }
    }
    // f_grad, where f has one, is the first row
    if (grad && fn.returnsNumber) {
      let g: Record<string, number | ArrayLike<number>>;
      try {
        g = (grad(...copies(args)) as { grad: Record<string, number | ArrayLike<number>> }).grad;
      } catch (error) {
        return { ...verdict, status: 'error', note: threwNote(name, `${name}_grad threw ${at}`, error, true) };
      }
      const flat = params.flatMap((p) => (!p.differentiable || g[p.key] === undefined ? [] : typeof g[p.key] === 'number' ? [g[p.key] as number] : Array.from(elementsOf(g[p.key] as ArrayLike<number>))));
      const e = flat.findIndex((x, c) => !(relativeError(x, J.jacobian[c]!) <= command.tol));
      if (flat.length !== J.columns || e >= 0) fail(`${name}_grad ${at} is not the first row of ${name}_jacobian${e >= 0 ? ` (∂/∂${cols[e]!.name}: ${flat[e]}, ${J.jacobian[e]})` : ''}`);
    }
    // each column against differences of the outputs (at smaller steps where they disagree at h)
    const scale = Math.max(...outputs.map(Math.abs), 0);
    for (const [c, col] of cols.entries()) {
      if (!s.moved(params[col.i]!)) continue;
      const reverse = Array.from({ length: J.rows }, (_, r) => J.jacobian[r * J.columns + c]!);
      // an output too large for differences at this step to resolve its derivative: that row of
      // the column is not compared (said in the note), the others are (as check of f_grad skips
      // a component; trial37 repro/check_huge_value.ts)
      const h = step(col.x, s.domain(params[col.i]!));
      const huge = new Set<number>();
      if (!float32) {
        for (const [r, y] of outputs.entries()) {
          if (!unresolvable(y, reverse[r]!, h, command.tol)) continue;
          huge.add(r);
          tally.tooLarge(`∂${rowNames[r]}/∂${col.name} ${at}, ${rowNames[r]} ${y.toExponential(2)}`);
        }
      }
      if (huge.size === reverse.length) continue;
      let cmp;
      try {
        cmp = compareColumn(reverse, (k) => outputsAt(movedBy(args, col.i, col.element, k)), steps(h, col.x, float32), command.tol, (h) => (float32 ? float32Noise(scale, h) : 0), huge);
      } catch (error) {
        return { ...verdict, status: 'error', note: threwNote(name, `threw when ${col.name} was moved by differences ${at}`, error) };
      }
      if (cmp.undefinedAt) { tally.notCompared(`∂/∂${col.name} ${at}`); continue; }
      verdict.revFd = Math.max(verdict.revFd, cmp.error);
      tally.agreedAt(cmp.agreedAt);
      if (cmp.first) fail(`∂${rowNames[cmp.first.row]}/∂${col.name} ${at}: reverse ${reverse[cmp.first.row]}, differences ${cmp.first.difference}${float32 ? ` (float32 rounding allows ${cmp.first.noise.toExponential(1)})` : ''}`);
    }
  }
  // (no point compared: an output was not finite at every point drawn, which says which output;
  // or, of a function that returns a number, its value was never a number)
  if (verdict.points === 0) {
    const note = nonFinite !== undefined
      ? `${nonFinite}; an output of ${name} (${fn.returnsNumber ? 'its value or an element of the arrays it writes' : 'an element of the arrays it writes'}) is not finite at each of the ${command.points} points drawn: give its parameters' domains with @domain tags (tsgrad --help)`
      : neverANumber(name, draws, last);
    return { ...verdict, revFd: NaN, revFwd: NaN, status: 'FAIL', note };
  }
  const notes = [`${name}_jacobian's columns against central differences of ${fn.returnsNumber ? 'the value and ' : ''}the written arrays${both ? '; by columns (forward mode) against by rows (reverse)' : ` (by rows alone: ${name} has no ${name}_jvp)`}`];
  if (verdict.points < command.points) notes.push(`${verdict.points} of ${command.points} points: ${name} is not a number at the others of the ${draws} drawn`);
  notes.push(...tally.notes(name, true));
  if (verdict.status === 'ok') verdict.note = notes.join('; ');
  return verdict;
}
