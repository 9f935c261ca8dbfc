/**
 * Minimises a failing function by delta debugging on the fuzzer's AST: drop the functions it does
 * not call, then repeatedly remove statements, replace compound statements by their parts and
 * expressions by a sub-expression or 1, keeping each change after which the same check still
 * fails at the same input point.
 */
import type { Expr, Group, Input, Module, Stmt, Target } from './ast.js';
import type { Failure } from './check.js';
import { show } from './check.js';
import { Interpreter, InvalidProgram, ProgramThrow } from './interpret.js';
import { printModule } from './print.js';
import { runBatch, type Outcome, type Summary, type Tsgrad } from './run.js';

export interface Minimised {
  text: string;
  trials: number;
  /** false: the pruned program no longer fails; the text is that program, not a reduction. */
  reproduced: boolean;
  failure: Failure;
  inputs: Input[];
}

const EXPLAIN: Record<string, string> = {
  value: 'f_grad(...).value is bit-equal (Object.is) to f(...)',
  'vjp-value': 'f_vjp returns f(...) exactly',
  gradient: 'f_grad(...).grad equals the dual-number reference (confirmed by Richardson-extrapolated central differences)',
  'vjp-accumulation': 'f_vjp(..., adj, seed) adds seed·grad into a prefilled adj',
  'input-modified': 'f_grad/f_vjp leave array arguments as they found them (README: f_vjp restores them)',
  tape: 'tape.top is back to 0 after every call, also after one that throws',
  repeat: 'a second identical call gives identical bits',
  'throw-mismatch': 'the derivative throws the same error where the function does',
  'grad-throws': 'the derivative does not throw where the function returns',
  'grad-shape': 'grad has a number per number parameter and a Float64Array of its length per array',
  tsc: 'the generated module type-checks under tsc --strict --noEmit',
  'internal-error': 'no TSG9001 internal error',
  'compiler-crash': 'compileFiles does not throw',
  load: 'the generated module loads',
};

function clone<T>(x: T): T {
  return structuredClone(x);
}

/** Functions `root` needs, transitively, as module.name keys. */
function needed(modules: Module[], module: string, fn: string): Set<string> {
  const keep = new Set<string>();
  const byName = new Map(modules.map((m) => [m.name, m]));
  const visit = (m: Module, name: string): void => {
    const key = `${m.name}.${name}`;
    if (keep.has(key)) return;
    const f = m.fns.find((g) => g.name === name);
    if (!f) {
      const imp = m.imports.find((i) => i.names.includes(name));
      if (imp) visit(byName.get(imp.from)!, name);
      return;
    }
    keep.add(key);
    JSON.stringify(f.body, (_, v) => {
      if (v && typeof v === 'object' && (v.k === 'call' || v.k === 'callstmt')) visit(m, v.fn);
      return v;
    });
  };
  visit(byName.get(module)!, fn);
  return keep;
}

/** Keeps what `fn` needs, and what `also` needs (the function holding a tsc error, when another). */
function prune(modules: Module[], module: string, fn: string, also?: string): Module[] {
  const keep = needed(modules, module, fn);
  if (also && modules.find((m) => m.name === module)?.fns.some((f) => f.name === also)) for (const k of needed(modules, module, also)) keep.add(k);
  const out = modules.map((m) => ({ ...m, fns: m.fns.filter((f) => keep.has(`${m.name}.${f.name}`)) }));
  const used = JSON.stringify(out.map((m) => [m.fns, m.classes ?? []]));
  for (const m of out) {
    m.imports = m.imports.map((i) => ({ ...i, names: i.names.filter((n) => used.includes(`"${n}"`)) })).filter((i) => i.names.length);
    m.consts = m.consts.filter((c) => used.includes(`"${c.name}"`));
    m.kernels = m.kernels.filter((k) => used.includes(`"fn":"${k}"`));
  }
  return out.filter((m) => m.fns.length || m.name === module || m.imports.some((i) => i.style === 'reexport'));
}

