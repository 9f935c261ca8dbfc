/**
 * The `@checkpoint` directive on a loop (`/** @checkpoint *\/`, `// @checkpoint snapshots=20`):
 * read here, checked against what binomial checkpointing can do (reverse/checkpoint.ts), and
 * refused with a diagnostic that says why where it cannot be done: the user asked for bounded
 * memory, so a plain gradient instead would be a silent surprise.
 */
import ts from './typescript.cjs';
import type { Block, Loc, Var } from '../ir/types.js';
import { isArrayType } from '../ir/types.js';
import { statements } from '../ir/walk.js';
import type { FunctionBuilder } from './builder.js';

export interface Checkpoint {
  readonly snapshots?: number;
}

const REWRITE = 'write it as a counted loop, for (let i = 0; i < n; i++) with n computed before it, or remove @checkpoint';

/** The directive in the comments before loop `s` (or its label), checked for where it stands. */
export function checkpointDirective(b: FunctionBuilder, s: ts.Statement, inLoop: boolean): Checkpoint | undefined {
  const text = b.sf.text;
  const holder = ts.isLabeledStatement(s.parent) ? s.parent : s;
  let found: Checkpoint | undefined;
  for (const r of ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? []) {
    const comment = text.slice(r.pos, r.end);
    const at = /@checkpoint\b([^\n]*)/.exec(comment);
    if (!at) continue;
    const count = /\bsnapshots\s*=\s*([^\s*,]+)/.exec(at[1]!);
    if (!count) { found = {}; continue; }
    const n = Number(count[1]);
    if (!Number.isInteger(n) || n < 1) {
      b.fail(s, 'TSG1009', `'@checkpoint snapshots=${count[1]}' is not a number of snapshots`, 'give a whole number of at least 1, as in @checkpoint snapshots=20, or leave it out to choose from the tape budget');
    }
    found = { snapshots: n };
  }
  if (!found) return undefined;
  if (!ts.isForStatement(s)) {
    const kind = ts.isWhileStatement(s) ? "'while'" : ts.isDoStatement(s) ? "'do … while'" : "'for … of'";
    b.fail(s, 'TSG1009', `@checkpoint needs a counted 'for' loop, and this is a ${kind} loop, whose number of iterations is known only once it has run`, REWRITE);
  }
  if (inLoop) {
    b.fail(s, 'TSG1009', '@checkpoint is on a loop inside another loop: only a loop that runs once per call can be checkpointed', 'put @checkpoint on the outer loop, or remove it');
  }
  return found;
}

/** Refuses a `for` with the directive that is not a counted loop, saying why where that is simple to see. */
export function notCounted(b: FunctionBuilder, s: ts.ForStatement): never {
  let jump: string | undefined;
  const visit = (n: ts.Node): void => {
    if (jump || ts.isFunctionLike(n)) return;
    if (ts.isReturnStatement(n)) jump = "a 'return'";
    else if (ts.isBreakStatement(n)) jump = "a 'break'";
    else ts.forEachChild(n, visit);
  };
  visit(s.statement);
  const why = jump ? `its body has ${jump}, so the number of iterations is known only once it has run`
    : 'it is not a counted loop (an integer index from a start to a bound the body does not change, stepped by a constant, and not assigned in the body)';
  return b.fail(s, 'TSG1009', `this loop cannot be checkpointed: ${why}`, REWRITE);
}

/**
 * Checks that the state of the loop (what one iteration hands the next) can be saved and
 * restored: its variables and arrays exist before the loop and keep their size.
 */
export function checkpointable(b: FunctionBuilder, s: ts.ForStatement, body: Block, index: Var): void {
  const inside = new Set<Var>([index]);
  // (an array variable's copy made inside the loop, `cur0.subarray(0, 3)` of a `let cur0` that may
  // be rebound: the array it holds then, named by the user's name in a refusal; fuzz 12063405 #233)
  const copyOf = new Map<Var, Var>();
  for (const t of statements(body)) {
    if (t.kind === 'eq') inside.add(t.out);
    if (t.kind === 'eq' && t.prim === 'copy' && t.args[0]?.kind === 'var' && isArrayType(t.args[0].v.type)) copyOf.set(t.out, t.args[0].v);
    if (t.kind === 'call' && t.out) inside.add(t.out);
    if (t.kind === 'for') inside.add(t.index);
  }
  // (underlining what is refused, `u = v`, where it is found in this file; else the loop's head)
  const refuse = (why: string, hint: string, loc?: Loc): never => b.fail(s, 'TSG1009', `this loop cannot be checkpointed: ${why}`, hint, loc && b.spanOfLoc(loc));
  for (const t of statements(body)) {
    if (t.kind === 'alloc' || t.kind === 'push') {
      refuse(`it ${t.kind === 'push' ? 'grows an array' : 'creates an array'} (${t.loc.text}), and a snapshot of its state has a fixed size`,
        'create the arrays before the loop and overwrite them inside it, or remove @checkpoint', t.loc);
    }
    if (t.kind === 'assign' && isArrayType(t.target.type)) {
      refuse(`it rebinds the array '${t.target.name}' (${t.loc.text})`, 'copy into the array instead of rebinding it, or remove @checkpoint', t.loc);
    }
    if (t.kind === 'assign' && t.target.type === 'str') {
      refuse(`it assigns the string '${t.target.name}', which a snapshot of numbers cannot hold`, 'compute the string outside the loop, or remove @checkpoint', t.loc);
    }
    const written = t.kind === 'store' || t.kind === 'fill' ? [t.array]
      : t.kind === 'call' ? t.writes.flatMap((i) => { const a = t.args[i]; return a?.kind === 'var' ? [a.v] : []; }) : [];
    for (const v of written) {
      const held = copyOf.get(v);
      if (held && !inside.has(held)) {
        refuse(`it writes the array '${held.name}' holds through a window made inside the loop (${t.loc.text}): '${held.name}' is rebound in this function, and a snapshot saves the arrays named before the loop`,
          `make the window before the loop (const w = ${held.name}.subarray(…)) and write through w, or remove @checkpoint`, t.loc);
      }
      if (inside.has(v)) refuse(`it writes an array through '${v.name}', a name bound inside the loop (${t.loc.text})`, 'write to the array by the name it has before the loop, or remove @checkpoint', t.loc);
    }
  }
}