/** Every statement list of a function body, pre-order. */
function lists(body: Stmt[], out: Stmt[][] = []): Stmt[][] {
  out.push(body);
  for (const s of body) {
    if (s.k === 'if') { lists(s.then, out); if (s.else) lists(s.else, out); }
    else if (s.k === 'for' || s.k === 'forof' || s.k === 'while' || s.k === 'dowhile') lists(s.body, out);
    else if (s.k === 'switch') for (const c of s.cases) lists(c.body, out);
  }
  return out;
}

/** Every expression slot (holder, key) of a function body, pre-order. */
function slots(body: Stmt[]): { holder: Record<string, unknown>; key: string | number }[] {
  const out: { holder: Record<string, unknown>; key: string | number }[] = [];
  const visitExpr = (holder: Record<string, unknown>, key: string | number): void => {
    const e = holder[key] as Expr | undefined;
    if (!e || typeof e !== 'object' || !('k' in e)) return;
    // (an object's literal or the call making it stays one: only what is inside it changes)
    const whole = e.k !== 'obj' && !(holder.k === 'objdecl' || holder.k === 'objset');
    if (whole) out.push({ holder, key });
    for (const k of ['e', 'l', 'r', 'c', 't', 'f', 'idx'] as const) if (k in e) visitExpr(e as unknown as Record<string, unknown>, k);
    if (e.k === 'math' || e.k === 'call') {
      const args = e.args as unknown as Record<string, unknown>;
      e.args.forEach((a, i) => { if (a.k !== 'arr' && a.k !== 'tmp' && a.k !== 'objref') visitExpr(args, i); });
    }
    if (e.k === 'obj') for (const f of e.fields) visitExpr(f as unknown as Record<string, unknown>, 'e');
    if (e.k === 'new') e.args.forEach((_, i) => visitExpr(e.args as unknown as Record<string, unknown>, i));
    if (e.k === 'mcall') {
      const args = e.args as unknown as Record<string, unknown>;
      e.args.forEach((a, i) => { if (a.k !== 'arr' && a.k !== 'tmp' && a.k !== 'objref') visitExpr(args, i); });
    }
  };
  for (const list of lists(body)) {
    for (const s of list) {
      const h = s as unknown as Record<string, unknown>;
      for (const k of ['init', 'e', 'c', 'idx', 'to'] as const) if (k in s && (s as Record<string, unknown>)[k] && !(s.k === 'arrdecl' && k === 'init')) visitExpr(h, k);
    }
  }
  return out;
}

function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'bin': return [e.l, e.r];
    case 'un': case 'test': return [e.e];
    case 'cond': return [e.t, e.f];
    case 'math': return e.args;
    case 'call': return e.args.filter((a): a is Expr => a.k !== 'arr' && a.k !== 'tmp' && a.k !== 'objref');
    case 'obj': return e.fields.map((f) => f.e);
    case 'mcall': return e.args.filter((a): a is Expr => a.k !== 'arr' && a.k !== 'tmp' && a.k !== 'objref');
    default: return [];
  }
}

/** Candidate programs, one change each, over every function the target needs. */
function* candidates(modules: Module[]): Generator<Module[]> {
  const fns = modules.flatMap((m, mi) => m.fns.map((f, fi) => ({ mi, fi, f })));
  for (const pass of ['remove', 'unwrap', 'expr'] as const) {
    for (const { mi, fi, f } of fns) {
      if (f.registered) continue;
      const nLists = lists(f.body).length;
      for (let li = 0; li < nLists; li++) {
        const n = lists(f.body)[li]!.length;
        for (let si = n - 1; si >= 0; si--) {
          if (pass === 'expr') continue;
          const copy = clone(modules);
          const g = copy[mi]!.fns[fi]!;
          const list = lists(g.body)[li]!;
          const s = list[si]!;
          if (pass === 'remove') {
            if (li === 0 && si === list.length - 1 && g.ret === 'num') continue;
            list.splice(si, 1);
          } else {
            let parts: Stmt[] | undefined;
            if (s.k === 'if') parts = s.else ? [...s.then, ...s.else] : s.then;
            else if (s.k === 'switch') parts = s.cases.flatMap((c) => c.body);
            if (!parts) continue;
            list.splice(si, 1, ...parts.filter((p) => p.k !== 'break'));
          }
          yield copy;
        }
      }
      if (pass !== 'expr') continue;
      const nSlots = slots(f.body).length;
      for (let xi = 0; xi < nSlots; xi++) {
        const e = (() => { const s = slots(f.body)[xi]!; return s.holder[s.key] as Expr; })();
        const subs: Expr[] = [...children(e)];
        if (e.k !== 'lit') subs.push({ k: 'lit', v: 1 });
        for (let c = 0; c < subs.length; c++) {
          const copy = clone(modules);
          const s = slots(copy[mi]!.fns[fi]!.body)[xi]!;
          const ce = s.holder[s.key] as Expr;
          const options: Expr[] = [...children(ce)];
          if (ce.k !== 'lit') options.push({ k: 'lit', v: 1 });
          s.holder[s.key] = options[c]!;
          yield copy;
        }
      }
    }
  }
}

export function minimize(tsgrad: Tsgrad, summary: Summary, o: Outcome, seed: number, maxTrials = 200, maxMs = 120_000): Minimised {
  const group = summary.groups.find((g) => g.targets.some((t) => t.index === o.index))!;
  const target = group.targets.find((t) => t.index === o.index)!;
  const kind = o.failures[0]!.kind;
  const also = o.failures[0]!.fn;
  let trials = 0;
  const started = Date.now();
  const test = (modules: Module[], inputs: Input[][]): Failure | undefined => {
    trials++;
    // the reference must still accept the program at these inputs
    try {
      const interp = new Interpreter(modules, tsgrad.runtime);
      for (const x of inputs) {
        try { interp.run(target.module, target.fn, x, true); } catch (e) { if (!(e instanceof ProgramThrow)) throw e; }
      }
    } catch (e) {
      if (e instanceof InvalidProgram) return undefined;
      return undefined;
    }
    const t: Target = { ...target, inputs };
    const g: Group = { modules: clone(modules), targets: [t] };
    const r = runBatch(tsgrad, [g], { tsc: [kind === 'tsc'], seed }).outcomes[0];
    // a change that makes the source itself fail tsc (`2 === 1`) is no reduction of a tsc failure
    if (kind !== 'tsc-source' && r?.failures.some((f) => f.kind === 'tsc-source')) return undefined;
    return r?.failures.find((f) => f.kind === kind);
  };
  let modules = prune(clone(group.modules), target.module, target.fn, also);
  let inputs = target.inputs;
  const first = test(modules, inputs);
  let failure = first ?? o.failures[0]!;
  for (const x of target.inputs) {
    const f = test(modules, [x]);
    if (f) { inputs = [x]; failure = f; break; }
  }
  let progress = first !== undefined;
  while (progress && trials < maxTrials && Date.now() - started < maxMs) {
    progress = false;
    for (const cand of candidates(modules)) {
      if (trials >= maxTrials || Date.now() - started > maxMs) break;
      const pruned = prune(cand, target.module, target.fn, also);
      const f = test(pruned, inputs);
      if (f) {
        modules = pruned;
        failure = f;
        progress = true;
        break;
      }
    }
  }
  const text = modules.length === 1
    ? printModule(modules[0]!).text
    : modules.map((m) => `// --- ${m.name}.ts ---\n${printModule(m).text}`).join('\n');
  return { text, trials, reproduced: first !== undefined, failure, inputs: inputs[0]! };
}

export function report(m: Minimised, o: Outcome): string {
  const head = [
    `// tsgrad fuzz failure: ${m.failure.kind} in ${o.fn} (${o.module}.ts), function #${o.index}`,
    `// check: ${EXPLAIN[m.failure.kind] ?? m.failure.kind}`,
    `// observed: ${m.failure.detail}`,
    `// inputs: ${o.fn}(${m.inputs.map(show).join(', ')})`,
    `// constructs of the original function: ${o.features.join(', ') || 'core'}`,
    m.reproduced
      ? `// minimised in ${m.trials} trials; the original reproduces with npm run fuzz -- --count ${o.index + 1} and the same seed`
      : `// NOT reproduced once pruned to what ${o.fn} calls: not minimised; the original reproduces with npm run fuzz -- --count ${o.index + 1} and the same seed`,
    '',
  ];
  return head.join('\n') + m.text;
}
