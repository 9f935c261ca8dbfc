/**
 * The program generator: seeded, feature-gated, producing groups of modules (a library module of
 * helpers and modules whose functions call them) with the inputs each tested function is checked
 * at. Every function is run through the reference interpreter while it is generated and dropped
 * (and generated again) when it leaves its domain: non-finite values, huge values, indices out of
 * range.
 */
import type { Arg, ArrInit, ArrKind, ClassDef, Expr, Fn, Group, ImportStyle, Input, Module, OrderClass, Param, Stmt, Target } from './ast.js';
import type { Feature } from './features.js';
import { Interpreter, InvalidProgram, ProgramThrow, type Kernels } from './interpret.js';
import { Rng, subSeed } from './rng.js';

interface SVar { name: string; mutable: boolean; int: boolean; max?: number }
interface AVar { name: string; kind: ArrKind; len: number; rebindable: boolean; writable: boolean; param: boolean; depth: number; window: boolean }
interface Loop { kind: 'for' | 'forof' | 'while' | 'dowhile'; label?: string }

interface Ctx {
  f: Fn;
  mod: Module;
  scalars: SVar[];
  arrays: AVar[];
  loops: Loop[];
  depth: number;
  /** Statements left for this function. */
  budget: number;
  /** Inside a for … of (anywhere up the nesting). */
  inForOf: boolean;
  inSwitch: boolean;
  callables: Fn[];
  bare: Set<string>;
  writes: Set<number>;
  /** Flag parameters (booleans), read only as conditions. */
  flags: string[];
  /** Objects of numbers in scope (the `objects` feature), passed whole to helpers taking one. */
  objects: { name: string; fields: string[]; cls?: string }[];
}

const lit = (v: number): Expr => ({ k: 'lit', v });
const ref = (name: string): Expr => ({ k: 'ref', name });
const bin = (op: Extract<Expr, { k: 'bin' }>['op'], l: Expr, r: Expr): Expr => ({ k: 'bin', op, l, r });
const isLeaf = (e: Expr): boolean => e.k === 'lit' || e.k === 'ref' || e.k === 'elem';

/** Functions that create or grow an array, themselves or in a function they call (not in a checkpointed loop). */
const allocating = new WeakSet<Fn>();

function markAllocates(f: Fn, callables: Fn[]): void {
  const text = JSON.stringify(f.body);
  if (/"k":"(arrdecl|push|tmp)"/.test(text) || callables.some((g) => allocating.has(g) && text.includes(`"fn":"${g.name}"`))) allocating.add(f);
}

/** Methods of the classes feature's classes (their bodies make no instances of a class). */
const methodFns = new WeakSet<Fn>();

/** Which functions write which of their array parameters (filled in as bodies are generated). */
const writesOf = new WeakMap<Fn, Set<number>>();

export interface GenOptions {
  seed: number;
  features: Set<Feature>;
  kernels: Kernels;
}

export class Generator {
  private rng: Rng;
  /** The stream of the features added after the first runs (predicates), see group(). */
  private side: Rng;
  /** The assignInExpr feature's own stream: programs of a seed without it stay as they were, side draws included. */
  private inExpr: Rng;
  /** The privateFields feature's own stream. */
  private priv: Rng;
  /** The setters feature's own stream. */
  private setters: Rng;
  /** The inheritance feature's own stream. */
  private inherit: Rng;
  /** The sentinels feature's own stream, and its own names (`inf0`, `inf1`…): programs of a seed without it stay as they were. */
  private sentinel: Rng;
  private sentinels = 0;
  /** The sorting feature's own stream, and its own names (`srt0`, `srtj0`…). */
  private sorter: Rng;
  private sorts = 0;
  /** The storeOrder feature's own stream and names (`ord0`…). */
  private order: Rng;
  private orders = 0;
  /** The rescales feature's own stream and names (`pk0`, `ac0`, `ab0`, `rsj0`…). */
  private rescaler: Rng;
  private rescales = 0;
  /** The nestedArrays feature's own stream, and its own names (`ms`, `row0`, `ri0`…). */
  private nested: Rng;
  private nestedNames = 0;
  /** The localRows feature's own stream, and its own names (`lrm0`, `lra0`, helpers `lrh0`…). */
  private rowLocal: Rng;
  private rowLocals = 0;
  /** The classOrder feature's own stream, and its own names (classes `Co0`, `Cb0`…, locals `cov0`, `coa0`…). */
  private orderer: Rng;
  private orderNames = 0;
  /** The moduleScratch feature's added forms' own stream (fuzz60), and its own names (`scra0`, helpers `scrh0`, `scrg0`…). */
  private scratcher: Rng;
  private scratchNames = 0;
  private readonly feats: Set<Feature>;
  private n = 0;
  private used = new Set<string>();
  /** Scalars declared `let x;` and assigned later (the 'inferred' feature). */
  private readonly inferred = new Set<string>();
  private interp!: Interpreter;
  private modules: Module[] = [];

  constructor(private readonly opts: GenOptions) {
    this.rng = new Rng(opts.seed);
    this.side = new Rng(opts.seed);
    this.inExpr = new Rng(opts.seed);
    this.priv = new Rng(opts.seed);
    this.setters = new Rng(opts.seed);
    this.inherit = new Rng(opts.seed);
    this.sentinel = new Rng(opts.seed);
    this.sorter = new Rng(opts.seed);
    this.nested = new Rng(opts.seed);
    this.order = new Rng(opts.seed);
    this.rescaler = new Rng(opts.seed);
    this.rowLocal = new Rng(opts.seed);
    this.orderer = new Rng(opts.seed);
    this.scratcher = new Rng(opts.seed);
    this.feats = opts.features;
  }

  private on(f: Feature): boolean {
    return this.feats.has(f);
  }

  private use(f: Feature | 'core'): void {
    this.used.add(f);
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }

  // --- groups ----------------------------------------------------------------------------------

  /** Group `g` with about `count` tested functions, its targets numbered from `first`. */
  group(g: number, count: number, first: number): Group {
    this.rng = new Rng(subSeed(this.opts.seed, g));
    this.side = new Rng(subSeed(this.opts.seed, 3_000_000 + g));
    this.inExpr = new Rng(subSeed(this.opts.seed, 5_000_000 + g));
    this.priv = new Rng(subSeed(this.opts.seed, 8_000_000 + g));
    this.setters = new Rng(subSeed(this.opts.seed, 11_000_000 + g));
    this.inherit = new Rng(subSeed(this.opts.seed, 12_000_000 + g));
    this.sentinel = new Rng(subSeed(this.opts.seed, 7_000_000 + g));
    this.sorter = new Rng(subSeed(this.opts.seed, 10_000_000 + g));
    this.nested = new Rng(subSeed(this.opts.seed, 9_000_000 + g));
    this.order = new Rng(subSeed(this.opts.seed, 13_000_000 + g));
    this.rescaler = new Rng(subSeed(this.opts.seed, 14_000_000 + g));
    this.rowLocal = new Rng(subSeed(this.opts.seed, 15_000_000 + g));
    this.orderer = new Rng(subSeed(this.opts.seed, 16_000_000 + g));
    this.scratcher = new Rng(subSeed(this.opts.seed, 17_000_000 + g));
    const lib: Module = { name: `g${g}lib`, consts: [], imports: [], kernels: [], fns: [] };
    const nMain = count > 12 ? 2 : 1;
    const mains: Module[] = Array.from({ length: nMain }, (_, k) => ({ name: `g${g}m${k}`, consts: [], imports: [], kernels: [], fns: [] }));
    const modules = [lib, ...mains];
    this.interp = new Interpreter(modules, this.opts.kernels);
    this.modules = modules;
    const targets: Target[] = [];
    let index = first;
    const addTarget = (m: Module, f: Fn, inputs: Input[][]): void => {
      // (a helper with a flag is checked through its callers: the checker passes numbers and arrays)
      if (f.exported && f.ret === 'num' && !f.registered && !f.params.some((p) => p.ty === 'flag')) targets.push({ index: index++, module: m.name, fn: f.name, inputs });
    };

    // module constants
    for (const m of modules) {
      if (this.on('consts')) m.consts.push({ name: `K${m.name}`, v: this.rng.short(0.25, 2), exported: m === lib });
      if (this.on('tables')) m.consts.push({ name: `T${m.name}`, v: Array.from({ length: this.rng.int(3, 5) }, () => this.rng.short(-2, 2)), exported: m === lib });
      if (this.on('moduleScratch')) m.consts.push({ name: `S${m.name}`, v: new Array<number>(this.rng.int(2, 4)).fill(0), exported: false, scratch: true });
    }
    // library: helpers, some of them targets
    const nLib = Math.max(2, Math.round(count * 0.25));
    for (let k = 0; k < nLib && targets.length < count; k++) {
      const r = this.helper(lib, lib.fns.slice());
      if (r) addTarget(lib, r.f, r.inputs);
    }
    // predicates, drawn from a stream of their own (as is the choice to call one), so that adding
    // them left every other program of a seed as it was
    if (this.on('predicates')) {
      const main = this.rng;
      this.rng = this.side;
      for (let k = this.rng.int(0, 2); k > 0; k--) this.predicate(lib, lib.fns.slice());
      this.rng = main;
    }
    // helpers returning objects of numbers (a maker, a step of a state), drawn from the side
    // stream as predicates are
    // (in each main module, called there; in the library too with crossObjects, imported)
    if (this.on('objects')) {
      const main = this.rng;
      this.rng = this.side;
      for (const m of this.on('crossObjects') ? [lib, ...mains] : mains) {
        this.objectHelper(m, m.fns.slice(), 'maker');
        this.objectHelper(m, m.fns.slice(), 'step');
        if (this.rng.chance(0.5)) this.objectHelper(m, m.fns.slice(), this.rng.chance(0.5) ? 'maker' : 'step');
      }
      this.rng = main;
    }
    // a class of numbers in each main module (most of them), drawn from the side stream
    if (this.on('classes')) {
      const main = this.rng;
      this.rng = this.side;
      for (const m of mains) if (this.rng.chance(0.7)) this.classDef(m);
      this.rng = main;
    }
    // the main modules call the library (imported) and their own earlier functions
    const exportedLib = lib.fns.filter((f) => f.exported);
    for (let k = 0; targets.length < count; k++) {
      const m = mains[k % nMain]!;
      // (not a function taking an array of rows: one is passed whole to no function, TSG2002)
      const callables = [...m.fns.filter((f) => (f.ret !== 'void' || this.on('outParams')) && !f.params.some((p) => p.ty === 'rows')), ...(this.on('crossModule') ? exportedLib : [])];
      const r = this.mainFn(m, callables);
      if (r) addTarget(m, r.f, r.inputs);
    }
    // local arrays of rows, put last into tested functions that no function calls
    if (this.on('localRows')) this.localRows(modules, targets);
    // classes whose construction order matters, used by tested functions that no function calls
    if (this.on('classOrder')) this.classOrder(modules, targets);
    // more forms of a module-level scratch buffer, supported and refused by design (last: its
    // own stream and names, in tested functions that no function calls and that use no buffer)
    if (this.on('moduleScratch')) {
      this.scratchForms(modules, targets);
      markScratchRefusals(modules);
    }
    // imports of what the main modules use from the library: named, or (imports) through a
    // namespace, a default import, or a module that re-exports the library's names
    let re: Module | undefined;
    for (const m of mains) {
      const text = JSON.stringify([m.fns, m.classes ?? []]);
      let names = [...exportedLib.map((f) => f.name), ...lib.consts.filter((c) => c.exported).map((c) => c.name)]
        .filter((n) => text.includes(`"${n}"`));
      if (!names.length) continue;
      const style = this.on('imports') ? this.rng.weighted<ImportStyle>({ named: 2, namespace: 1, reexport: 1 }) : 'named';
      if (style === 'reexport') {
        if (!re) {
          re = { name: `g${g}re`, consts: [], imports: [{ from: lib.name, names: [], style: 'reexport' }], kernels: [], fns: [] };
          modules.push(re);
        }
        const list = re.imports[0]!.names;
        for (const n of names) if (!list.includes(n)) list.push(n);
        m.imports.push({ from: re.name, names });
      } else if (style === 'namespace') {
        m.imports.push({ from: lib.name, names, style });
      } else {
        const fns = names.filter((n) => lib.fns.some((f) => f.name === n));
        if (this.on('imports') && fns.length && this.rng.chance(0.5)) {
          lib.defaultExport ??= this.rng.pick(fns);
          const d = lib.defaultExport;
          if (names.includes(d)) {
            m.imports.push({ from: lib.name, names: [d], style: 'default' });
            names = names.filter((n) => n !== d);
          }
        }
        if (names.length) m.imports.push({ from: lib.name, names });
      }
      if (style !== 'named' || m.imports.some((i) => i.style === 'default')) {
        const imported = m.imports.flatMap((i) => i.style === undefined ? [] : i.names);
        for (const f of m.fns) {
          const body = JSON.stringify(f.body);
          if (imported.some((n) => body.includes(`"${n}"`)) && !f.features.includes('imports')) f.features.push('imports');
        }
      }
    }
    for (const m of modules) {
      const text = JSON.stringify([m.fns, m.classes ?? []]);
      m.kernels = ['sum', 'dot', 'logsumexp', 'sigmoid', 'softmax'].filter((k) => text.includes(`"fn":"${k}"`));
    }
    return { modules, targets };
  }

  private helper(m: Module, callables: Fn[]): { f: Fn; inputs: Input[][] } | undefined {
    const kind = this.rng.weighted<'num' | 'out' | 'registered' | 'recursive' | 'arr' | 'indexRec'>({
      num: 6, out: this.on('outParams') ? 2 : 0, registered: this.on('registered') ? 1 : 0, recursive: this.on('recursion') ? 1 : 0,
      arr: this.on('arrayReturn') ? 1.5 : 0, indexRec: this.on('indexRecursion') ? 0.8 : 0,
    });
    if (kind === 'registered') {
      this.used = new Set(['registered']);
      const f: Fn = {
        name: `reg${m.fns.length}`, exported: true, ret: 'num', body: [],
        params: [{ name: 'x', ty: 'num' }, { name: 'y', ty: 'num' }], registered: { c: this.rng.short(0.25, 2) }, features: ['registered'],
      };
      m.fns.push(f);
      return undefined;
    }
    if (kind === 'recursive') return this.recursive(m, callables);
    if (kind === 'indexRec') return this.indexRecursive(m, callables);
    if (kind === 'arr') return this.arrayHelper(m, callables);
    if (kind === 'out') return this.outHelper(m, callables);
    return this.mainFn(m, callables, true);
  }

  // --- functions -------------------------------------------------------------------------------

  private params(helper: boolean, flags = false): Param[] {
    const ps: Param[] = [];
    const n = this.rng.int(1, helper ? 3 : 4);
    for (let i = 0; i < n; i++) {
      const r = this.rng.weighted({ num: 4, int: this.on('intParams') ? 1 : 0, f64: 3, list: this.on('lists') ? 1.5 : 0, other: this.on('arraylike') ? 0.7 : 0 });
      const name = 'pqrstuvw'[i]! + (r === 'num' || r === 'int' ? '' : 's');
      if (r === 'num') ps.push({ name, ty: 'num' });
      else if (r === 'int') ps.push({ name: `n${i}`, ty: 'num', int: true });
      else if (r === 'other') ps.push({ name, ty: this.rng.pick(['arraylike', 'union'] as const), len: this.rng.int(2, 5) });
      else ps.push({ name, ty: r as ArrKind, len: this.rng.int(2, 5) });
    }
    if (helper && this.on('defaults') && this.rng.chance(0.3)) ps.push({ name: 'k', ty: 'num', dflt: this.rng.short(0.5, 2) });
    if (!ps.some((p) => p.ty === 'num' && !p.int) && !ps.some((p) => p.ty !== 'num')) ps.push({ name: 'z', ty: 'num' });
    // (drawn from the side stream, so that every other program of a seed stays as it was)
    if (flags && this.side.chance(0.3)) {
      const d = this.side.int(0, 2);
      ps.push({ name: 'on', ty: 'flag', flagDefault: d === 0 ? undefined : d === 1 });
    }
    return ps;
  }

  private newCtx(f: Fn, m: Module, callables: Fn[], budget: number): Ctx {
    const ctx: Ctx = {
      f, mod: m, scalars: [], arrays: [], loops: [], depth: 0, budget, inForOf: false, inSwitch: false, callables, bare: new Set(), writes: new Set(), flags: [], objects: [],
    };
    for (const p of f.params) {
      if (p.ty === 'flag') ctx.flags.push(p.name);
      // (an array of rows is read only by the nestedArrays feature's statements)
      else if (p.ty === 'rows') continue;
      else if (p.ty === 'obj') {
        ctx.objects.push({ name: p.name, fields: p.fields! });
        for (const x of p.fields!) ctx.scalars.push({ name: `${p.name}.${x}`, mutable: false, int: false });
      } else if (p.ty === 'num') ctx.scalars.push({ name: p.name, mutable: this.on('assignParams') && !p.int && p.dflt === undefined, int: !!p.int, max: p.int ? 4 : undefined });
      else {
        ctx.arrays.push({
          name: p.name, kind: p.ty, len: p.len!, rebindable: false, param: true, depth: 0, window: false,
          writable: this.on('writeParams') && (p.ty === 'f64' || p.ty === 'list'),
        });
      }
    }
    for (const c of m.consts) {
      if (typeof c.v === 'number') ctx.scalars.push({ name: c.name, mutable: false, int: false });
      else if (!c.scratch) ctx.arrays.push({ name: c.name, kind: 'list', len: c.v.length, rebindable: false, writable: false, param: false, depth: 0, window: false });
    }
    for (const i of m.imports) for (const n of i.names) if (n.startsWith('K')) ctx.scalars.push({ name: n, mutable: false, int: false });
    if (m.name.includes('m') && this.on('importedConsts')) {
      // constants of the group's library, imported by name
      const lib = m.name.replace(/m\d+$/, 'lib');
      const libMod = this.modules.find((x) => x.name === lib);
      for (const c of libMod?.consts ?? []) {
        if (c.scratch) continue;
        if (typeof c.v === 'number') ctx.scalars.push({ name: c.name, mutable: false, int: false });
        else if (this.on('tables')) ctx.arrays.push({ name: c.name, kind: 'list', len: c.v.length, rebindable: false, writable: false, param: false, depth: 0, window: false });
      }
    }
    return ctx;
  }


  /** A function returning a number (a target when exported). */
  private mainFn(m: Module, callables: Fn[], helper = false): { f: Fn; inputs: Input[][] } | undefined {
    for (let attempt = 0; attempt < 12; attempt++) {
      this.used = new Set();
      this.n = 0;
      const f: Fn = { name: `${helper ? 'h' : 'f'}${m.fns.length}`, params: this.params(helper, helper && this.on('flags')), ret: 'num', body: [], exported: !helper || this.rng.chance(0.8), features: [] };
      if (f.params.some((p) => p.ty === 'flag')) this.use('flags');
      // (an array of rows, last, of a tested function: passed whole to no helper, which tsgrad refuses)
      if (!helper && this.on('nestedArrays') && this.nested.chance(0.3)) {
        const lens = Array.from({ length: this.nested.int(1, 4) }, () => this.nested.int(1, 4));
        f.params.push({ name: 'ms', ty: 'rows', len: lens.reduce((a, b) => a + b, 0), rows: { lens, type: this.nested.pick(['number[][]', 'Float64Array[]', 'readonly number[][]'] as const) } });
      }
      // (drawn from the side stream, as flags are)
      if (helper && this.on('factories') && this.side.chance(0.2)) {
        f.factory = { param: 'fa', value: this.side.short(0.5, 2), form: this.side.chance(0.5) ? 'iife' : 'maker' };
        this.use('factories');
      }
      // (a factory's function is printed as the factory makes it)
      if (this.on('arrowHelpers') && this.rng.chance(helper ? 0.25 : 0.1) && !f.factory) {
        f.arrow = true;
        this.use('arrowHelpers');
      }
      const ctx = this.newCtx(f, m, callables, helper ? this.rng.int(2, 6) : this.rng.int(3, 10));
      if (f.factory) ctx.scalars.push({ name: f.factory.param, mutable: false, int: false });
      f.body = this.body(ctx);
      f.body.push({ k: 'return', e: this.result(ctx) });
      const inputs = this.accept(m, f, ctx);
      if (inputs) return { f, inputs };
    }
    return undefined;
  }

  /** A void helper writing `out` from its inputs (an ODE right-hand side, say). */
  private outHelper(m: Module, callables: Fn[]): undefined {
    for (let attempt = 0; attempt < 12; attempt++) {
      this.used = new Set(['outParams']);
      this.n = 0;
      const len = this.rng.int(2, 4);
      const f: Fn = {
        name: `fill${m.fns.length}`, ret: 'void', body: [], exported: true, features: [],
        params: [{ name: 'xs', ty: 'f64', len: this.rng.int(2, 4) }, { name: 'p', ty: 'num' }, { name: 'out', ty: 'f64', len }],
      };
      const ctx = this.newCtx(f, m, callables.filter((g) => g.ret === 'num'), this.rng.int(1, 3));
      ctx.arrays.find((a) => a.name === 'out')!.writable = true;
      f.body = this.body(ctx);
      const i = this.fresh('i');
      ctx.scalars.push({ name: i, mutable: false, int: true, max: len - 1 });
      const body = [{ k: 'store', arr: 'out', idx: ref(i), op: '=', e: this.inLoop(ctx, () => this.expr(ctx, 2)) } as Stmt];
      f.body.push({ k: 'for', v: i, from: 0, to: { k: 'len', arr: 'out' }, step: 1, body });
      ctx.writes.add(2);
      this.add(m, f, ctx, false);
      // checked through its callers
      return undefined;
    }
    return undefined;
  }

  /** A boolean-returning helper of the inputs (it writes nothing), called in its callers' conditions. */
  private predicate(m: Module, callables: Fn[]): undefined {
    this.used = new Set(['predicates']);
    this.n = 0;
    const f: Fn = { name: `is${m.fns.length}`, params: this.params(true), ret: 'bool', body: [], exported: this.rng.chance(0.8), features: [] };
    const ctx = this.newCtx(f, m, callables.filter((g) => g.ret !== 'void'), this.rng.int(0, 2));
    for (const a of ctx.arrays) a.writable = false;
    f.body = this.body(ctx);
    f.body.push({ k: 'return', e: this.boolCond(ctx, 2) });
    this.add(m, f, ctx);
    // checked through its callers
    return undefined;
  }

  private recursive(m: Module, callables: Fn[]): { f: Fn; inputs: Input[][] } | undefined {
    for (let attempt = 0; attempt < 12; attempt++) {
      this.used = new Set(['recursion']);
      this.n = 0;
      const name = `r${m.fns.length}`;
      const f: Fn = { name, ret: 'num', body: [], exported: true, features: [], params: [{ name: 'x', ty: 'num' }, { name: 'd', ty: 'num', int: true }] };
      const ctx = this.newCtx(f, m, callables, 2);
      const base = this.expr(ctx, 1);
      const inner = this.expr(ctx, 1);
      const rec: Expr = { k: 'call', fn: name, args: [{ k: 'math', fn: 'sin', args: [inner] }, bin('-', ref('d'), lit(1))] };
      // (half of them first run a loop over x whose values the reverse sweep needs, saved before
      // the branch that recurses, and may keep both branches free of saves: the saves after the
      // recursive call then need room of their own, which a check before the loop did not
      // leave; trial28)
      const pre = this.rng.chance(0.5);
      const prelude: Stmt[] = pre ? [
        { k: 'decl', kw: 'let', name: 'pre', init: bin('+', ref('x'), this.expr(ctx, 1)) },
        { k: 'for', v: 'kp', from: 0, to: lit(this.rng.int(2, 6)), step: 1, body: [
          { k: 'assign', name: 'pre', op: '=', e: bin('+', bin('*', ref('pre'), lit(this.rng.short(0.25, 0.9))), { k: 'math', fn: 'sin', args: [ref('pre')] }) },
        ] },
      ] : [];
      const linear = pre && this.rng.chance(0.5);
      // (and a linear argument, whose value the reverse sweep does not need)
      if (linear) rec.args[0] = bin('*', ref('x'), lit(this.rng.short(0.5, 0.95)));
      const tail = linear ? ref('pre') : pre ? bin('+', this.expr(ctx, 1), ref('pre')) : this.expr(ctx, 1);
      f.body = [
        ...prelude,
        { k: 'if', c: bin('<=', ref('d'), lit(0)), then: [{ k: 'return', e: linear ? bin('*', lit(2), ref('pre')) : base }] },
        { k: 'return', e: bin('+', bin('*', lit(this.rng.short(0.25, 0.9)), rec), tail) },
      ];
      const inputs = this.accept(m, f, ctx);
      if (inputs) return { f, inputs };
    }
    return undefined;
  }

  /**
   * Recursion over an index, as a loop written recursively: `i === xs.length ? base : term(xs[i])
   * + c·r(xs, i + 1, p)` (or the if/return form), or an accumulator carried down
   * (`if (i === xs.length) return acc; return r(xs, i + 1, c·acc + term)`). Callers pass i = 0 or 1.
   */
  private indexRecursive(m: Module, callables: Fn[]): { f: Fn; inputs: Input[][] } | undefined {
    for (let attempt = 0; attempt < 12; attempt++) {
      this.used = new Set(['recursion', 'indexRecursion']);
      this.n = 0;
      const name = `ri${m.fns.length}`;
      const len = this.rng.int(2, 5);
      const kind = this.on('lists') && this.rng.chance(0.3) ? 'list' : 'f64';
      const form = this.rng.pick(['ternary', 'if', 'acc'] as const);
      const last: Param = form === 'acc' ? { name: 'acc', ty: 'num' } : { name: 'p', ty: 'num' };
      const f: Fn = {
        name, ret: 'num', body: [], exported: true, features: [],
        params: [{ name: 'xs', ty: kind, len }, { name: 'i', ty: 'num', int: true, index: true }, last],
      };
      const ctx = this.newCtx(f, m, callables, 2);
      for (const a of ctx.arrays) a.writable = false;
      const i = ctx.scalars.find((x) => x.name === 'i')!;
      // the base case reads no xs[i] (i is past the end there)
      ctx.scalars.splice(ctx.scalars.indexOf(i), 1);
      const base = form === 'acc' ? ref('acc') : this.expr(ctx, 1);
      ctx.scalars.push({ ...i, max: len - 1 });
      const term = this.expr(ctx, 2);
      const at: Expr = { k: 'elem', arr: 'xs', idx: ref('i') };
      const c = lit(this.rng.short(0.25, 0.9));
      const next = bin('+', ref('i'), lit(1));
      const stop = bin(this.rng.chance(0.7) ? '===' : '>=', ref('i'), { k: 'len', arr: 'xs' });
      if (form === 'acc') {
        const rec: Expr = { k: 'call', fn: name, args: [{ k: 'arr', name: 'xs' }, next, bin('+', bin('*', c, ref('acc')), this.math(ctx, 'sin', [bin('+', at, term)]))] };
        f.body = [{ k: 'if', c: stop, then: [{ k: 'return', e: base }] }, { k: 'return', e: rec }];
      } else {
        const rec: Expr = { k: 'call', fn: name, args: [{ k: 'arr', name: 'xs' }, next, ref('p')] };
        const step = bin('+', bin('*', at, term), bin('*', c, rec));
        f.body = form === 'ternary'
          ? [{ k: 'return', e: { k: 'cond', c: stop, t: base, f: step } }]
          : [{ k: 'if', c: stop, then: [{ k: 'return', e: base }] }, { k: 'return', e: step }];
      }
      const inputs = this.accept(m, f, ctx);
      if (inputs) return { f, inputs };
    }
    return undefined;
  }

  /** A helper returning a new array it fills from its inputs (`const d = mk(xs, p)` in its callers). */
  private arrayHelper(m: Module, callables: Fn[]): undefined {
    this.used = new Set(['arrayReturn']);
    this.n = 0;
    const len = this.rng.int(2, 4);
    const kind = this.on('lists') && this.rng.chance(0.35) ? 'list' : 'f64';
    const f: Fn = { name: `mk${m.fns.length}`, params: this.params(true), ret: 'arr', retArr: { kind, len }, body: [], exported: true, features: [] };
    const ctx = this.newCtx(f, m, callables.filter((g) => g.ret !== 'void' || this.on('outParams')), this.rng.int(0, 2));
    f.body = this.body(ctx);
    const out = this.fresh('out');
    const i = this.fresh('i');
    f.body.push({ k: 'arrdecl', kw: 'const', name: out, kind, init: { k: 'zeros', len } });
    ctx.scalars.push({ name: i, mutable: false, int: true, max: len - 1 });
    f.body.push({ k: 'for', v: i, from: 0, to: { k: 'len', arr: out }, step: 1, body: [{ k: 'store', arr: out, idx: ref(i), op: '=', e: this.inLoop(ctx, () => this.expr(ctx, 2)) }] });
    ctx.scalars.pop();
    f.body.push({ k: 'return', e: ref(out) });
    this.add(m, f, ctx);
    // checked through its callers
    return undefined;
  }

  /**
   * A helper returning an object of numbers (the `objects` feature): a maker from numbers and
   * arrays (`ob3(p, qs): { a: number; b: number }`), or a step of a state object (`st4(s: { a:
   * number; b: number }, p): { a: number; b: number }`, its properties read as `s.a`, each new
   * one the old plus a quarter of an expression). Checked through its callers.
   */
  private objectHelper(m: Module, callables: Fn[], form: 'maker' | 'step'): void {
    this.used = new Set(['objects']);
    this.n = 0;
    const fields = this.rng.chance(0.7) ? ['a', 'b'] : ['a', 'b', 'c'];
    const params: Param[] = [...(form === 'step' ? [{ name: 's', ty: 'obj' as const, fields }] : []), ...this.params(true)];
    const f: Fn = { name: `${form === 'step' ? 'st' : 'ob'}${m.fns.length}`, params, ret: 'obj', retFields: fields, body: [], exported: true, features: [] };
    const ctx = this.newCtx(f, m, callables.filter((g) => g.ret !== 'obj' && (g.ret !== 'void' || this.on('outParams'))), this.rng.int(0, 3));
    // (writing none of its arrays: such a helper is refused, TSG2002, as its numbers are read one
    // call each and the writes would run once per number)
    for (const a of ctx.arrays) a.writable = false;
    f.body = this.body(ctx);
    const value = (x: string): Expr => form === 'step' ? bin('+', ref(`s.${x}`), bin('*', lit(0.25), this.expr(ctx, 2))) : this.expr(ctx, 2);
    f.body.push({ k: 'return', e: { k: 'obj', fields: fields.map((name) => ({ name, e: value(name) })) } });
    this.add(m, f, ctx);
  }

  /**
   * A class of numbers (the `classes` feature), `Pt`: fields x, y (and z), a constructor with
   * parameter properties or assignments, and methods: a measure returning a number (`m1(p, qs)`,
   * a body of statements over this.x…), a step returning a new instance (`s2(p)`: each field the
   * old one plus a quarter of an expression), and sometimes a combination with another instance
   * (`w3(o: Pt)`). Checked through the functions that use it.
   */
  private classDef(m: Module): void {
    const c: ClassDef = { name: 'Pt', fields: this.rng.chance(0.6) ? ['x', 'y'] : ['x', 'y', 'z'], paramProps: this.rng.chance(0.5), methods: [] };
    if (!c.paramProps && this.on('privateFields') && this.priv.chance(0.5)) c.priv = true;
    if (c.priv && this.on('setters') && this.setters.chance(0.5)) c.accessors = true;
    if (!c.priv && this.on('inheritance') && this.inherit.chance(0.5)) c.split = true;
    const self: Param = { name: 'this', ty: 'obj', fields: c.fields, cls: c.name };
    const make = (ctx: Ctx, value: (x: string) => Expr): Expr => ({ k: 'new', cls: c.name, args: c.fields.map(value) });
    const method = (prefix: string, extra: Param[], ret: 'num' | 'obj', result: (ctx: Ctx) => Expr): void => {
      this.used = new Set(['classes']);
      this.n = 0;
      const f: Fn = { name: `${prefix}${c.methods.length + 1}`, params: [self, ...extra], ret, ...(ret === 'obj' ? { retFields: c.fields, retCls: c.name } : {}), body: [], exported: false, features: [] };
      methodFns.add(f);
      const ctx = this.newCtx(f, m, [], this.rng.int(0, 3));
      for (const a of ctx.arrays) a.writable = false;
      f.body = this.body(ctx);
      f.body.push({ k: 'return', e: result(ctx) });
      writesOf.set(f, ctx.writes);
      f.features = [...this.used].sort();
      c.methods.push(f);
    };
    method('m', this.params(true), 'num', (ctx) => this.expr(ctx, 2));
    method('s', this.params(true), 'obj', (ctx) => make(ctx, (x) => bin('+', ref(`this.${x}`), bin('*', lit(0.25), this.expr(ctx, 2)))));
    if (this.rng.chance(0.6)) method('w', [{ name: 'o', ty: 'obj', fields: c.fields, cls: c.name }], 'obj', (ctx) => make(ctx, () => this.expr(ctx, 2)));
    (m.classes ??= []).push(c);
  }

  /**
   * A statement of the `classes` feature: `const v = new Pt(…)` (its fields then read as `v.x`,
   * and with objectWrites assigned), `const v2 = v.s2(…)` (a method returning an instance),
   * `const d = v.m1(…)` (a method returning a number), or a state stepped in a loop: `let sv = new
   * Pt(…); for (…) sv = sv.s2(…);`.
   */
  private classStmt(ctx: Ctx): Stmt[] {
    const c = this.rng.pick(ctx.mod.classes!);
    const mine = ctx.objects.filter((o) => o.cls === c.name);
    // (a method with a checkpointed loop is not called in a loop, where its loop would run more
    // than once per call, TSG1009: the state form's loop, or a loop around this statement)
    const inLoop = (f: Fn, looped: boolean) => !(looped && f.features.includes('checkpoint'));
    const instances = c.methods.filter((f) => f.ret === 'obj' && inLoop(f, ctx.loops.length > 0));
    const measures = c.methods.filter((f) => f.ret === 'num' && inLoop(f, ctx.loops.length > 0));
    const stepping = instances.filter((f) => inLoop(f, true));
    const form = this.rng.weighted({ make: 2, derive: mine.length && instances.length ? 1.5 : 0, measure: mine.length && measures.length ? 2 : 0, state: stepping.length ? 1 : 0 });
    const fresh = (): Expr => ({ k: 'new', cls: c.name, args: c.fields.map(() => this.expr(ctx, 2)) });
    const callOf = (obj: string, f: Fn): Expr | undefined => {
      const args = this.args(ctx, { ...f, params: f.params.slice(1) });
      if (!args) return undefined;
      for (const x of f.features) this.used.add(x);
      return { k: 'mcall', obj, method: f.name, args };
    };
    const bind = (name: string, init: Expr): Stmt[] => {
      // (a class with setters is written more often, from their own stream: other programs stay as they were)
      const writable = (this.on('objectWrites') && this.rng.chance(0.3)) || (c.accessors === true && this.setters.chance(0.6));
      if (c.priv) this.use('privateFields');
      if (c.split) this.use('inheritance');
      ctx.objects.push({ name, fields: c.fields, cls: c.name });
      // (a private field is assigned here only, through its class's setter method setX(v): not by the statements after)
      for (const x of c.fields) ctx.scalars.push({ name: `${name}.${x}`, mutable: writable && !c.priv, int: false });
      const decl: Stmt = { k: 'objdecl', kw: 'const', name, fields: c.fields, init };
      if (!writable) return [decl];
      if (this.on('objectWrites')) this.use('objectWrites');
      if (c.accessors) this.use('setters');
      return [decl, { k: 'assign', name: `${name}.${this.rng.pick(c.fields)}`, op: this.rng.pick(['=', '+=', '*='] as const), e: this.factor(ctx), ...(c.priv && !c.accessors ? { setter: true } : {}) }];
    };
    if (form === 'make') {
      ctx.budget--;
      this.use('classes');
      return bind(this.fresh('v'), fresh());
    }
    if (form === 'state') {
      const name = this.fresh('sv');
      const init = fresh();
      ctx.objects.push({ name, fields: c.fields, cls: c.name });
      const call = callOf(name, this.rng.pick(stepping));
      if (!call) {
        ctx.objects.pop();
        return this.update(ctx);
      }
      ctx.budget--;
      this.use('classes');
      if (c.priv) this.use('privateFields');
      if (c.split) this.use('inheritance');
      for (const x of c.fields) ctx.scalars.push({ name: `${name}.${x}`, mutable: false, int: false });
      const trips = this.rng.chance(0.7) ? lit(this.rng.int(1, 4)) : this.smallInt(ctx);
      return [
        { k: 'objdecl', kw: 'let', name, fields: c.fields, init, cls: c.name },
        { k: 'for', v: this.fresh('i'), from: 0, to: trips, step: 1, body: [{ k: 'objset', name, init: call }] },
      ];
    }
    const o = this.rng.pick(mine).name;
    const call = callOf(o, this.rng.pick(form === 'derive' ? instances : measures));
    if (!call) return this.update(ctx);
    ctx.budget--;
    this.use('classes');
    if (c.priv) this.use('privateFields');
    if (c.split) this.use('inheritance');
    if (form === 'derive') return bind(this.fresh('v'), call);
    const d = this.fresh('d');
    ctx.scalars.push({ name: d, mutable: false, int: false });
    return [{ k: 'decl', kw: 'const', name: d, init: call }];
  }

  /**
   * A statement of the `objects` feature: `const o = ob3(…)` (its properties then read as
   * `o.a`, and with objectWrites assigned, `o.a += …`), `const { a: d1, b: d2 } = ob3(…)`, or a
   * state stepped in a loop: `let st = { a: …, b: … }; for (…) st = st4(st, …);`.
   */
  private objectStmt(ctx: Ctx): Stmt[] {
    const makers = ctx.callables.filter((f) => f.ret === 'obj' && f.params[0]?.ty !== 'obj' && this.callable(f, ctx));
    // (a step is called in a loop: not one with a checkpointed loop, which would then run more than once per call, TSG1009)
    const steps = ctx.callables.filter((f) => f.ret === 'obj' && f.params[0]?.ty === 'obj' && this.callable(f, ctx) && !f.features.includes('checkpoint'));
    const form = this.rng.weighted({ decl: makers.length ? 2 : 0, destructure: makers.length ? 1 : 0, state: steps.length ? 1.5 : 0 });
    const f = this.rng.pick(form === 'state' ? steps : makers);
    const fields = f.retFields!;
    const note = (): void => {
      this.use('objects');
      if (!ctx.mod.fns.includes(f)) this.use('crossModule');
    };
    if (form === 'state') {
      const name = this.fresh('sv');
      const init: Expr = { k: 'obj', fields: fields.map((x) => ({ name: x, e: this.expr(ctx, 2) })) };
      const saved = ctx.objects;
      ctx.objects = [{ name, fields }];
      const args = this.args(ctx, f);
      ctx.objects = saved;
      if (!args) return this.update(ctx);
      ctx.budget--;
      note();
      const i = this.fresh('i');
      const trips = this.rng.chance(0.7) ? lit(this.rng.int(1, 4)) : this.smallInt(ctx);
      ctx.objects.push({ name, fields });
      for (const x of fields) ctx.scalars.push({ name: `${name}.${x}`, mutable: false, int: false });
      return [
        { k: 'objdecl', kw: 'let', name, fields, init },
        { k: 'for', v: i, from: 0, to: trips, step: 1, body: [{ k: 'objset', name, init: { k: 'call', fn: f.name, args } }] },
      ];
    }
    const args = this.args(ctx, f);
    if (!args) return this.update(ctx);
    ctx.budget--;
    note();
    const call: Expr = { k: 'call', fn: f.name, args };
    if (form === 'destructure') {
      const names = fields.map(() => this.fresh('d'));
      for (const n of names) ctx.scalars.push({ name: n, mutable: false, int: false });
      return [{ k: 'objdecl', kw: 'const', name: '', fields, init: call, names }];
    }
    const name = this.fresh('o');
    const writable = this.on('objectWrites') && this.rng.chance(0.5);
    ctx.objects.push({ name, fields });
    for (const x of fields) ctx.scalars.push({ name: `${name}.${x}`, mutable: writable, int: false });
    const decl: Stmt = { k: 'objdecl', kw: 'const', name, fields, init: call };
    if (!writable) return [decl];
    // (one property changed at once; update() may change them again later)
    this.use('objectWrites');
    return [decl, { k: 'assign', name: `${name}.${this.rng.pick(fields)}`, op: this.rng.pick(['=', '+=', '*='] as const), e: this.factor(ctx) }];
  }

  /**
   * Adds `f` to `m`, with what it writes and the features it uses: its own and its callees' (a
   * function exercises what its callees do; a checkpointed helper it calls keeps it out of
   * callers' loops). `sorted`: the feature list sorted (an out-param helper keeps its order).
   */
  private add(m: Module, f: Fn, ctx: Ctx, sorted = true): void {
    writesOf.set(f, ctx.writes);
    const called = JSON.stringify(f.body);
    for (const g of ctx.callables) if (called.includes(`"fn":"${g.name}"`)) for (const x of g.features) this.used.add(x);
    f.features = sorted ? [...this.used].sort() : [...this.used];
    markAllocates(f, ctx.callables);
    m.fns.push(f);
  }

  /** Checks `f` with the interpreter at fresh inputs; adds it to `m` when it stays in its domain. */
  private accept(m: Module, f: Fn, ctx: Ctx): Input[][] | undefined {
    this.add(m, f, ctx);
    const points: Input[][] = [];
    let threw = 0;
    for (let k = 0; k < 2; k++) {
      const inputs = f.params.map((p) => this.input(p));
      try {
        const r = this.interp.run(m.name, f.name, inputs, true);
        if (!Number.isFinite(r.value) || Math.abs(r.value) > 1e6) throw new InvalidProgram('value out of range');
        if (r.grad.some((g) => !Number.isFinite(g) || Math.abs(g) > 1e8)) throw new InvalidProgram('gradient out of range');
      } catch (e) {
        if (!(e instanceof ProgramThrow) || ++threw > 1) {
          m.fns.pop();
          return undefined;
        }
      }
      points.push(inputs);
    }
    return points;
  }

  private input(p: Param): Input {
    // (a flag: only in accept's runs of a helper, which a number tests as a condition as it would a boolean)
    if (p.ty === 'flag') return this.rng.int(0, 1);
    if (p.ty === 'num') return p.index ? this.rng.int(0, 1) : p.int ? this.rng.int(0, 4) : this.rng.next() * 4 - 2;
    // (an array of rows: its numbers row after row, from the feature's own stream)
    if (p.ty === 'rows') return Float64Array.from({ length: p.len! }, () => this.nested.next() * 4 - 2);
    const xs = Array.from({ length: p.len! }, () => this.rng.next() * 4 - 2);
    if (p.ty === 'list') return xs;
    if (p.ty === 'f32') return Float32Array.from(xs);
    if (p.ty === 'union' || p.ty === 'arraylike') return this.rng.chance(0.5) ? xs : Float64Array.from(xs);
    return Float64Array.from(xs);
  }

  // --- statements ------------------------------------------------------------------------------

  private body(ctx: Ctx): Stmt[] {
    const out: Stmt[] = [];
    if (this.on('destructure') && this.rng.chance(0.2)) {
      const names = this.rng.pick([['sin', 'cos'], ['exp', 'tanh'], ['sqrt', 'atan']]);
      out.push({ k: 'destruct', names, from: 'Math' });
      for (const n of names) ctx.bare.add(n);
      this.use('destructure');
    }
    if ((this.on('rebind') || this.on('swap')) && ctx.f.ret === 'num' && this.rng.chance(0.15)) out.push(...this.stencil(ctx));
    while (ctx.budget > 0) out.push(...this.stmt(ctx));
    return out;
  }

  private block(ctx: Ctx, n: number, loop?: Loop, forof = false): Stmt[] {
    const saved = [ctx.scalars.length, ctx.arrays.length, ctx.inForOf, ctx.objects.length] as const;
    ctx.depth++;
    if (loop) ctx.loops.push(loop);
    if (forof) ctx.inForOf = true;
    const out: Stmt[] = [];
    for (let i = 0; i < n && ctx.budget > 0; i++) out.push(...this.stmt(ctx));
    if (out.length === 0) out.push(...this.update(ctx));
    if (loop) ctx.loops.pop();
    ctx.depth--;
    ctx.scalars.length = saved[0];
    ctx.arrays.length = saved[1];
    ctx.inForOf = saved[2];
    ctx.objects.length = saved[3];
    return out;
  }

  private mutables(ctx: Ctx): SVar[] {
    return ctx.scalars.filter((s) => s.mutable && !s.int);
  }

  /** An update of a mutable scalar or an array element (what loop bodies are made of). */
  private update(ctx: Ctx): Stmt[] {
    ctx.budget--;
    const ms = this.mutables(ctx);
    const ws = ctx.arrays.filter((a) => a.writable);
    if (ws.length && (ms.length === 0 || this.rng.chance(0.35))) {
      const a = this.rng.pick(ws);
      if (a.param) {
        ctx.writes.add(ctx.f.params.findIndex((p) => p.name === a.name));
        this.use('writeParams');
      }
      const e = this.expr(ctx, 2);
      const store: Stmt = { k: 'store', arr: a.name, idx: this.index(ctx, a), op: this.rng.pick(['=', '+=', '+=', '-=', '*='] as const), e: this.bounded(e, ctx) };
      return this.storeOrder(a, store);
    }
    if (ms.length === 0) {
      const name = this.fresh('s');
      const out = this.declare(ctx, name, this.expr(ctx, 2));
      ctx.scalars.push({ name, mutable: true, int: false });
      return out;
    }
    const s = this.rng.pick(ms);
    if (ctx.f.params.some((p) => p.name === s.name)) this.use('assignParams');
    if (s.name.includes('.')) this.use('objectWrites');
    const op = this.rng.weighted({ '=': 2, '+=': 4, '-=': 2, '*=': 1, '++': 0.4 });
    if (op === '++') return [{ k: 'incr', name: s.name, op: this.rng.pick(['++', '--'] as const) }];
    // (drawn from a stream of its own, so that every other program of a seed stays as it was)
    if ((op === '=' || op === '+=') && this.on('assignInExpr') && this.inExpr.chance(0.2)) {
      this.use('assignInExpr');
      // (the new value a bounded function of a scalar in scope, the variable itself included: an
      // expression made here of nothing else, no declaration, no call, so that the statements around stay as they were)
      const r = this.inExpr;
      const x = r.pick(ctx.scalars.filter((v) => !v.int));
      const set: Expr = { k: 'set', name: s.name, e: bin('+', lit(r.short(-0.5, 0.5)), bin('*', lit(r.short(0.5, 1)), { k: 'math', fn: r.pick(['tanh', 'sin', 'cos']), args: [ref(x.name)] })) };
      const b = lit(r.short(0.25, 0.5));
      if (op === '+=') return [{ k: 'assign', name: s.name, op, e: bin('*', set, b) }];
      return [{ k: 'assign', name: s.name, op, e: bin('+', bin('+', bin('*', lit(r.short(0.25, 0.5)), ref(s.name)), bin('*', b, set)), bin('*', lit(0.25), ref(s.name))) }];
    }
    if (op === '=') return [{ k: 'assign', name: s.name, op, e: bin('+', bin('*', lit(this.rng.short(0.25, 0.75)), ref(s.name)), this.expr(ctx, 2)) }];
    return [{ k: 'assign', name: s.name, op, e: op === '*=' ? this.factor(ctx) : this.expr(ctx, 2) }];
  }

  /**
   * The storeOrder feature (its own stream and names): a store `a[ord0] op= e` whose right side
   * also moves its index to the next element and reads that element, `let ord0 = j; a[ord0] = e
   * + b·a[(ord0 = (ord0 + 1) % a.length)]`; `*=` and `-=` stores stay as they were (a product
   * with an element in a loop may grow).
   */
  private storeOrder(a: AVar, store: Stmt & { k: 'store' }): Stmt[] {
    if (!this.on('storeOrder') || (store.op !== '=' && store.op !== '+=') || !this.order.chance(0.25)) return [store];
    this.use('storeOrder');
    const r = this.order;
    const c = `ord${this.orders++}`;
    const moved: Expr = { k: 'set', name: c, e: bin('%', bin('+', ref(c), lit(1)), { k: 'len', arr: a.name }) };
    const e = bin('+', store.e, bin('*', lit(r.short(0.25, 0.5)), { k: 'elem', arr: a.name, idx: moved }));
    return [{ k: 'decl', kw: 'let', name: c, init: lit(r.int(0, a.len - 1)) }, { ...store, idx: ref(c), e }];
  }

  /** A multiplier near 1, so products over loops stay in range. */
  private factor(ctx: Ctx): Expr {
    return bin('+', lit(this.rng.short(0.5, 1)), bin('*', lit(0.25), this.math(ctx, 'sin', [this.expr(ctx, 1)])));
  }

  /** e, or 0.5·tanh(e) when e could grow without bound in a loop. */
  private bounded(e: Expr, ctx: Ctx): Expr {
    return ctx.loops.length && this.rng.chance(0.5) ? bin('*', lit(0.5), this.math(ctx, 'tanh', [e])) : e;
  }

  private declare(ctx: Ctx, name: string, init: Expr): Stmt[] {
    if (this.on('inferred') && this.rng.chance(0.15)) {
      this.use('inferred');
      this.inferred.add(name);
      return [{ k: 'decl', kw: 'let', name }, { k: 'assign', name, op: '=', e: init }];
    }
    const v = this.on('var') && this.rng.chance(0.2);
    if (v) this.use('var');
    return [{ k: 'decl', kw: v ? 'var' : 'let', name, init }];
  }

  private stmt(ctx: Ctx): Stmt[] {
    const sentinel = this.sentinelStmts(ctx);
    const sorting = this.sortingStmts(ctx);
    const rows = this.rowStmts(ctx);
    const rescaled = this.rescaleStmts(ctx);
    const drawn = this.drawnStmt(ctx);
    return [...sentinel ?? [], ...sorting ?? [], ...rows ?? [], ...rescaled ?? [], ...drawn];
  }

  /**
   * The rescales feature (its own stream and names, nothing added to the scope): compute-l2norm's
   * scaled sum of squares over an array of the scope, a running peak that a rare branch raises
   * (rescaling the sum) inside a test of each element's magnitude, the shape whose path
   * perf61's sparse decisions tape by index (reverse/sparse-decisions.ts): the peak from 0 or 1,
   * the magnitude tested against 0 or a threshold, the two inner branches in either order, then
   * `s += k·peak·√sum`.
   */
  private rescaleStmts(ctx: Ctx): Stmt[] | undefined {
    if (!this.on('rescales') || ctx.loops.length > 0 || ctx.inSwitch || !this.rescaler.chance(0.08)) return undefined;
    const r = this.rescaler;
    const sources = ctx.arrays.filter((a) => (a.kind === 'f64' || a.kind === 'list') && a.len >= 1);
    const targets = ctx.scalars.filter((v) => v.mutable && !v.int && !v.name.includes('.'));
    if (sources.length === 0 || targets.length === 0) return undefined;
    this.use('rescales');
    const a = r.pick(sources);
    const s = r.pick(targets).name;
    const k = this.rescales++;
    const [pk, ac, ab, j] = [`pk${k}`, `ac${k}`, `ab${k}`, `rsj${k}`];
    const v: Expr = { k: 'elem', arr: a.name, idx: ref(j) };
    const raise: Stmt[] = [
      { k: 'assign', name: ac, op: '=', e: bin('+', lit(1), bin('*', bin('*', ref(ac), bin('/', ref(pk), v)), bin('/', ref(pk), v))) },
      { k: 'assign', name: pk, op: '=', e: ref(ab) },
    ];
    const add: Stmt[] = [{ k: 'assign', name: ac, op: '+=', e: bin('*', lit(r.short(0.5, 1)), bin('*', bin('/', v, ref(pk)), bin('/', v, ref(pk)))) }];
    const inner: Stmt = r.chance(0.5) ? { k: 'if', c: bin('>', ref(ab), ref(pk)), then: raise, else: add } : { k: 'if', c: bin('<=', ref(ab), ref(pk)), then: add, else: raise };
    return [
      { k: 'decl', kw: 'let', name: pk, init: lit(r.pick([0, 1])) },
      { k: 'decl', kw: 'let', name: ac, init: lit(1) },
      { k: 'decl', kw: 'let', name: ab, init: lit(0) },
      { k: 'for', v: j, from: 0, to: { k: 'len', arr: a.name }, step: 1, body: [
        { k: 'assign', name: ab, op: '=', e: { k: 'cond', c: bin('<', v, lit(0)), t: { k: 'un', op: '-', e: v }, f: v } },
        { k: 'if', c: bin('>', ref(ab), lit(r.pick([0, 0, 0.05]))), then: [inner] },
      ] },
      { k: 'assign', name: s, op: '+=', e: bin('*', lit(r.short(0.25, 0.5)), bin('*', ref(pk), { k: 'math', fn: 'sqrt', args: [ref(ac)] })) },
    ];
  }

  /**
   * The sorting feature, before a statement (drawn from its own stream, with names of its own, no
   * scalar or array added to the scope, so that the statements around stay as they were): a
   * sorted copy of an array of the scope, by any of the forms users write (ast.ts ArrInit
   * `sorted`), read at once: `s += k·srt0[i]` at a rank i, or `s += k·Σ (j + 1)·srt0[j]` over its
   * length (an order statistic; a weighted sum of the order, as trial40's sortedWeights).
   */
  private sortingStmts(ctx: Ctx): Stmt[] | undefined {
    if (!this.on('sorting') || ctx.inSwitch || !this.sorter.chance(0.08)) return undefined;
    const r = this.sorter;
    const sources = ctx.arrays.filter((a) => (a.kind === 'f64' || a.kind === 'list') && a.len >= 1);
    const targets = ctx.scalars.filter((v) => v.mutable && !v.int && !v.name.includes('.'));
    if (sources.length === 0 || targets.length === 0) return undefined;
    this.use('sorting');
    const a = r.pick(sources);
    const s = r.pick(targets).name;
    const how = r.pick(['slice', 'spread', 'arrayFrom', 'from', 'toSorted'] as const);
    const typed = how === 'from' || ((how === 'slice' || how === 'toSorted') && a.kind === 'f64');
    const order = typed && r.chance(0.3) ? 0 : r.pick([1, -1] as const);
    const name = `srt${this.sorts++}`;
    const init: ArrInit = { k: 'sorted', arr: a.name, how, order, ...(r.chance(0.25) ? { block: true } : {}), ...(how !== 'toSorted' && r.chance(0.3) ? { inPlace: true } : {}) };
    const kind: ArrKind = typed ? 'f64' : 'list';
    const k = lit(r.short(0.25, 1));
    const read: Stmt[] = [];
    if (r.chance(0.5)) {
      read.push({ k: 'assign', name: s, op: '+=', e: bin('*', k, { k: 'elem', arr: name, idx: lit(r.int(0, a.len - 1)) }) });
    } else {
      const j = `srtj${this.sorts - 1}`;
      const term = bin('*', bin('*', k, bin('+', ref(j), lit(1))), { k: 'elem', arr: name, idx: ref(j) });
      read.push({ k: 'for', v: j, from: 0, to: { k: 'len', arr: name }, step: 1, body: [{ k: 'assign', name: s, op: '+=', e: term }] });
    }
    return [{ k: 'arrdecl', kw: 'const', name, kind, init }, ...read];
  }

  /**
   * The nestedArrays feature, before a statement at a tested function's top level (its own stream
   * and names, nothing added to the scope): a number in scope updated from the array of rows `ms`
   * (rows of 1–4 numbers), read by index (`ms[i][j]`, `ms.length`, `ms[i].length`), by for … of
   * over the rows and a row's numbers, by entries(), or through a row bound to a name
   * (`const row0 = ms[ms.length - 1]`).
   */
  private rowStmts(ctx: Ctx): Stmt[] | undefined {
    const p = ctx.f.params.find((q) => q.ty === 'rows');
    if (!p || ctx.loops.length > 0 || ctx.inSwitch || !this.nested.chance(0.3)) return undefined;
    const r = this.nested;
    const sources = ctx.scalars.filter((v) => !v.int);
    const targets = ctx.scalars.filter((v) => v.mutable && !v.int && !v.name.includes('.'));
    if (sources.length === 0 || targets.length === 0) return undefined;
    this.use('nestedArrays');
    const x = ref(r.pick(sources).name);
    const s = r.pick(targets).name;
    const k = this.nestedNames++;
    const c = () => lit(r.short(0.25, 1));
    // (each term bounded: the loops add a few of them)
    const term = (v: Expr): Expr => bin('*', c(), { k: 'math', fn: r.pick(['tanh', 'sin', 'atan']), args: [bin('*', v, x)] });
    const add = (e: Expr): Stmt => ({ k: 'assign', name: s, op: '+=', e });
    const [i, j, row, v] = [`ri${k}`, `rj${k}`, `row${k}`, `rv${k}`];
    const elem = (a: string, idx: Expr): Expr => ({ k: 'elem', arr: a, idx });
    switch (r.int(0, 3)) {
      case 0: return [{ k: 'for', v: i, from: 0, to: { k: 'len', arr: p.name }, step: 1, body: [
        { k: 'for', v: j, from: 0, to: { k: 'rlen', arr: p.name, row: ref(i) }, step: 1, body: [add(term({ k: 'relem', arr: p.name, row: ref(i), idx: ref(j) }))] },
      ] }];
      case 1: return [{ k: 'forof', v: row, arr: p.name, body: [
        add(term(elem(row, lit(0)))),
        { k: 'forof', v, arr: row, body: [add(bin('*', c(), bin('*', ref(v), ref(v))))] },
      ] }];
      case 2: return [{ k: 'forof', v: row, arr: p.name, entries: i, body: [
        add(bin('*', bin('+', ref(i), lit(1)), term(elem(row, bin('-', { k: 'len', arr: row }, lit(1)))))),
      ] }];
      default: return [
        { k: 'arrdecl', kw: 'const', name: row, kind: 'f64', init: { k: 'row', arr: p.name, last: r.chance(0.5) } },
        add(bin('*', term(elem(row, lit(0))), { k: 'len', arr: row })),
      ];
    }
  }

  /**
   * More forms of the moduleScratch feature (fuzz60), once a group's functions are made (its own
   * stream and names, only in tested functions that no function calls and that neither use the
   * module's buffer nor call a function that does, so that every other program of a seed stays as
   * it was): before one of the function's top-level statements, a block that fills the buffer and
   * reads it into an accumulator `scra0`, the function then returning its value plus k·scra0 (see
   * scratchBlock). Kept where the function, at its inputs, still stays in its domain and throws
   * where it threw; a block that tsgrad refuses by design (TSG1008: it may read what an earlier
   * call left, or what a function it calls writes) marks the function to be refused.
   */
  private scratchForms(modules: Module[], targets: Target[]): void {
    const r = this.scratcher;
    const called = JSON.stringify(modules.map((m) => [m.fns.map((f) => f.body), (m.classes ?? []).map((c) => c.methods.map((f) => f.body)),
      (m.orderClasses ?? []).map((c) => [...c.methods, ...c.statics].map((f) => f.body))]));
    for (const t of targets) {
      if (!r.chance(0.35)) continue;
      const m = modules.find((x) => x.name === t.module)!;
      const c = m.consts.find((x) => x.scratch);
      const f = m.fns.find((g) => g.name === t.fn)!;
      const ret = f.body[f.body.length - 1];
      if (!c || f.registered || f.refuse || called.includes(`"fn":"${f.name}"`) || ret?.k !== 'return' || !ret.e) continue;
      if (scratchReach(m, f, c.name)) continue;
      const outcome = (): string[] => t.inputs.map((x) => {
        try {
          const v = this.interp.run(m.name, f.name, x, true);
          return Number.isFinite(v.value) && Math.abs(v.value) <= 1e6 && v.grad.every((g) => Number.isFinite(g) && Math.abs(g) <= 1e8) ? 'ok' : 'out of range';
        } catch (e) {
          return e instanceof ProgramThrow ? 'throw' : 'invalid';
        }
      });
      const before = outcome();
      const pos = r.int(0, f.body.length - 1);
      const made = this.scratchBlock(m, f, c.name, (c.v as number[]).length);
      const saved = { body: f.body, features: f.features, fns: m.fns.length };
      f.body = [...f.body.slice(0, pos), ...made.stmts, ...f.body.slice(pos, -1), { k: 'return', e: bin('+', ret.e, bin('*', lit(r.short(0.25, 1)), ref(made.acc))) }];
      m.fns.push(...made.helpers);
      f.features = [...new Set([...f.features, 'moduleScratch'])].sort();
      const after = outcome();
      if (after.some((o, i) => o !== before[i] || o === 'out of range' || o === 'invalid')) {
        f.body = saved.body;
        f.features = saved.features;
        m.fns.length = saved.fns;
      } else if (made.refuse) {
        f.refuse = 'TSG1008';
        f.refuseWhy = made.refuse;
      }
    }
  }

  /**
   * The statements scratchForms adds, drawn from the feature's own stream: an accumulator
   * `let scra0 = 0`, then one of the forms (a fill is `S.fill(e)`, `S[k] = e` for every index
   * k in some order, or a counted loop over `S.length` or its length storing `S[i] = e + c·i`;
   * a read is `scra0 += c·S[k]` or `scra0 += S[k]·S[k']`):
   * - supported: a fill, then reads; a fill and reads in each branch of an if; a fill and reads
   *   in a counted loop's body; a fill, then `scra0 += scrh0(S, e)` (a helper writing and reading
   *   its parameter), then reads; a fill, then `for (const v of S) scra0 += c·v`;
   * - refused by design (`refuse`: why): a read before the fill (the value an earlier call left);
   *   a fill of some indices, then a read of one it did not write, then the others; a fill only inside an if, then
   *   a read after it; a fill, then a call of `scrg0(e)`, a function of the module that fills the
   *   buffer too, then reads (reading what scrg0 wrote).
   */
  private scratchBlock(m: Module, f: Fn, S: string, len: number): { stmts: Stmt[]; acc: string; helpers: Fn[]; refuse?: string } {
    const r = this.scratcher;
    const main = this.rng;
    const n = this.n;
    this.rng = r;
    this.n = 1000;
    try {
      const ctx = this.newCtx(f, m, [], 99);
      for (const a of ctx.arrays) a.writable = false;
      for (const s of ctx.scalars) s.mutable = false;
      const k = this.scratchNames++;
      const acc = `scra${k}`;
      const helpers: Fn[] = [];
      const E = (): Expr => this.expr(ctx, 2);
      const el = (q: number): Expr => ({ k: 'elem', arr: S, idx: lit(q) });
      const read = (): Stmt => ({
        k: 'assign', name: acc, op: '+=',
        e: r.chance(0.5) ? bin('*', lit(r.short(-1, 1)), el(r.int(0, len - 1))) : bin('*', el(r.int(0, len - 1)), el(r.int(0, len - 1))),
      });
      const reads = (): Stmt[] => Array.from({ length: r.int(1, 2) }, read);
      const loopFill = (): Stmt => {
        const i = `scri${this.scratchNames++}`;
        const e = bin('+', E(), bin('*', lit(r.short(0.25, 1)), ref(i)));
        return { k: 'for', v: i, from: 0, to: r.chance(0.5) ? { k: 'len', arr: S } : lit(len), step: 1, body: [{ k: 'store', arr: S, idx: ref(i), op: '=', e }] };
      };
      const stores = (idx: number[]): Stmt[] => idx.map((q) => ({ k: 'store', arr: S, idx: lit(q), op: '=', e: E() }) as Stmt);
      const shuffled = (): number[] => {
        const xs = Array.from({ length: len }, (_, q) => q);
        for (let q = len - 1; q > 0; q--) { const j = r.int(0, q); [xs[q], xs[j]] = [xs[j]!, xs[q]!]; }
        return xs;
      };
      const fill = (): Stmt[] => {
        const how = r.weighted({ loop: 1, fill: 1, indices: 1 });
        if (how === 'loop') return [loopFill()];
        if (how === 'fill') return [{ k: 'fillstmt', arr: S, v: 0, e: E() }];
        return stores(shuffled());
      };
      const out: Stmt[] = [{ k: 'decl', kw: 'let', name: acc, init: lit(0) }];
      const form = r.weighted({ plain: 1.5, branches: 1, inLoop: 1, helper: 1, forof: 1, readFirst: 0.5, partial: 0.5, ifOnly: 0.5, shared: 0.5 });
      let refuse: string | undefined;
      switch (form) {
        case 'plain': out.push(...fill(), ...reads()); break;
        case 'branches': out.push({ k: 'if', c: this.cond(ctx, 2), then: [...fill(), ...reads()], else: [...fill(), ...reads()] }); break;
        case 'inLoop': {
          const j = `scrj${this.scratchNames++}`;
          ctx.scalars.push({ name: j, mutable: false, int: true, max: 2 });
          out.push({ k: 'for', v: j, from: 0, to: lit(r.int(2, 3)), step: 1, body: [...fill(), ...reads()] });
          ctx.scalars.pop();
          break;
        }
        case 'helper': {
          const h: Fn = {
            name: `scrh${this.scratchNames++}`, params: [{ name: 'a', ty: 'f64', len }, { name: 'p', ty: 'num' }], ret: 'num', exported: false, features: ['moduleScratch'],
            body: [
              ...shuffled().slice(0, r.int(1, len)).map((q) => ({ k: 'store', arr: 'a', idx: lit(q), op: r.pick(['=', '+='] as const), e: bin('*', lit(r.short(0.25, 1)), ref('p')) }) as Stmt),
              { k: 'return', e: bin('+', bin('*', lit(r.short(0.25, 1)), { k: 'elem', arr: 'a', idx: lit(0) }), { k: 'elem', arr: 'a', idx: lit(len - 1) }) },
            ],
          };
          writesOf.set(h, new Set([0]));
          helpers.push(h);
          out.push(...fill(), { k: 'assign', name: acc, op: '+=', e: { k: 'call', fn: h.name, args: [{ k: 'arr', name: S }, E()] } }, ...reads());
          break;
        }
        case 'forof': {
          const v = `scrv${this.scratchNames++}`;
          out.push(...fill(), { k: 'forof', v, arr: S, body: [{ k: 'assign', name: acc, op: '+=', e: bin('*', lit(r.short(-1, 1)), ref(v)) }] });
          if (r.chance(0.5)) out.push(...reads());
          break;
        }
        case 'readFirst':
          out.push(read(), ...fill(), ...reads());
          refuse = 'a read before the fill: what an earlier call left';
          break;
        case 'partial': {
          if (len < 2) return this.scratchBlockPlain(out, fill(), reads(), acc, helpers);
          // (the rest written after the read: what the read sees is what the last call wrote there)
          const idx = shuffled();
          const some = idx.slice(0, r.int(1, len - 1));
          out.push(...stores(some), { k: 'assign', name: acc, op: '+=', e: bin('*', lit(r.short(0.25, 1)), el(idx[len - 1]!)) }, ...stores(idx.slice(some.length)), ...reads());
          refuse = `a fill of ${some.length} of its ${len} elements, then a read of one it did not write (written after)`;
          break;
        }
        case 'ifOnly':
          out.push({ k: 'if', c: this.cond(ctx, 2), then: fill() }, ...reads());
          refuse = 'a fill only inside an if, then a read after it';
          break;
        case 'shared': {
          const i = `scri${this.scratchNames++}`;
          const g: Fn = {
            name: `scrg${this.scratchNames++}`, params: [{ name: 'p', ty: 'num' }], ret: 'num', exported: false, features: ['moduleScratch'],
            body: [
              { k: 'for', v: i, from: 0, to: lit(len), step: 1, body: [{ k: 'store', arr: S, idx: ref(i), op: '=', e: bin('+', bin('*', lit(r.short(0.25, 1)), ref('p')), bin('*', lit(r.short(0.25, 1)), ref(i))) }] },
              { k: 'return', e: bin('*', lit(r.short(0.25, 1)), { k: 'elem', arr: S, idx: lit(0) }) },
            ],
          };
          helpers.push(g);
          out.push(...fill(), { k: 'assign', name: acc, op: '+=', e: { k: 'call', fn: g.name, args: [E()] } }, ...reads());
          refuse = `a fill, then a call of ${g.name}, which fills it too, then reads`;
          break;
        }
      }
      return { stmts: out, acc, helpers, refuse };
    } finally {
      this.rng = main;
      this.n = n;
    }
  }

  private scratchBlockPlain(out: Stmt[], fill: Stmt[], reads: Stmt[], acc: string, helpers: Fn[]): { stmts: Stmt[]; acc: string; helpers: Fn[] } {
    out.push(...fill, ...reads);
    return { stmts: out, acc, helpers };
  }

  /**
   * The localRows feature, once a group's functions are made (its own stream and names, and
   * only in tested functions that no function calls, so that every other program of a seed
   * stays as it was): before one of the function's top-level statements, a local array of rows
   * `lrm0` made by rows written out (ragged, typed or inferred), `Array.from({ length: r }, () =>
   * new Array(c).fill(v))` or `new Float64Array(c)`, rows pushed (written out, or in a loop), or
   * rebound each step to a new array of rows (`lrm0 = lrn0`); written element by element
   * (`lrm0[i][j] op= …` over its lengths, `lrm0[i][j]++`), through a row named (`const lrr0 =
   * lrm0[1]`) or by a helper given a row; read into `lra0` by index, by for … of over its rows and
   * a row's numbers, by a helper given a row, and through its lengths; the function then returns
   * its value plus k·lra0. Kept where the function, at its inputs, still stays in its domain and
   * throws where it threw.
   */
  private localRows(modules: Module[], targets: Target[]): void {
    const r = this.rowLocal;
    const called = JSON.stringify(modules.map((m) => [m.fns.map((f) => f.body), (m.classes ?? []).map((c) => c.methods.map((f) => f.body))]));
    for (const t of targets) {
      if (!r.chance(0.25)) continue;
      const m = modules.find((x) => x.name === t.module)!;
      const f = m.fns.find((g) => g.name === t.fn)!;
      const ret = f.body[f.body.length - 1];
      if (f.registered || called.includes(`"fn":"${f.name}"`) || ret?.k !== 'return' || !ret.e) continue;
      const outcome = (): string[] => t.inputs.map((x) => {
        try {
          const v = this.interp.run(m.name, f.name, x, true);
          return Number.isFinite(v.value) && Math.abs(v.value) <= 1e6 && v.grad.every((g) => Number.isFinite(g) && Math.abs(g) <= 1e8) ? 'ok' : 'out of range';
        } catch (e) {
          return e instanceof ProgramThrow ? 'throw' : 'invalid';
        }
      });
      const before = outcome();
      const pos = r.int(0, f.body.length - 1);
      const made = this.rowsBlock(f, pos);
      if (!made) continue;
      const saved = { body: f.body, features: f.features, fns: m.fns.length };
      f.body = [...f.body.slice(0, pos), ...made.stmts, ...f.body.slice(pos, -1), { k: 'return', e: bin('+', ret.e, bin('*', lit(r.short(0.25, 1)), ref(made.acc))) }];
      m.fns.push(...made.helpers);
      f.features = [...new Set([...f.features, 'localRows'])].sort();
      const after = outcome();
      if (after.some((o, i) => o !== before[i] || o === 'out of range' || o === 'invalid')) {
        f.body = saved.body;
        f.features = saved.features;
        m.fns.length = saved.fns;
      }
    }
  }

  /**
   * The classOrder feature, once a group's functions are made (its own stream and names, only in
   * tested functions that no function calls, so that every other program of a seed stays as it
   * was): before one of the function's top-level statements, classes of the module made and read
   * where the order JavaScript runs a constructor in, reads a getter or a default parameter, or
   * writes through a setter decides the numbers (see orderBlock); the function then returns its
   * value plus k·coa0. Kept where the function, at its inputs, still stays in its domain and
   * throws where it threw; a block that reads a field before its constructor assigns it (which
   * tsgrad refuses by design, TSG1002) is kept as it is, the function marked to be refused.
   */
  private classOrder(modules: Module[], targets: Target[]): void {
    const r = this.orderer;
    const called = JSON.stringify(modules.map((m) => [m.fns.map((f) => f.body), (m.classes ?? []).map((c) => c.methods.map((f) => f.body))]));
    for (const t of targets) {
      if (!r.chance(0.25)) continue;
      const m = modules.find((x) => x.name === t.module)!;
      const f = m.fns.find((g) => g.name === t.fn)!;
      const ret = f.body[f.body.length - 1];
      if (f.registered || called.includes(`"fn":"${f.name}"`) || ret?.k !== 'return' || !ret.e) continue;
      const outcome = (): string[] => t.inputs.map((x) => {
        try {
          const v = this.interp.run(m.name, f.name, x, true);
          return Number.isFinite(v.value) && Math.abs(v.value) <= 1e6 && v.grad.every((g) => Number.isFinite(g) && Math.abs(g) <= 1e8) ? 'ok' : 'out of range';
        } catch (e) {
          return e instanceof ProgramThrow ? 'throw' : 'invalid';
        }
      });
      const before = outcome();
      const pos = r.int(0, f.body.length - 1);
      const made = this.orderBlock(f, pos);
      if (!made) continue;
      const saved = { body: f.body, features: f.features, classes: m.orderClasses?.length ?? 0 };
      f.body = [...f.body.slice(0, pos), ...made.stmts, ...f.body.slice(pos, -1), { k: 'return', e: bin('+', ret.e, bin('*', lit(r.short(0.25, 1)), ref(made.acc))) }];
      (m.orderClasses ??= []).push(...made.classes);
      f.features = [...new Set([...f.features, 'classOrder'])].sort();
      if (made.refuse) {
        f.refuse = made.refuse;
        continue;
      }
      const after = outcome();
      if (after.some((o, i) => o !== before[i] || o === 'out of range' || o === 'invalid')) {
        f.body = saved.body;
        f.features = saved.features;
        m.orderClasses!.length = saved.classes;
      }
    }
  }

  /**
   * The classOrder feature's statements before `f.body[pos]` (see classOrder): its classes, its
   * accumulator `coa0`, and the diagnostic tsgrad must refuse it with, if it reads a field before
   * its constructor assigns it. The forms (the harness compiles with target ES2022 and class fields
   * as ES2022 defines them: field initialisers run before the parameter properties are assigned,
   * so an initialiser here reads only constants and earlier fields):
   * - `fields`: `readonly c0 = 0.75; readonly c1 = this.c0 * 2 + 0.5; readonly area: number;`,
   *   `constructor(readonly w, readonly h) { this.area = this.w * h + this.c1; }`, getters reading
   *   fields and other getters (`get rat() { return this.per / (1 + this.area * this.area); }`),
   *   made by `new`, or by a static factory (`static of(a, b) { return new this(a, b); }`, or `new Co0(…)`);
   * - `default`: a method whose default parameter reads `this` (`force(p, scale: number = this.k)`),
   *   called with it left out from a method of another class that has a field of the same name;
   * - `inherit`: a base class with an initialised field and a field its body assigns, and a class
   *   extending it whose constructor passes computed arguments to `super(…)`, whose initialisers
   *   read the base's fields, and whose body assigns its own from its parameter property;
   * - `setter`: `ck.g op= ck.twist(d)`: the getter read, then the method (which changes `ck.a`),
   *   then the setter called with the result;
   * - `refused` (now and then): a field read before it is assigned, `readonly area = this.calc()`
   *   or `= this.size * 0.5`, where calc or the getter size reads the parameter properties.
   */
  private orderBlock(f: Fn, pos: number): { stmts: Stmt[]; acc: string; classes: OrderClass[]; refuse?: string } | undefined {
    const r = this.orderer;
    const sources: Expr[] = [
      ...f.params.filter((p) => p.ty === 'num').map((p) => ref(p.name)),
      ...(f.factory ? [ref(f.factory.param)] : []),
      ...f.body.slice(0, pos).flatMap((s) => (s.k === 'decl' && s.init && !s.bool ? [ref(s.name)] : [])),
      ...f.params.filter((p) => (p.ty === 'f64' || p.ty === 'list') && p.len! >= 1).map((p): Expr => ({ k: 'elem', arr: p.name, idx: lit(r.int(0, p.len! - 1)) })),
    ];
    if (sources.length === 0) return undefined;
    // (an argument: a number in scope, bounded, so that the products below stay in range)
    const arg = (): Expr => {
      const x = r.pick(sources);
      return r.chance(0.4) ? x : bin('*', lit(r.short(0.5, 1.5)), { k: 'math', fn: r.pick(['tanh', 'sin', 'atan']), args: [x] });
    };
    const c = (): Expr => lit(r.short(0.25, 1.25));
    const k = this.orderNames++;
    const acc = `coa${k}`;
    const me = (name: string): Expr => ref(`this.${name}`);
    const self = (cls: string, fields: string[]): Param => ({ name: 'this', ty: 'obj', fields, cls });
    const method = (name: string, params: Param[], body: Stmt[], ret: Fn['ret'] = 'num', retCls?: string): Fn =>
      ({ name, params, ret, ...(retCls ? { retFields: [], retCls } : {}), body, exported: false, features: ['classOrder'] });
    const out: Stmt[] = [{ k: 'decl', kw: 'let', name: acc, init: lit(0) }];
    const add = (e: Expr): void => { out.push({ k: 'assign', name: acc, op: '+=', e }); };
    const v = `cov${k}`;
    const form = r.weighted({ fields: 3, default: 2, inherit: 2, setter: 2, refused: 0.8 });
    if (form === 'fields') {
      const name = `Co${k}`;
      const [w, h] = ['w', 'h'];
      const fields: OrderClass['fields'] = [{ name: 'c0', init: c() }, { name: 'c1', init: bin('+', bin('*', me('c0'), c()), c()) }, { name: 'area' }];
      if (r.chance(0.5)) fields.push({ name: 'c2', init: bin('-', bin('*', me('c1'), me('c0')), c()) });
      const pick = (): Expr => r.pick([me(w), me(h), ref(w), ref(h)]);
      const inits = fields.filter((x) => x.init).map((x) => me(x.name));
      const cls: OrderClass = {
        name, params: [{ name: w, prop: true }, { name: h, prop: true }], fields,
        body: [{ name: 'area', e: bin('+', bin('*', pick(), pick()), bin('*', c(), r.pick(inits))) }],
        getters: [
          { name: 'per', e: bin('+', bin('*', lit(2), bin('+', me(w), me(h))), r.pick(inits)) },
          { name: 'rat', e: bin('/', me('per'), bin('+', lit(1), bin('*', me('area'), me('area')))) },
        ],
        setters: [], methods: [], statics: [],
      };
      const how = r.weighted({ new: 1, self: 1, named: 1 });
      const made = [arg(), arg()];
      let init: Expr = { k: 'new', cls: name, args: made };
      if (how !== 'new') {
        const ps: Param[] = [{ name: 'a', ty: 'num' }, { name: 'b', ty: 'num' }];
        const args = how === 'self' ? [ref('a'), ref('b')] : [bin('*', ref('a'), c()), ref('b')];
        cls.statics.push(method('of', ps, [{ k: 'return', e: { k: 'new', cls: name, args, ...(how === 'self' ? { self: true } : {}) } }], 'obj', name));
        init = { k: 'scall', cls: name, method: 'of', args: made };
      }
      out.push({ k: 'objdecl', kw: 'const', name: v, fields: [], init });
      const reads = [ref(`${v}.rat`), ref(`${v}.area`), ref(`${v}.c1`), ref(`${v}.per`), ...(fields.length > 3 ? [ref(`${v}.c2`)] : [])];
      add(bin('+', bin('*', c(), r.pick(reads)), bin('*', c(), bin('*', r.pick(reads), ref(`${v}.${r.pick([w, h])}`)))));
      if (r.chance(0.5)) add(bin('*', c(), ref(`${v}.rat`)));
      return { stmts: out, acc, classes: [cls] };
    }
    if (form === 'default') {
      // (the spring's field and the rig's share a name: the default reads the spring's)
      const x = r.pick(['k', 'g', 'q']);
      const [spring, rig] = [`Cs${k}`, `Cr${k}`];
      const force = method('force', [self(spring, [x]), { name: 'p', ty: 'num' }, { name: 'scale', ty: 'num', dfltExpr: me(x) }],
        [{ k: 'return', e: bin('+', bin('*', { k: 'un', op: '-', e: ref('scale') }, ref('p')), c()) }]);
      const s: OrderClass = { name: spring, params: [{ name: x, prop: true }], fields: [], body: [], getters: [], setters: [], methods: [force], statics: [] };
      const call = (args: Expr[]): Expr => ({ k: 'mcall', obj: 's', method: 'force', args });
      const pull = method('pull', [self(rig, [x, 'x']), { name: 's', ty: 'obj', fields: [x], cls: spring }],
        [{ k: 'return', e: bin('+', call([me('x')]), bin('*', c(), call([bin('*', me('x'), c()), me(x)]))) }]);
      const rg: OrderClass = { name: rig, params: [{ name: x, prop: true }, { name: 'x', prop: true }], fields: [], body: [], getters: [], setters: [], methods: [pull], statics: [] };
      const [sv, rv] = [`cos${k}`, `cor${k}`];
      out.push({ k: 'objdecl', kw: 'const', name: sv, fields: [], init: { k: 'new', cls: spring, args: [arg()] } });
      out.push({ k: 'objdecl', kw: 'const', name: rv, fields: [], init: { k: 'new', cls: rig, args: [arg(), arg()] } });
      add({ k: 'mcall', obj: rv, method: 'pull', args: [{ k: 'objref', name: sv }] });
      if (r.chance(0.5)) add(bin('*', c(), { k: 'mcall', obj: sv, method: 'force', args: [arg()] }));
      return { stmts: out, acc, classes: [s, rg] };
    }
    if (form === 'inherit') {
      const [base, derived] = [`Cb${k}`, `Cd${k}`];
      const b: OrderClass = {
        name: base, params: [{ name: 'w', prop: true }, { name: 'h', prop: true }],
        fields: [{ name: 'u', init: c() }, { name: 'area' }],
        body: [{ name: 'area', e: bin('+', bin('*', me('w'), r.pick([me('h'), ref('h')])), me('u')) }],
        getters: r.chance(0.5) ? [{ name: 'tot', e: bin('+', me('area'), bin('*', c(), me('u'))) }] : [], setters: [], methods: [], statics: [],
      };
      const d: OrderClass = {
        name: derived, base, params: [{ name: 'a' }, { name: 'b' }, { name: 'e', prop: true }],
        superArgs: [bin('+', bin('*', ref('a'), c()), ref('b')), { k: 'math', fn: r.pick(['sin', 'tanh', 'cos']), args: [ref('b')] }],
        fields: [{ name: 'z', init: bin('+', bin('*', me('area'), c()), me('w')) }, { name: 'q' }],
        body: [{ name: 'q', e: bin('+', bin('*', me('e'), me('z')), r.pick([ref('a'), me('h'), ref('e')])) }],
        getters: [], setters: [], methods: [], statics: [],
      };
      out.push({ k: 'objdecl', kw: 'const', name: v, fields: [], init: { k: 'new', cls: derived, args: [arg(), arg(), arg()] } });
      const reads = [ref(`${v}.q`), ref(`${v}.z`), ref(`${v}.area`), ref(`${v}.h`), ...(b.getters.length ? [ref(`${v}.tot`)] : [])];
      add(bin('+', r.pick(reads), bin('*', c(), r.pick(reads))));
      return { stmts: out, acc, classes: [b, d] };
    }
    if (form === 'setter') {
      const name = `Ck${k}`;
      const twist = method('twist', [self(name, ['a', 'b']), { name: 'd', ty: 'num' }], [
        { k: 'assign', name: 'this.a', op: '+=', e: bin('*', ref('d'), c()) },
        { k: 'return', e: bin('*', me('a'), c()) },
      ]);
      const cls: OrderClass = {
        name, params: [{ name: 'a' }, { name: 'b' }], fields: [{ name: 'a', mutable: true }, { name: 'b', mutable: true }],
        body: [{ name: 'a', e: ref('a') }, { name: 'b', e: ref('b') }],
        getters: [{ name: 'g', e: bin('+', bin('*', me('a'), me('b')), c()) }],
        setters: [{ name: 'g', body: [{ k: 'assign', name: 'this.b', op: '=', e: bin('/', ref('v'), bin('+', lit(1), bin('*', me('a'), me('a')))) }] }],
        methods: [twist], statics: [],
      };
      out.push({ k: 'objdecl', kw: 'const', name: v, fields: [], init: { k: 'new', cls: name, args: [arg(), arg()] } });
      out.push({ k: 'assign', name: `${v}.g`, op: r.pick(['+=', '-=', '*='] as const), e: { k: 'mcall', obj: v, method: 'twist', args: [arg()] } });
      add(bin('+', ref(`${v}.g`), bin('*', c(), ref(`${v}.a`))));
      return { stmts: out, acc, classes: [cls] };
    }
    // refused by design: a field read before its constructor assigns it, in forms tsc --strict
    // accepts (it says TS2729 for `area = this.w * this.h`, and TS2565 for `this.m = this.n * 2`
    // before `this.n = x`): an initialiser calling a method, or reading a getter, that reads
    // the parameter properties
    const name = `Cz${k}`;
    const size: Expr = bin('+', bin('*', me('w'), me('h')), c());
    const viaGetter = r.chance(0.5);
    const cls: OrderClass = {
      name, params: [{ name: 'w', prop: true }, { name: 'h', prop: true }],
      fields: [{ name: 'area', init: bin('*', viaGetter ? me('size') : { k: 'mcall', obj: 'this', method: 'calc', args: [] }, c()) }],
      body: [], getters: viaGetter ? [{ name: 'size', e: size }] : [], setters: [],
      methods: viaGetter ? [] : [method('calc', [self(name, ['w', 'h', 'area'])], [{ k: 'return', e: size }])], statics: [],
    };
    out.push({ k: 'objdecl', kw: 'const', name: v, fields: [], init: { k: 'new', cls: name, args: [arg(), arg()] } });
    add(ref(`${v}.area`));
    return { stmts: out, acc, classes: [cls], refuse: 'TSG1002' };
  }

  /** The localRows feature's statements (see localRows) before `f.body[pos]`, its accumulator and its helpers. */
  private rowsBlock(f: Fn, pos: number): { stmts: Stmt[]; acc: string; helpers: Fn[] } | undefined {
    const r = this.rowLocal;
    // (the numbers in scope there: number parameters, numbers declared before at the top level, an array parameter's elements)
    const sources: Expr[] = [
      ...f.params.filter((p) => p.ty === 'num').map((p) => ref(p.name)),
      ...(f.factory ? [ref(f.factory.param)] : []),
      ...f.body.slice(0, pos).flatMap((s) => (s.k === 'decl' && s.init && !s.bool ? [ref(s.name)] : [])),
      ...f.params.filter((p) => (p.ty === 'f64' || p.ty === 'list') && p.len! >= 1).map((p): Expr => ({ k: 'elem', arr: p.name, idx: lit(r.int(0, p.len! - 1)) })),
    ];
    if (sources.length === 0) return undefined;
    const x = r.pick(sources);
    const k = this.rowLocals++;
    const [M, i, j, row, v, acc, next, step, pushed] = [`lrm${k}`, `lri${k}`, `lrj${k}`, `lrr${k}`, `lrv${k}`, `lra${k}`, `lrn${k}`, `lrt${k}`, `lrp${k}`];
    const c = (): Expr => lit(r.short(0.25, 1));
    // (each term bounded: the loops add a few of them)
    const term = (e: Expr): Expr => bin('*', c(), { k: 'math', fn: r.pick(['tanh', 'sin', 'atan']), args: [bin('*', e, x)] });
    const value = (): Expr => (r.chance(0.3) ? lit(r.short(-1, 1)) : term(lit(r.short(-1.5, 1.5))));
    const written = (w: number): Expr[] => Array.from({ length: w }, value);
    const elem = (a: Expr, b: Expr): Expr => ({ k: 'relem', arr: M, row: a, idx: b });
    const overAll = (body: (a: Expr, b: Expr) => Stmt[], over = M): Stmt => ({ k: 'for', v: i, from: 0, to: { k: 'len', arr: over }, step: 1, body: [
      { k: 'for', v: j, from: 0, to: { k: 'rlen', arr: over, row: ref(i) }, step: 1, body: body(ref(i), ref(j)) },
    ] });
    const add = (e: Expr): Stmt => ({ k: 'assign', name: acc, op: '+=', e });
    const out: Stmt[] = [{ k: 'decl', kw: 'let', name: acc, init: lit(0) }];
    const helpers: Fn[] = [];
    // how it is made, and its row lengths
    let widths: number[];
    let f64 = false;
    const form = r.int(0, 4);
    if (form === 0) {
      widths = Array.from({ length: r.int(1, 3) }, () => r.int(1, 3));
      out.push({ k: 'rowsdecl', kw: 'const', name: M, rows: { k: 'rlit', rows: widths.map(written), typed: r.chance(0.6) } });
    } else if (form === 1 || form === 2) {
      const [count, width] = [r.int(1, 3), r.int(1, 3)];
      widths = new Array<number>(count).fill(width);
      f64 = form === 2;
      out.push({ k: 'rowsdecl', kw: 'const', name: M, rows: { k: 'rfrom', count, width, v: f64 ? 0 : r.short(-1, 1), ...(f64 ? { f64 } : {}) } });
    } else if (form === 3) {
      widths = Array.from({ length: r.int(0, 2) }, () => r.int(1, 3));
      out.push({ k: 'rowsdecl', kw: 'const', name: M, rows: { k: 'rempty' } });
      for (const w of widths) out.push({ k: 'rowpush', arr: M, row: { k: 'relems', elems: written(w) } });
      if (widths.length === 0 || r.chance(0.6)) {
        const [count, width] = [r.int(1, 3), r.int(1, 3)];
        out.push({ k: 'for', v: pushed, from: 0, to: lit(count), step: 1, body: [{ k: 'rowpush', arr: M, row: { k: 'rfill', width, v: r.short(-1, 1) } }] });
        widths.push(...new Array<number>(count).fill(width));
      }
    } else {
      // (P = next: rebound each step to a new array of rows of the same shape, declared in the step's block)
      const [count, width] = [r.int(1, 3), r.int(1, 3)];
      widths = new Array<number>(count).fill(width);
      out.push({ k: 'rowsdecl', kw: 'let', name: M, rows: { k: 'rfrom', count, width, v: r.short(-1, 1) } });
      const made: Stmt[] = r.chance(0.5)
        ? [{ k: 'rowsdecl', kw: 'const', name: next, rows: { k: 'rfrom', count, width, v: 0 } }]
        : [{ k: 'rowsdecl', kw: 'const', name: next, rows: { k: 'rempty' } }, { k: 'for', v: pushed, from: 0, to: lit(count), step: 1, body: [{ k: 'rowpush', arr: next, row: { k: 'rfill', width, v: 0 } }] }];
      const a = lit(r.short(0.25, 0.75));
      out.push({ k: 'for', v: step, from: 0, to: lit(r.int(1, 3)), step: 1, body: [
        ...made,
        overAll((ri, rj) => [{ k: 'rstore', arr: next, row: ri, idx: rj, op: '=', e: bin('+', bin('*', a, elem(ri, rj)), term(bin('+', elem(ri, rj), lit(r.short(-1, 1))))) }], next),
        { k: 'rebind', name: M, from: next },
      ] });
    }
    const kind: ArrKind = f64 ? 'f64' : 'list';
    const at = (): number => r.int(0, widths.length - 1);
    const rowAt = (n: number): Arg => ({ k: 'tmp', kind, init: { k: 'row', arr: M, last: false, at: lit(n) } });
    // written: element by element, through a named row, by a helper, ++
    const writes = r.int(0, 2);
    for (let w = 0; w < writes; w++) {
      switch (r.int(0, 3)) {
        case 0: {
          const op = r.pick(['=', '+=', '-=', '*='] as const);
          out.push(overAll((ri, rj) => [{ k: 'rstore', arr: M, row: ri, idx: rj, op, e: op === '*='
            ? bin('+', lit(r.short(0.5, 1)), bin('*', lit(0.25), { k: 'math', fn: 'sin', args: [x] }))
            : term(op === '=' ? elem(ri, rj) : bin('+', ri, rj)) }]));
          break;
        }
        case 1: {
          const n = at();
          const last = n === widths.length - 1 && r.chance(0.5);
          const name = `${row}w${w}`;
          out.push({ k: 'arrdecl', kw: 'const', name, kind, init: last ? { k: 'row', arr: M, last: true } : { k: 'row', arr: M, last: false, at: lit(n) } });
          if (r.chance(0.5)) out.push({ k: 'store', arr: name, idx: lit(r.int(0, widths[n]! - 1)), op: r.pick(['=', '+='] as const), e: term(lit(r.short(-1, 1))) });
          else out.push({ k: 'for', v: `${j}w${w}`, from: 0, to: { k: 'len', arr: name }, step: 1, body: [
            { k: 'store', arr: name, idx: ref(`${j}w${w}`), op: '+=', e: term(bin('+', ref(`${j}w${w}`), lit(1))) },
          ] });
          break;
        }
        case 2: {
          const h = `lrw${k}`;
          if (!helpers.some((g) => g.name === h)) helpers.push(this.rowsHelper(h, kind, 'write'));
          out.push({ k: 'callstmt', fn: h, args: [rowAt(at()), x] });
          break;
        }
        default: {
          const n = at();
          out.push({ k: 'rincr', arr: M, row: lit(n), idx: lit(r.int(0, widths[n]! - 1)) });
        }
      }
    }
    // read: by index, for … of, a helper given a row (by index or a loop's row), lengths
    const reads = r.int(1, 2);
    for (let w = 0; w < reads; w++) {
      switch (r.int(0, 4)) {
        case 0: out.push(overAll((ri, rj) => [add(term(elem(ri, rj)))])); break;
        case 1: out.push({ k: 'forof', v: `${row}o${w}`, arr: M, body: [
          { k: 'forof', v: `${v}${w}`, arr: `${row}o${w}`, body: [add(bin('*', c(), bin('*', ref(`${v}${w}`), ref(`${v}${w}`))))] },
        ] }); break;
        case 2: case 3: {
          const h = `lrh${k}`;
          if (!helpers.some((g) => g.name === h)) helpers.push(this.rowsHelper(h, r.chance(0.3) ? 'arraylike' : kind, 'read'));
          const loop = r.chance(0.5);
          const call = (a: Arg): Expr => bin('*', c(), { k: 'call', fn: h, args: [a, x] });
          out.push(loop ? { k: 'forof', v: `${row}o${w}`, arr: M, body: [add(call({ k: 'arr', name: `${row}o${w}` }))] } : add(call(rowAt(at()))));
          break;
        }
        default: {
          const n = at();
          out.push(add(bin('+', bin('*', term(elem(lit(n), lit(0))), { k: 'len', arr: M }), bin('*', c(), { k: 'rlen', arr: M, row: lit(n) }))));
        }
      }
    }
    return { stmts: out, acc, helpers };
  }

  /**
   * A helper given a row of a local array of rows (the localRows feature, not exported): `read`
   * returns a bounded sum over it (for … of, or by index where it is an ArrayLike<number>),
   * `write` changes its numbers in place.
   */
  private rowsHelper(name: string, kind: ArrKind, how: 'read' | 'write'): Fn {
    const r = this.rowLocal;
    const c = lit(r.short(0.25, 1));
    const params: Param[] = [{ name: 'r', ty: kind, len: 1 }, { name: 'p', ty: 'num' }];
    const fn = r.pick(['tanh', 'sin', 'atan']);
    if (how === 'write') {
      const e = bin('+', bin('*', lit(r.short(0.5, 1)), { k: 'elem', arr: 'r', idx: ref('j') }), bin('*', c, { k: 'math', fn, args: [bin('*', ref('p'), bin('+', ref('j'), lit(1)))] }));
      return { name, params, ret: 'void', exported: false, features: ['localRows'], body: [
        { k: 'for', v: 'j', from: 0, to: { k: 'len', arr: 'r' }, step: 1, body: [{ k: 'store', arr: 'r', idx: ref('j'), op: '=', e }] },
      ] };
    }
    const loop: Stmt = kind !== 'arraylike' && r.chance(0.5)
      ? { k: 'forof', v: 'v', arr: 'r', body: [{ k: 'assign', name: 's', op: '+=', e: bin('*', c, { k: 'math', fn, args: [bin('*', ref('v'), ref('p'))] }) }] }
      : { k: 'for', v: 'j', from: 0, to: { k: 'len', arr: 'r' }, step: 1, body: [
        { k: 'assign', name: 's', op: '+=', e: bin('*', bin('*', c, bin('+', ref('j'), lit(1))), { k: 'math', fn, args: [bin('+', { k: 'elem', arr: 'r', idx: ref('j') }, ref('p'))] }) },
      ] };
    return { name, params, ret: 'num', exported: false, features: ['localRows'], body: [{ k: 'decl', kw: 'let', name: 's', init: lit(0) }, loop, { k: 'return', e: ref('s') }] };
  }

  /**
   * The sentinels feature, before a statement at a function's top level (drawn from its own
   * stream, with names of its own, no scalar or array added to the scope, so that the statements
   * around stay as they were): soft-DTW's softmin over a cell left at Infinity,
   * `const inf0 = new Array<number>(2).fill(Infinity); inf0[0] = Math.min(inf0[0], e);
   * s += b·(−g·log(exp(−inf0[0] / g) + exp(−inf0[1] / g)))` with g = 0.5 + x·x, which is b·e: its
   * derivative in g is 0, not ∞ · 0 (trial42; f_jvp and f_hvp were NaN, f_grad too where every
   * value reaches the result).
   */
  private sentinelStmts(ctx: Ctx): Stmt[] | undefined {
    if (!this.on('sentinels') || ctx.loops.length > 0 || ctx.inSwitch || !this.sentinel.chance(0.08)) return undefined;
    const r = this.sentinel;
    const sources = ctx.scalars.filter((v) => !v.int);
    const targets = ctx.scalars.filter((v) => v.mutable && !v.int && !v.name.includes('.'));
    if (sources.length === 0 || targets.length === 0) return undefined;
    this.use('sentinels');
    const x = ref(r.pick(sources).name);
    const s = r.pick(targets).name;
    const cells = `inf${this.sentinels++}`;
    const cell = (i: number): Expr => ({ k: 'elem', arr: cells, idx: lit(i) });
    const e = bin('+', lit(r.short(-0.5, 0.5)), bin('*', lit(r.short(0.5, 1)), { k: 'math', fn: 'tanh', args: [x] }));
    const g = bin('+', lit(0.5), bin('*', x, x));
    const term = (i: number): Expr => ({ k: 'math', fn: 'exp', args: [bin('/', { k: 'un', op: '-', e: cell(i) }, g)] });
    const softmin = bin('*', { k: 'un', op: '-', e: g }, { k: 'math', fn: 'log', args: [bin('+', term(0), term(1))] });
    return [
      { k: 'arrdecl', kw: 'const', name: cells, kind: 'list', init: { k: 'fill', len: 2, v: Infinity } },
      { k: 'store', arr: cells, idx: lit(0), op: '=', e: { k: 'math', fn: 'min', args: [cell(0), e] } },
      { k: 'assign', name: s, op: '+=', e: bin('*', lit(r.short(0.25, 0.5)), softmin) },
    ];
  }

  private drawnStmt(ctx: Ctx): Stmt[] {
    // (the objects feature, drawn from the side stream, so that the programs that use none stay as they were)
    if (this.on('objects') && ctx.callables.some((f) => f.ret === 'obj') && this.side.chance(0.15)) return this.objectStmt(ctx);
    if (this.on('classes') && ctx.mod.classes?.length && !methodFns.has(ctx.f) && this.side.chance(0.12)) return this.classStmt(ctx);
    if (this.on('selections') && ctx.depth < 3 && this.side.chance(0.06)) {
      const main = this.rng;
      this.rng = this.side;
      try { return this.selection(ctx); } finally { this.rng = main; }
    }
    const inLoop = ctx.loops.length > 0;
    const deep = ctx.depth >= 3;
    const w: Partial<Record<string, number>> = {
      decl: 3, update: 4, if: deep ? 0 : 1.5, for: deep ? 0 : 1.5,
      const: 1.5,
      forof: !deep && this.on('forof') ? 0.8 : 0,
      while: !deep && this.on('while') ? 0.6 : 0,
      dowhile: !deep && this.on('dowhile') ? 0.4 : 0,
      dataLoop: !deep && this.on('dataLoops') ? 0.4 : 0,
      // not inside a case: tsc narrows the switched integer there (TS2678 on the inner case)
      switch: !deep && !ctx.inSwitch && this.on('switch') && ctx.scalars.some((s) => s.int) ? 0.5 : 0,
      array: this.on('localArrays') || this.on('lists') ? 1 : 0,
      window: this.on('subarrayRead') ? 0.4 : 0,
      jump: inLoop && this.on('breaks') ? 1 : 0,
      ret: ctx.depth > 0 && ctx.f.ret !== 'arr' && ctx.f.ret !== 'obj' && this.on('earlyReturn') && (!ctx.inForOf || this.on('forofExit')) ? 0.6 : 0,
      throw: this.on('throw') ? 0.3 : 0,
      callstmt: this.on('outParams') && ctx.callables.some((f) => f.ret === 'void' && this.callable(f, ctx)) ? 0.8 : 0,
      softmax: this.on('kernels') ? 0.2 : 0,
      destructure: this.on('destructure') ? 0.3 : 0,
      rebind: this.on('rebindAlias') ? 0.5 : 0,
      arrayTernary: this.on('arrayTernary') ? 0.8 : 0,
      copy: this.on('copies') ? 0.5 : 0,
      arrcall: ctx.callables.some((f) => f.ret === 'arr' && this.callable(f, ctx)) ? 1.5 : 0,
      pushFilter: this.on('pushFilter') && this.on('lists') ? 0.35 : 0,
      pairwise: !deep && this.on('pairwise') ? 0.3 : 0,
      scratch: this.on('moduleScratch') && ctx.mod.consts.some((c) => c.scratch) ? 0.5 : 0,
    };
    const k = this.rng.weighted(w);
    switch (k) {
      case 'decl': {
        ctx.budget--;
        const name = this.fresh('s');
        const init = this.expr(ctx, 3);
        const out = this.declare(ctx, name, init);
        ctx.scalars.push({ name, mutable: true, int: false });
        return out;
      }
      case 'const': {
        ctx.budget--;
        const name = this.fresh('c');
        const v = this.on('var') && this.rng.chance(0.1);
        if (v) this.use('var');
        const init = this.expr(ctx, 3);
        // (a copy of a `let x;` whose type tsc infers from its assignments: annotated, or a loop
        // that assigns x from the copy makes tsc --strict call both implicitly any, TS7022;
        // seed 1204113 #2289)
        const s: Stmt = { k: 'decl', kw: v ? 'var' : 'const', name, init, ...(readsAny(init, this.inferred) ? { number: true } : {}) };
        ctx.scalars.push({ name, mutable: false, int: false });
        return [s];
      }
      case 'update': return this.update(ctx);
      case 'if': {
        ctx.budget--;
        this.use('core');
        const c = this.cond(ctx, 2);
        const then = this.block(ctx, this.rng.int(1, 3));
        const s: Stmt = { k: 'if', c, then };
        if (this.rng.chance(0.5)) s.else = this.block(ctx, this.rng.int(1, 2));
        return [s];
      }
      case 'for': return [this.forLoop(ctx)];
      case 'forof': {
        const arrs = ctx.arrays.filter((a) => a.kind !== 'arraylike');
        if (!arrs.length) return this.update(ctx);
        ctx.budget--;
        this.use('forof');
        const a = this.rng.pick(arrs);
        const v = this.fresh('v');
        const label = this.label(ctx);
        const saved = ctx.scalars.length;
        ctx.scalars.push({ name: v, mutable: false, int: false });
        let entries: string | undefined;
        if (this.on('entries') && (a.kind === 'f64' || a.kind === 'list') && this.rng.chance(0.3)) {
          this.use('entries');
          entries = this.fresh('k');
          ctx.scalars.push({ name: entries, mutable: false, int: true, max: a.len - 1 });
        }
        const body = this.block(ctx, this.rng.int(1, 3), { kind: 'forof', label }, true);
        ctx.scalars.length = saved;
        // (as a.forEach((v, i) => { … }): the same loop, where its body cannot tell the difference)
        // (not where the body mentions a `let x;` of the 'inferred' feature: TypeScript cannot type
        // it inside the callback, TS7005/TS7034; tested after the draw, so that the draws stay as they were)
        const each = label === undefined && this.on('callbacks') && ['f64', 'list', 'f32', 'i32'].includes(a.kind) && eachable(body, a.name) && this.rng.chance(0.35) &&
          !mentions(body, this.inferred);
        if (each) this.use('callbacks');
        return [{ k: 'forof', v, arr: a.name, body, label, entries, ...(each ? { each } : {}) }];
      }
      case 'while': case 'dowhile': {
        ctx.budget--;
        this.use(k);
        const j = this.fresh('j');
        const bound = this.rng.int(0, 4);
        const label = this.label(ctx);
        const saved = ctx.scalars.length;
        ctx.scalars.push({ name: j, mutable: false, int: true, max: Math.max(bound, 1) });
        const body: Stmt[] = [{ k: 'incr', name: j, op: '++' }, ...this.block(ctx, this.rng.int(1, 3), { kind: k, label })];
        ctx.scalars.length = saved;
        const c = bin('<', ref(j), lit(bound));
        if (k === 'while' && this.on('whileTrue') && this.rng.chance(0.35)) {
          // while (true) { if (j >= bound) break; j++; …; if (data) break; }: the guard first, so
          // that a continue of the body cannot skip it
          this.use('whileTrue');
          body.unshift({ k: 'if', c: bin('>=', ref(j), lit(bound)), then: [{ k: 'break' }] });
          if (this.rng.chance(0.6)) body.push({ k: 'if', c: this.inLoop(ctx, () => this.cond(ctx, 1)), then: [{ k: 'break' }] });
          return [{ k: 'decl', kw: 'let', name: j, init: lit(0) }, { k, c: { k: 'true' }, body, label }];
        }
        return [{ k: 'decl', kw: 'let', name: j, init: lit(0) }, k === 'while' ? { k, c, body, label } : { k, c, body, label }];
      }
      case 'dataLoop': {
        // while (s < C && j < cap) { j++; s = s + positive }: the trip count follows the data
        const ms = this.mutables(ctx);
        if (!ms.length) return this.update(ctx);
        ctx.budget--;
        this.use('dataLoops');
        const s = this.rng.pick(ms);
        const j = this.fresh('j');
        const cap = this.rng.int(2, 6);
        const step = this.inLoop(ctx, () => bin('+', lit(this.rng.short(0.25, 1)), bin('*', lit(0.5), bin('*', this.expr(ctx, 1), this.expr(ctx, 1)))));
        const body: Stmt[] = [{ k: 'incr', name: j, op: '++' }, { k: 'assign', name: s.name, op: '+=', e: this.math(ctx, 'abs', [step], true) }];
        const c = bin('&&', bin('<', ref(j), lit(cap)), bin('<', ref(s.name), lit(this.rng.short(-1, 3))));
        return [{ k: 'decl', kw: 'let', name: j, init: lit(0) }, { k: 'while', c, body }];
      }
      case 'switch': {
        ctx.budget--;
        this.use('switch');
        const e = this.intExpr(ctx, 3);
        const cases: { v: number | null; body: Stmt[] }[] = [];
        const n = this.rng.int(1, 3);
        ctx.inSwitch = true;
        for (let v = 0; v < n; v++) {
          const body = this.block(ctx, this.rng.int(1, 2));
          if (this.rng.chance(0.75)) body.push({ k: 'break' });
          cases.push({ v, body });
        }
        if (this.rng.chance(0.6)) cases.push({ v: null, body: this.block(ctx, 1) });
        ctx.inSwitch = false;
        return [{ k: 'switch', e, cases }];
      }
      case 'array': return this.localArray(ctx);
      case 'window': {
        const all = ctx.arrays.filter((a) => a.kind === 'f64' && a.len >= 2);
        if (!all.length) return this.update(ctx);
        const locals = all.filter((a) => !a.param && a.writable && !a.name.startsWith('T'));
        const src = this.on('subarrayWrite') && locals.length && this.rng.chance(0.6) ? locals : all;
        ctx.budget--;
        this.use('subarrayRead');
        const a = this.rng.pick(src);
        const from = this.rng.int(0, a.len - 2);
        const to = this.rng.int(from + 1, a.len);
        const name = this.fresh('win');
        // a window of a local array may be written through (subarrayWrite); one of a parameter
        // is only read (its writes would be writes of the parameter)
        const writable = this.on('subarrayWrite') && !a.param && a.writable && !a.name.startsWith('T') && this.rng.chance(0.7);
        ctx.arrays.push({ name, kind: 'f64', len: to - from, rebindable: false, writable, param: a.param, depth: ctx.depth, window: true });
        const out: Stmt[] = [{ k: 'arrdecl', kw: 'const', name, kind: 'f64', init: { k: 'window', arr: a.name, from, to } }];
        if (writable) {
          this.use('subarrayWrite');
          if (this.rng.chance(0.3)) out.push({ k: 'fillstmt', arr: name, v: this.rng.short(-1, 1) });
          else out.push({ k: 'store', arr: name, idx: lit(this.rng.int(0, to - from - 1)), op: this.rng.pick(['=', '+=', '*='] as const), e: this.bounded(this.expr(ctx, 2), ctx) });
        }
        return out;
      }
      case 'jump': {
        ctx.budget--;
        // break/continue the innermost loop, or a labelled outer one
        const targets = ctx.loops.map((l, i) => ({ l, i })).filter(({ l, i }) =>
          (i === ctx.loops.length - 1 || (l.label && this.on('labels'))) &&
          (this.on('forofExit') || !ctx.loops.slice(i).some((x) => x.kind === 'forof')));
        if (!targets.length) return this.update(ctx);
        const { l, i } = this.rng.pick(targets);
        const label = i === ctx.loops.length - 1 ? undefined : l.label;
        if (label) this.use('labels');
        else this.use('breaks');
        if (ctx.loops.slice(i).some((x) => x.kind === 'forof')) this.use('forofExit');
        const kind = this.rng.pick(['break', 'continue'] as const);
        return [{ k: 'if', c: this.cond(ctx, 1), then: [{ k: kind, label }] }];
      }
      case 'ret': {
        ctx.budget--;
        this.use('earlyReturn');
        if (ctx.inForOf) this.use('forofExit');
        const e = ctx.f.ret === 'void' ? undefined : ctx.f.ret === 'bool' ? this.boolCond(ctx, 1) : this.result(ctx);
        return [{ k: 'if', c: this.cond(ctx, 1), then: [{ k: 'return', e }] }];
      }
      case 'throw': {
        ctx.budget--;
        this.use('throw');
        const c = bin('>', this.expr(ctx, 2), lit(this.rng.short(0.5, 2.5)));
        return [{ k: 'if', c, then: [{ k: 'throw', ctor: this.rng.pick(['Error', 'RangeError'] as const), msg: `${ctx.f.name}: out of range` }] }];
      }
      case 'callstmt': return this.callStmt(ctx);
      case 'softmax': {
        const src = this.kernelArrays(ctx);
        if (!src.length) return this.update(ctx);
        ctx.budget--;
        this.use('kernels');
        const a = this.rng.pick(src);
        if (a.window) this.use('subarrayArg');
        const name = this.fresh('sm');
        ctx.arrays.push({ name, kind: 'f64', len: a.len, rebindable: false, writable: true, param: false, depth: ctx.depth, window: false });
        return [
          { k: 'arrdecl', kw: 'const', name, kind: 'f64', init: { k: 'zeros', len: a.len } },
          { k: 'callstmt', fn: 'softmax', args: [{ k: 'arr', name: a.name }, { k: 'arr', name }] },
        ];
      }
      case 'destructure': {
        const src = ctx.arrays.filter((a) => (a.kind === 'f64' || a.kind === 'list') && a.len >= 2);
        if (!src.length) return this.update(ctx);
        ctx.budget--;
        this.use('destructure');
        const a = this.rng.pick(src);
        const names = Array.from({ length: this.rng.int(1, Math.min(3, a.len)) }, () => this.fresh('e'));
        for (const name of names) ctx.scalars.push({ name, mutable: false, int: false });
        return [{ k: 'destruct', names, from: a.name }];
      }
      case 'rebind': {
        const lets = ctx.arrays.filter((a) => a.rebindable && (a.depth === 0 || this.on('rebindInBlock')));
        // only to arrays that may be written: a write through the rebound name may come first in a loop body
        const pairs = lets.flatMap((a) => ctx.arrays.filter((b) => b !== a && b.kind === a.kind && b.len === a.len && !b.window && b.writable).map((b) => [a, b] as const));
        if (!pairs.length) return this.update(ctx);
        ctx.budget--;
        const [a, b] = this.rng.pick(pairs);
        this.use('rebindAlias');
        if (a.depth > 0) this.use('rebindInBlock');
        a.writable = a.writable && b.writable;
        return [{ k: 'rebind', name: a.name, from: b.name }];
      }
      case 'arrayTernary': return this.arrayTernary(ctx);
      case 'copy': return this.copy(ctx);
      case 'arrcall': return this.arrayCall(ctx);
      case 'pushFilter': return this.pushFilter(ctx);
      case 'pairwise': return this.pairwise(ctx);
      case 'scratch': return this.scratch(ctx);
    }
    return this.update(ctx);
  }

  /** `const src = c ? a : b` over two arrays of one kind and length; `src` is then read (and written when both are local). */
  private arrayTernary(ctx: Ctx): Stmt[] {
    // a parameter bound so is copied, and a write into it after the binding, or in a loop
    // around it, is refused (TSG1008): a written parameter only outside loops, and it is not
    // written after; a constant table in it (c ? T : xs) is a known bug (tableTernary)
    // (a window in it is refused, TSG1008: a window's elements and length are read, it is not bound)
    // (an out-parameter writer writes its 'out' at its end: never bound there)
    const ok = (a: AVar): boolean => (a.kind === 'f64' || a.kind === 'list') && !a.window &&
      (!a.param || !a.writable || (ctx.loops.length === 0 && ctx.f.ret !== 'void')) &&
      (!a.name.startsWith('T') || this.on('tableTernary'));
    const pairs = ctx.arrays.filter(ok).flatMap((a) => ctx.arrays.filter((b) => b !== a && ok(b) && b.kind === a.kind).map((b) => [a, b] as const));
    if (!pairs.length) return this.update(ctx);
    ctx.budget--;
    this.use('arrayTernary');
    const [a, b] = this.rng.pick(pairs);
    if (a.name.startsWith('T') || b.name.startsWith('T')) this.use('tableTernary');
    // (and, with a parameter bound, no write into an array variable the function rebinds either)
    for (const x of [a, b]) if (x.param) x.writable = false;
    if (a.param || b.param) for (const x of ctx.arrays) if (x.rebindable) x.writable = false;
    const name = this.fresh('src');
    let c = this.cond(ctx, 1);
    // a condition tsgrad folds to a constant binds a parameter without its copy, and the
    // generated module fails tsc (TS2322, constTernary): one that reads an input, but with constTernary
    const text = JSON.stringify(c);
    if (!/"k":"ref","name":"(?!K)|"k":"elem","arr":"(?!T)/.test(text)) {
      if (this.on('constTernary')) this.use('constTernary');
      else {
        const reals = ctx.scalars.filter((x) => !x.int && !x.name.startsWith('K'));
        const arr = ctx.arrays.find((x) => !x.name.startsWith('T'));
        const leaf: Expr = reals.length ? ref(this.rng.pick(reals).name) : arr ? { k: 'elem', arr: arr.name, idx: lit(0) } : ref(a.name);
        c = bin(this.rng.pick(['<', '>'] as const), leaf, lit(this.rng.short(-1, 1)));
      }
    }
    const local = (x: AVar): boolean => !x.param && !x.window && x.writable && !x.name.startsWith('T');
    // (read and written below the shorter one's length)
    ctx.arrays.push({ name, kind: a.kind, len: Math.min(a.len, b.len), rebindable: false, writable: local(a) && local(b), param: false, depth: ctx.depth, window: false });
    return [{ k: 'arrdecl', kw: 'const', name, kind: a.kind, init: { k: 'cond', c, a: a.name, b: b.name } }];
  }

  /** A copy of an array (`xs.slice()`, `xs.slice(i, j)`, `Float64Array.from(xs)`, …), then updated in place. */
  private copy(ctx: Ctx): Stmt[] {
    const src = ctx.arrays.filter((a) => (a.kind === 'f64' || a.kind === 'list') && a.len >= 1);
    if (!src.length) return this.update(ctx);
    ctx.budget--;
    this.use('copies');
    const a = this.rng.pick(src);
    const how = this.rng.pick(a.kind === 'f64' ? ['slice', 'slice', 'from', 'new'] as const : ['slice', 'slice', 'arrayFrom', 'from'] as const);
    let from: number | undefined;
    let to: number | undefined;
    if (how === 'slice' && a.len >= 2 && this.rng.chance(0.4)) {
      from = this.rng.int(0, a.len - 1);
      to = this.rng.int(from + 1, a.len);
    }
    const kind: ArrKind = how === 'arrayFrom' || (how === 'slice' && a.kind === 'list') ? 'list' : 'f64';
    const len = to === undefined ? a.len : to - from!;
    const name = this.fresh('cp');
    const i = this.fresh('i');
    ctx.arrays.push({ name, kind, len, rebindable: false, writable: true, param: false, depth: ctx.depth, window: false });
    ctx.scalars.push({ name: i, mutable: false, int: true, max: len - 1 });
    const op = this.rng.pick(['=', '+=', '*='] as const);
    const e = this.inLoop(ctx, () => op === '*=' ? this.factor(ctx) : this.expr(ctx, 2));
    ctx.scalars.pop();
    return [
      { k: 'arrdecl', kw: 'const', name, kind, init: { k: 'copy', arr: a.name, how, from, to } },
      { k: 'for', v: i, from: 0, to: { k: 'len', arr: name }, step: 1, body: [{ k: 'store', arr: name, idx: ref(i), op, e }] },
    ];
  }

  /** `const d = mk(xs, p)`: the new array a helper returns, a writable local of the caller. */
  private arrayCall(ctx: Ctx): Stmt[] {
    const fs = ctx.callables.filter((f) => f.ret === 'arr' && this.callable(f, ctx));
    if (!fs.length) return this.update(ctx);
    const f = this.rng.pick(fs);
    const args = this.args(ctx, f);
    if (!args) return this.update(ctx);
    ctx.budget--;
    this.use('arrayReturn');
    if (!ctx.mod.fns.includes(f)) this.use('crossModule');
    const name = this.fresh('d');
    const { kind, len } = f.retArr!;
    ctx.arrays.push({ name, kind, len, rebindable: false, writable: true, param: false, depth: ctx.depth, window: false });
    return [{ k: 'arrdecl', kw: 'const', name, kind, init: { k: 'call', fn: f.name, args } }];
  }

  /**
   * A filter: `const b: number[] = []; for (const v of xs) if (v > c) b.push(g(v));`, then a sum
   * over what it kept (`for (let i = 0; i < b.length; i++)` or `for (const u of b)`) into a new
   * accumulator. `b`'s length depends on the data, so nothing else indexes it.
   */
  private pushFilter(ctx: Ctx): Stmt[] {
    const src = ctx.arrays.filter((a) => a.kind === 'f64' || a.kind === 'list');
    if (!src.length) return this.update(ctx);
    ctx.budget--;
    this.use('pushFilter');
    this.use('lists');
    const a = this.rng.pick(src);
    const [b, v, s, u] = [this.fresh('kept'), this.fresh('v'), this.fresh('s'), this.fresh('u')];
    ctx.scalars.push({ name: v, mutable: false, int: false });
    const keep = bin(this.rng.pick(['>', '<'] as const), ref(v), lit(this.rng.short(-1, 1)));
    const pushed = this.rng.chance(0.5) ? ref(v) : bin('*', ref(v), this.inLoop(ctx, () => this.expr(ctx, 1)));
    ctx.scalars.pop();
    ctx.scalars.push({ name: u, mutable: false, int: false });
    const term = this.math(ctx, this.rng.pick(['sin', 'tanh', 'atan']), [bin('+', ref(u), this.inLoop(ctx, () => this.expr(ctx, 1)))], true);
    ctx.scalars.pop();
    const i = this.fresh('i');
    const sum: Stmt = this.rng.chance(0.5)
      ? { k: 'forof', v: u, arr: b, body: [{ k: 'assign', name: s, op: '+=', e: term }] }
      : { k: 'for', v: i, from: 0, to: { k: 'len', arr: b }, step: 1, body: [{ k: 'decl', kw: 'const', name: u, init: { k: 'elem', arr: b, idx: ref(i) } }, { k: 'assign', name: s, op: '+=', e: term }] };
    ctx.scalars.push({ name: s, mutable: true, int: false });
    return [
      { k: 'arrdecl', kw: 'const', name: b, kind: 'list', init: { k: 'empty' } },
      { k: 'forof', v, arr: a.name, body: [{ k: 'if', c: keep, then: [{ k: 'push', arr: b, e: pushed }] }] },
      { k: 'decl', kw: 'let', name: s, init: lit(0) },
      sum,
    ];
  }

  /**
   * A pairwise sum over one array, as Gini's mean absolute difference or a pair potential:
   * `for (i) { s += x[i]; for (j) t += g(x[i] - x[j]) }`. Its reverse adds into x_b[i] after the
   * pass over j (summed in a local) and into x_b[j] in it (trial30: jam.ts ran two rows per pass
   * and changed the order of those additions).
   */
  private pairwise(ctx: Ctx): Stmt[] {
    const src = ctx.arrays.filter((a) => a.kind === 'f64' && !a.window);
    if (!src.length) return this.update(ctx);
    ctx.budget--;
    this.use('pairwise');
    const a = this.rng.pick(src);
    const [i, j, s, t] = [this.fresh('i'), this.fresh('j'), this.fresh('s'), this.fresh('t')];
    const xi: Expr = { k: 'elem', arr: a.name, idx: ref(i) };
    const xj: Expr = { k: 'elem', arr: a.name, idx: ref(j) };
    const diff = bin('-', xi, xj);
    const pair = this.on('kinks') && this.rng.chance(0.5) ? this.math(ctx, 'abs', [diff]) : this.rng.chance(0.5) ? this.sq(diff) : this.math(ctx, 'sin', [diff], true);
    const own = this.rng.chance(0.5) ? xi : bin('*', xi, this.inLoop(ctx, () => this.expr(ctx, 1)));
    // (added into a scalar declared before, when there is one, so that the result likely reads it)
    // (not a `let x;` whose type tsc infers from its assignments: x += s * t, with s read from
    // x in the loop, is a circular inference, TS7034; seed 2 #514)
    const into = ctx.scalars.filter((x) => x.mutable && !x.int && !this.inferred.has(x.name));
    ctx.scalars.push({ name: s, mutable: true, int: false }, { name: t, mutable: true, int: false });
    // (the length read once before, as Gini's `const n = incomes.length`, or in each loop's test)
    const n = this.rng.chance(0.6) ? this.fresh('n') : undefined;
    const len: Expr = n ? ref(n) : { k: 'len', arr: a.name };
    const out: Stmt[] = [
      ...(n ? [{ k: 'decl', kw: 'const', name: n, init: { k: 'len', arr: a.name } } as Stmt] : []),
      { k: 'decl', kw: 'let', name: s, init: lit(0) },
      { k: 'decl', kw: 'let', name: t, init: lit(0) },
      { k: 'for', v: i, from: 0, to: len, step: 1, body: [
        { k: 'assign', name: s, op: '+=', e: own },
        { k: 'for', v: j, from: 0, to: len, step: 1, body: [{ k: 'assign', name: t, op: '+=', e: pair }] },
      ] },
    ];
    if (into.length) out.push({ k: 'assign', name: this.rng.pick(into).name, op: '+=', e: bin('*', ref(s), ref(t)) });
    return out;
  }

  /**
   * A selection in a loop (compiler/ir/selections.ts): a running extreme or the nearest element
   * so far, set under a comparison to a value of the iteration, with a second number and an
   * index set beside it, then read after the loop; sometimes also read in the loop (`s += m`),
   * where the rewrite must not apply.
   */
  private selection(ctx: Ctx): Stmt[] {
    const src = ctx.arrays.filter((a) => (a.kind === 'f64' || a.kind === 'list') && !a.window);
    if (!src.length) return this.update(ctx);
    ctx.budget--;
    this.use('selections');
    const a = this.rng.pick(src);
    const [m, b, k, i, v, s] = [this.fresh('m'), this.fresh('b'), this.fresh('k'), this.fresh('i'), this.fresh('v'), this.fresh('s')];
    const xi: Expr = { k: 'elem', arr: a.name, idx: ref(i) };
    // (the value compared: the element, or an expression of it and of what the loop does not write)
    const form = this.rng.pick(['elem', 'scaled', 'distance'] as const);
    const val: Expr = form === 'elem' ? xi
      : form === 'scaled' ? bin('*', xi, this.inLoop(ctx, () => this.expr(ctx, 1)))
      : this.on('kinks') && this.rng.chance(0.5) ? this.math(ctx, 'abs', [bin('-', xi, this.inLoop(ctx, () => this.expr(ctx, 1)))])
      : this.sq(bin('-', xi, this.inLoop(ctx, () => this.expr(ctx, 1))));
    const init = this.expr(ctx, 2);
    const second = this.rng.chance(0.5);
    const index = this.rng.chance(0.4);
    const live = this.rng.chance(0.2);
    const other: Expr = bin('+', xi, this.inLoop(ctx, () => this.expr(ctx, 1)));
    const then: Stmt[] = [
      { k: 'assign', name: m, op: '=', e: ref(v) },
      ...(second ? [{ k: 'assign', name: b, op: '=', e: other } as Stmt] : []),
      ...(index ? [{ k: 'assign', name: k, op: '=', e: ref(i) } as Stmt] : []),
    ];
    // (or a running extreme, m = Math.max(m, v) or Math.min(v, m), either order, sometimes under a condition)
    const extreme = this.rng.chance(0.4);
    const fn = this.rng.pick(['max', 'min']);
    const update: Stmt = { k: 'assign', name: m, op: '=', e: this.math(ctx, fn, this.rng.chance(0.5) ? [ref(m), ref(v)] : [ref(v), ref(m)], true) };
    const guarded = this.rng.chance(0.3);
    const body: Stmt[] = [
      { k: 'decl', kw: 'const', name: v, init: val },
      ...(extreme && !guarded ? [update, ...then.slice(1)] : []),
      ...(extreme && guarded ? [{ k: 'if', c: bin(this.rng.pick(['>', '<'] as const), ref(v), lit(this.rng.short(-1, 1))), then: [update, ...then.slice(1)] } as Stmt] : []),
      ...(!extreme ? [{ k: 'if', c: bin(this.rng.pick(['>', '>=', '<', '<='] as const), ref(v), ref(m)), then } as Stmt] : []),
      ...(live ? [{ k: 'assign', name: s, op: '+=', e: ref(m) } as Stmt] : []),
    ];
    const out: Stmt[] = [
      { k: 'decl', kw: 'let', name: m, init },
      ...(second ? [{ k: 'decl', kw: 'let', name: b, init: lit(this.rng.short(-1, 1)) } as Stmt] : []),
      ...(index ? [{ k: 'decl', kw: 'let', name: k, init: lit(-1) } as Stmt] : []),
      ...(live ? [{ k: 'decl', kw: 'let', name: s, init: lit(0) } as Stmt] : []),
      { k: 'for', v: i, from: this.rng.chance(0.3) ? 1 : 0, to: { k: 'len', arr: a.name }, step: 1, body },
    ];
    // (read after the loop: added into a number declared before, or left in scope for what follows)
    let read: Expr = ref(m);
    if (second) read = bin('+', read, bin('*', ref(b), ref(m)));
    if (index) read = bin('+', read, bin('*', lit(0.25), ref(k)));
    if (live) read = bin('+', read, bin('*', lit(0.5), ref(s)));
    const into = ctx.scalars.filter((x) => x.mutable && !x.int && !this.inferred.has(x.name));
    if (into.length) out.push({ k: 'assign', name: this.rng.pick(into).name, op: '+=', e: read });
    else {
      const r = this.fresh('s');
      out.push({ k: 'decl', kw: 'let', name: r, init: read });
      ctx.scalars.push({ name: r, mutable: true, int: false });
    }
    return out;
  }

  /** Fills the module's scratch buffer from the inputs; it is then read like a local array. */
  private scratch(ctx: Ctx): Stmt[] {
    const c = ctx.mod.consts.find((x) => x.scratch)!;
    ctx.budget--;
    this.use('moduleScratch');
    const len = (c.v as number[]).length;
    const i = this.fresh('i');
    ctx.scalars.push({ name: i, mutable: false, int: true, max: len - 1 });
    const e = this.inLoop(ctx, () => this.expr(ctx, 2));
    ctx.scalars.pop();
    if (!ctx.arrays.some((a) => a.name === c.name)) {
      ctx.arrays.push({ name: c.name, kind: 'f64', len, rebindable: false, writable: true, param: false, depth: 0, window: false });
    }
    return [{ k: 'for', v: i, from: 0, to: this.rng.chance(0.5) ? { k: 'len', arr: c.name } : lit(len), step: 1, body: [{ k: 'store', arr: c.name, idx: ref(i), op: '=', e }] }];
  }

  /**
   * An expression of a loop body built here rather than by block() (a fill loop's value): a call
   * in it runs once per iteration, so no callee with a checkpointed loop (see callable()).
   */
  private inLoop<T>(ctx: Ctx, make: () => T): T {
    ctx.loops.push({ kind: 'for' });
    try {
      return make();
    } finally {
      ctx.loops.pop();
    }
  }

  private label(ctx: Ctx): string | undefined {
    return this.on('labels') && this.rng.chance(0.3) ? `L${ctx.depth}${this.n++}` : undefined;
  }

  private forLoop(ctx: Ctx): Stmt {
    ctx.budget--;
    this.use('core');
    const i = this.fresh('i');
    const label = this.label(ctx);
    const arrs = ctx.arrays;
    const ints = ctx.scalars.filter((s) => s.int && ctx.f.params.some((p) => p.name === s.name));
    const r = this.rng.weighted({ arr: arrs.length ? 4 : 0, lit: 1, n: ints.length ? 1.5 : 0, down: arrs.length ? 1 : 0, step: this.on('stepLoops') ? 1 : 0 });
    let to: Expr;
    let from = 0;
    let step = 1;
    let max: number | undefined;
    if (r === 'arr' || r === 'down') {
      const a = this.rng.pick(arrs);
      to = { k: 'len', arr: a.name };
      max = a.len - 1;
      if (r === 'down') {
        from = a.len - 1;
        to = lit(0);
        step = -1;
      }
    } else if (r === 'lit') {
      const n = this.rng.int(0, 4);
      to = lit(n);
      max = n - 1;
    } else if (r === 'n') {
      to = ref(this.rng.pick(ints).name);
    } else {
      this.use('stepLoops');
      const n = ints.length && this.rng.chance(0.5) ? ref(this.rng.pick(ints).name) : lit(this.rng.int(0, 4));
      to = n;
      from = this.rng.int(0, 1);
      step = this.rng.int(2, 3);
      max = n.k === 'lit' ? n.v - 1 : undefined;
    }
    const saved = ctx.scalars.length;
    ctx.scalars.push({ name: i, mutable: false, int: true, max: max !== undefined && max >= 0 ? max : undefined });
    const body = this.block(ctx, this.rng.int(1, 3), { kind: 'for', label });
    ctx.scalars.length = saved;
    const s: Stmt = { k: 'for', v: i, from, to, step, body, label };
    // @checkpoint: a counted loop run once per call, whose body allocates, grows and rebinds no
    // array and is not left early (README, "Checkpointing")
    const text = JSON.stringify(body);
    const allocates = /"k":"(arrdecl|push|tmp)"/.test(text) || ctx.callables.some((g) => allocating.has(g) && text.includes(`"fn":"${g.name}"`));
    // (inside a block only with checkpointInBlock, a known bug)
    if (this.on('checkpoint') && ctx.loops.length === 0 && (ctx.depth === 0 || this.on('checkpointInBlock')) && step > 0 && !allocates &&
        this.rng.chance(0.4) && checkpointable(body, label)) {
      s.ckpt = true;
      this.use('checkpoint');
      if (ctx.depth > 0) this.use('checkpointInBlock');
    }
    return s;
  }

  private localArray(ctx: Ctx): Stmt[] {
    ctx.budget--;
    const name = this.fresh('b');
    const len = this.rng.int(2, 5);
    const kinds: ArrKind[] = [];
    if (this.on('localArrays')) kinds.push('f64', 'f64');
    if (this.on('lists')) kinds.push('list');
    if (this.on('typed')) kinds.push('f32', 'i32', 'u8');
    if (!kinds.length) return this.update(ctx);
    const kind = this.rng.pick(kinds);
    let init: ArrInit;
    const elems = (): Expr[] => Array.from({ length: len }, () => this.expr(ctx, 1));
    if (kind === 'list') {
      this.use('lists');
      const r = this.rng.weighted({ literal: 2, fill: 1, push: 1 });
      if (r === 'push') {
        const out: Stmt[] = [{ k: 'arrdecl', kw: 'const', name, kind, init: { k: 'empty' } }];
        const i = this.fresh('i');
        ctx.scalars.push({ name: i, mutable: false, int: true, max: len - 1 });
        out.push({ k: 'for', v: i, from: 0, to: lit(len), step: 1, body: [{ k: 'push', arr: name, e: this.inLoop(ctx, () => this.expr(ctx, 2)) }] });
        ctx.scalars.pop();
        ctx.arrays.push({ name, kind, len, rebindable: false, writable: true, param: false, depth: ctx.depth, window: false });
        return out;
      }
      init = r === 'literal' ? { k: 'literal', elems: elems() } : { k: 'fill', len, v: this.rng.short(-1, 1) };
    } else if (kind === 'f64') {
      this.use('localArrays');
      if (this.on('arrayFrom') && this.rng.chance(0.3)) {
        this.use('arrayFrom');
        init = { k: 'literal', elems: elems() };
      } else init = { k: 'zeros', len };
    } else {
      this.use('typed');
      init = { k: 'zeros', len };
    }
    const rebindable = this.on('rebindAlias') && (ctx.depth === 0 || this.on('rebindInBlock')) && this.rng.chance(0.4);
    const v: AVar = { name, kind, len, rebindable, writable: true, param: false, depth: ctx.depth, window: false };
    const out: Stmt[] = [{ k: 'arrdecl', kw: rebindable ? 'let' : 'const', name, kind, init }];
    // fill it from the inputs
    const i = this.fresh('i');
    ctx.scalars.push({ name: i, mutable: false, int: true, max: len - 1 });
    out.push({ k: 'for', v: i, from: 0, to: { k: 'len', arr: name }, step: 1, body: [{ k: 'store', arr: name, idx: ref(i), op: this.rng.pick(['=', '+='] as const), e: this.inLoop(ctx, () => this.expr(ctx, 2)) }] });
    ctx.scalars.pop();
    if (kind === 'f64' && this.on('localArrays') && this.rng.chance(0.1)) out.splice(1, 0, { k: 'fillstmt', arr: name, v: this.rng.short(-1, 1) });
    ctx.arrays.push(v);
    return out;
  }

  /** Double buffering: two let arrays swapped in a loop (the shape of an explicit time stepper). */
  private stencil(ctx: Ctx): Stmt[] {
    const src = ctx.arrays.filter((a) => a.kind === 'f64' && a.param);
    if (!src.length || !this.on('localArrays')) return [];
    const x = this.rng.pick(src);
    const swapping = this.on('swap') && (!this.on('rebind') || this.rng.chance(0.5));
    this.use(swapping ? 'swap' : 'rebind');
    const [cur, nxt, e, i] = [this.fresh('cur'), this.fresh('nxt'), this.fresh('e'), this.fresh('i')];
    const c = this.rng.short(0.25, 1);
    const cell: Expr = this.math(ctx, 'sin', [bin('+', bin('*', lit(c), { k: 'elem', arr: cur, idx: ref(i) }), { k: 'elem', arr: x.name, idx: ref(i) })]);
    const swap: Stmt[] = swapping
      ? [{ k: 'decl', kw: 'const', name: `${cur}t`, init: ref(cur) }, { k: 'rebind', name: cur, from: nxt }, { k: 'rebind', name: nxt, from: `${cur}t` }]
      : [{ k: 'rebind', name: cur, from: nxt }, { k: 'arrdecl', kw: 'const', name: `${cur}f`, kind: 'f64', init: { k: 'zeros', len: x.len } }, { k: 'rebind', name: nxt, from: `${cur}f` }];
    ctx.arrays.push({ name: cur, kind: 'f64', len: x.len, rebindable: true, writable: true, param: false, depth: 0, window: false });
    ctx.arrays.push({ name: nxt, kind: 'f64', len: x.len, rebindable: true, writable: true, param: false, depth: 0, window: false });
    return [
      { k: 'arrdecl', kw: 'let', name: cur, kind: 'f64', init: { k: 'zeros', len: x.len } },
      { k: 'arrdecl', kw: 'let', name: nxt, kind: 'f64', init: { k: 'zeros', len: x.len } },
      {
        k: 'for', v: e, from: 0, to: lit(this.rng.int(1, 3)), step: 1, body: [
          { k: 'for', v: i, from: 0, to: { k: 'len', arr: x.name }, step: 1, body: [{ k: 'store', arr: nxt, idx: ref(i), op: '=', e: cell }] },
          ...swap,
        ],
      },
    ];
  }

  /**
   * A callee that rebinds arrays is inlined into a block of its caller, which is bug 02b's shape
   * (`let cur: Float64Array = 0;` hoisted in the generated code: tsc TS2322); only with rebindInBlock.
   */
  private callable(f: Fn, ctx?: Ctx): boolean {
    // (a checkpointed loop inlined into a loop of the caller runs more than once per call: TSG1009)
    if (ctx?.loops.length && f.features.includes('checkpoint')) return false;
    return this.on('rebindInBlock') || !f.features.some((x) => x === 'rebind' || x === 'swap');
  }

  private callStmt(ctx: Ctx): Stmt[] {
    const voids = ctx.callables.filter((f) => f.ret === 'void' && this.callable(f, ctx));
    if (!voids.length) return this.update(ctx);
    const f = this.rng.pick(voids);
    const args = this.args(ctx, f);
    if (!args) return this.update(ctx);
    ctx.budget--;
    this.use('outParams');
    if (f.features.some((x) => x === 'rebind' || x === 'swap')) this.use('rebindInBlock');
    if (ctx.mod.fns.includes(f) === false) this.use('crossModule');
    return [{ k: 'callstmt', fn: f.name, args }];
  }

  // --- expressions -----------------------------------------------------------------------------

  /** The returned value: a mix of the live scalars and an expression. */
  private result(ctx: Ctx): Expr {
    const live = ctx.scalars.filter((s) => s.mutable || (!s.int && !s.name.startsWith('K')));
    let e = this.expr(ctx, 2);
    for (const s of live.slice(-3)) if (this.rng.chance(0.7)) e = bin('+', e, ref(s.name));
    // and what the function computed into its local arrays
    const locals = ctx.arrays.filter((a) => !a.param && !a.name.startsWith('T'));
    if (locals.length && this.rng.chance(0.6)) {
      const a = this.rng.pick(locals);
      e = bin('+', e, { k: 'elem', arr: a.name, idx: lit(this.rng.int(0, a.len - 1)) });
    }
    return e;
  }

  private math(ctx: Ctx, fn: string, args: Expr[], core = false): Expr {
    if (!core) this.use('math');
    return { k: 'math', fn, args, bare: ctx.bare.has(fn) || undefined };
  }

  private sq(e: Expr): Expr {
    return isLeaf(e) ? bin('*', e, e) : bin('**', e, lit(2));
  }

  expr(ctx: Ctx, d: number): Expr {
    if (d <= 0 || this.rng.chance(0.25)) return this.leaf(ctx);
    const on = (f: Feature, w: number): number => (this.on(f) ? w : 0);
    const k = this.rng.weighted({
      add: 3, mul: 2.5, div: 1, neg: 0.4,
      math: on('math', 4), kink: on('kinks', 1.2), ternary: on('ternary', 1),
      call: ctx.callables.some((f) => f.ret === 'num') && this.on('calls') ? 1.5 : 0,
      kernel: on('kernels', 0.5), truthy: on('truthy', 0.5), bitwise: on('bitwise', 0.4), typeof: on('typeof', 0.3),
    });
    const sub = (): Expr => this.expr(ctx, d - 1);
    switch (k) {
      case 'add': return bin(this.rng.pick(['+', '-'] as const), sub(), sub());
      case 'mul': return bin('*', sub(), sub());
      case 'div': return this.rng.chance(0.5) ? bin('/', sub(), lit(this.rng.pick([2, 3, 4, 0.5]))) : bin('/', sub(), bin('+', lit(this.rng.short(1, 2)), this.sq(sub())));
      case 'neg': return { k: 'un', op: '-', e: sub() };
      case 'math': return this.mathExpr(ctx, sub);
      case 'kink': {
        this.use('kinks');
        const fn = this.rng.pick(['abs', 'min', 'max', 'floor', 'ceil', 'round', 'trunc', 'sign', 'fround', 'mod']);
        if (fn === 'min' || fn === 'max') {
          const args = Array.from({ length: this.rng.int(2, 3) }, sub);
          const spreadable = ctx.arrays.filter((a) => a.kind === 'f64' || a.kind === 'list' || a.kind === 'union');
          if (this.on('variadic') && spreadable.length && this.rng.chance(0.35)) {
            // Math.max(...xs), Math.min(a, ...w.subarray(i, j))
            this.use('variadic');
            const a = this.rng.pick(spreadable);
            let window: [number, number] | undefined;
            if (a.kind === 'f64' && a.len >= 2 && this.rng.chance(0.3)) {
              const from = this.rng.int(0, a.len - 1);
              window = [from, this.rng.int(from + 1, a.len)];
            }
            args.splice(this.rng.int(0, 1), args.length - this.rng.int(0, 1), { k: 'spread', arr: a.name, window });
          }
          return this.math(ctx, fn, args, true);
        }
        if (fn === 'abs' || fn === 'fround') return this.math(ctx, fn, [sub()], true);
        if (fn === 'mod') return bin('%', sub(), lit(this.rng.pick([1.5, 2, 0.75])));
        return bin('*', this.math(ctx, fn, [sub()], true), sub());
      }
      case 'ternary': this.use('ternary'); return { k: 'cond', c: this.cond(ctx, d - 1), t: sub(), f: sub() };
      case 'call': return this.callExpr(ctx, d) ?? this.leaf(ctx);
      case 'kernel': return this.kernelExpr(ctx, sub) ?? this.leaf(ctx);
      case 'truthy': {
        this.use('truthy');
        const n = this.intExpr(ctx, 1);
        const r = this.rng.pick(['or', 'and', 'nullish', 'cond']);
        if (r === 'or') return bin('*', bin('||', n, lit(this.rng.short(0.5, 2))), sub());
        if (r === 'and') return bin('+', bin('&&', n, sub()), sub());
        if (r === 'nullish') {
          const leaf = this.leaf(ctx);
          return bin('*', leaf.k === 'lit' ? leaf : bin('??', leaf, lit(0)), sub());
        }
        return { k: 'cond', c: this.rng.chance(0.5) ? n : { k: 'un', op: '!', e: n }, t: sub(), f: sub() };
      }
      case 'bitwise': this.use('bitwise'); return bin('*', this.bitwise(ctx), sub());
      case 'typeof': this.use('typeof'); return { k: 'cond', c: this.testExpr(ctx), t: sub(), f: sub() };
    }
    return this.leaf(ctx);
  }

  private mathExpr(ctx: Ctx, sub: () => Expr): Expr {
    const m = (fn: string, ...args: Expr[]): Expr => this.math(ctx, fn, args);
    const t = (e: Expr): Expr => m('tanh', e);
    switch (this.rng.int(0, 27)) {
      case 0: return m('sin', sub());
      case 1: return m('cos', sub());
      case 2: return m('atan', sub());
      case 3: return t(sub());
      case 4: return m('asinh', sub());
      case 5: return m('exp', m('sin', sub()));
      case 6: return m('exp', { k: 'un', op: '-', e: this.sq(sub()) });
      case 7: return m('log', bin('+', lit(1), this.sq(sub())));
      case 8: return m('log1p', this.sq(sub()));
      case 9: return m('log2', bin('+', lit(2), this.sq(sub())));
      case 10: return m('log10', bin('+', lit(1.5), this.sq(sub())));
      case 11: return m('sqrt', bin('+', lit(1), this.sq(sub())));
      case 12: return m('cbrt', bin('+', lit(2), m('sin', sub())));
      case 13: return m('asin', bin('*', lit(0.5), m('sin', sub())));
      case 14: return m('acos', bin('*', lit(0.5), t(sub())));
      case 15: return m('atanh', bin('*', lit(0.5), t(sub())));
      case 16: return m('acosh', bin('+', lit(1.5), this.sq(sub())));
      case 17: return m('sinh', t(sub()));
      case 18: return m('cosh', t(sub()));
      case 19: return m('expm1', t(sub()));
      case 20: return m('tan', bin('*', lit(0.5), t(sub())));
      case 21: return bin('**', sub(), lit(this.rng.pick([2, 3])));
      case 22: return m('pow', bin('+', lit(1), this.sq(sub())), lit(this.rng.pick([0.5, 1.5, -0.5])));
      case 23: return bin('**', bin('+', lit(1.5), m('sin', sub())), t(sub()));
      case 24: {
        if (!this.on('variadic') || this.rng.chance(0.5)) return m('hypot', sub(), sub(), lit(0.5));
        this.use('variadic');
        return m('hypot', ...Array.from({ length: this.rng.int(1, 4) }, sub));
      }
      case 25: return m('atan2', sub(), bin('+', lit(1), this.sq(sub())));
      case 26: return m('pow', sub(), lit(2));
      default: return m('sin', bin('*', lit(this.rng.short(0.5, 2)), sub()));
    }
  }

  private leaf(ctx: Ctx): Expr {
    // module constants now and then; mostly what depends on the inputs
    const all = ctx.scalars.filter((s) => !s.int);
    const active = all.filter((s) => !s.name.startsWith('K'));
    const reals = active.length && this.rng.chance(0.9) ? active : all;
    const r = this.rng.weighted({ scalar: reals.length ? 5 : 0, elem: ctx.arrays.length ? 3 : 0, lit: 1.2, int: ctx.scalars.some((s) => s.int) ? 0.5 : 0 });
    if (r === 'scalar') return ref(this.rng.pick(reals).name);
    if (r === 'elem') {
      const a = this.rng.pick(ctx.arrays);
      if (a.name.startsWith('T')) this.use('tables');
      if (a.name.startsWith('T') && !ctx.mod.consts.some((c) => c.name === a.name)) this.use('importedConsts');
      return { k: 'elem', arr: a.name, idx: this.index(ctx, a) };
    }
    if (r === 'int') return ref(this.rng.pick(ctx.scalars.filter((s) => s.int)).name);
    return lit(this.rng.short(-2, 2) || 0.5);
  }

  /** An index into `a`, in range. */
  private index(ctx: Ctx, a: AVar): Expr {
    const ints = ctx.scalars.filter((s) => s.int);
    const r = this.rng.weighted({ lit: 1, int: ints.length ? 4 : 0, bit: this.on('bitwise') ? 0.3 : 0 });
    if (r === 'lit') return lit(this.rng.int(0, a.len - 1));
    if (r === 'bit') {
      this.use('bitwise');
      return bin('%', this.bitwise(ctx), { k: 'len', arr: a.name });
    }
    const s = this.rng.pick(ints);
    if (s.max !== undefined && s.max <= a.len - 1) {
      return this.rng.chance(0.2) ? bin('-', lit(a.len - 1), ref(s.name)) : ref(s.name);
    }
    return bin('%', this.rng.chance(0.3) ? bin('+', ref(s.name), lit(1)) : ref(s.name), { k: 'len', arr: a.name });
  }

  /** A non-negative integer expression. */
  private intExpr(ctx: Ctx, mod: number): Expr {
    const ints = ctx.scalars.filter((s) => s.int);
    if (!ints.length) return lit(this.rng.int(0, mod - 1));
    const s = ref(this.rng.pick(ints).name);
    return this.rng.chance(0.5) ? bin('%', s, lit(mod)) : s;
  }

  private bitwise(ctx: Ctx): Expr {
    const a = this.intExpr(ctx, 8);
    switch (this.rng.int(0, 5)) {
      case 0: return bin('&', a, lit(3));
      case 1: return bin('^', a, lit(1));
      case 2: return bin('>>', a, lit(1));
      case 3: return bin('&', bin('<<', a, lit(1)), lit(6));
      case 4: return bin('>>>', bin('|', a, lit(0)), lit(0));
      default: return bin('&', { k: 'un', op: '~', e: a }, lit(3));
    }
  }

  private testExpr(ctx: Ctx): Expr {
    const fn = this.rng.pick(['typeof', 'isInteger', 'isNaN', 'isFinite'] as const);
    const e = fn === 'isInteger' && this.rng.chance(0.5) ? this.intExpr(ctx, 3) : this.leaf(ctx);
    // typeof of a variable or an element (rs[3]) narrows it to never in the else branch (TS2322
    // on a later assignment)
    return { k: 'test', fn, e: fn === 'typeof' && (e.k === 'ref' || e.k === 'elem') ? bin('*', e, lit(2)) : e };
  }

  /** A condition typed boolean (a predicate returns it): a numeric one (`n % 2`, `a && n`) as `!!(…)`. */
  private boolCond(ctx: Ctx, d: number): Expr {
    const isBool = (e: Expr): boolean =>
      e.k === 'test' || e.k === 'call' || (e.k === 'un' && e.op === '!') ||
      (e.k === 'bin' && ['<', '<=', '>', '>=', '===', '!=='].includes(e.op)) ||
      (e.k === 'bin' && (e.op === '&&' || e.op === '||') && isBool(e.l) && isBool(e.r));
    const c = this.cond(ctx, d);
    return isBool(c) ? c : { k: 'un', op: '!', e: { k: 'un', op: '!', e: c } };
  }

  cond(ctx: Ctx, d: number): Expr {
    if (ctx.flags.length && this.side.chance(0.3)) {
      const flag = ref(this.side.pick(ctx.flags));
      const c = this.side.weighted({ flag: 3, not: 2, and: 1 });
      if (c === 'flag') return flag;
      if (c === 'not') return { k: 'un', op: '!', e: flag };
      return bin(this.side.pick(['&&', '||'] as const), flag, this.cond(ctx, 0));
    }
    const preds = ctx.callables.filter((f) => f.ret === 'bool' && this.callable(f, ctx));
    if (preds.length && this.side.chance(0.12)) {
      const f = this.side.pick(preds);
      const args = this.args(ctx, f, 1);
      if (args) {
        this.use('predicates');
        if (!ctx.mod.fns.includes(f)) this.use('crossModule');
        const call: Expr = { k: 'call', fn: f.name, args };
        return this.side.chance(0.3) ? { k: 'un', op: '!', e: call } : call;
      }
    }
    const r = this.rng.weighted({
      cmp: 5, int: ctx.scalars.some((s) => s.int) ? 1.5 : 0, logic: d > 0 && this.on('logic') ? 1.2 : 0,
      truthy: this.on('truthy') ? 0.6 : 0, test: this.on('typeof') ? 0.4 : 0,
    });
    if (r === 'int') {
      const eq = this.on('intEquality') && this.rng.chance(0.5);
      if (eq) this.use('intEquality');
      const op = this.rng.pick(eq ? ['===', '!=='] as const : ['>', '<'] as const);
      const n = this.intExpr(ctx, 2);
      // a variable tested with === is narrowed to the literal, and a nested test of it against
      // another literal fails tsc (TS2367): `(n + 0) === 1` tests the same value, unnarrowed
      return bin(op, eq && n.k === 'ref' ? bin('+', n, lit(0)) : n, lit(this.rng.int(0, 2)));
    }
    if (r === 'logic') {
      this.use('logic');
      const op = this.rng.pick(['&&', '||', '!'] as const);
      if (op === '!') return { k: 'un', op: '!', e: this.cond(ctx, d - 1) };
      return bin(op, this.cond(ctx, d - 1), this.cond(ctx, d - 1));
    }
    if (r === 'truthy') {
      this.use('truthy');
      return this.rng.chance(0.5) ? this.intExpr(ctx, 2) : { k: 'un', op: '!', e: this.intExpr(ctx, 2) };
    }
    if (r === 'test') {
      this.use('typeof');
      return this.testExpr(ctx);
    }
    const op = this.rng.pick(['<', '<=', '>', '>='] as const);
    return bin(op, this.expr(ctx, 1), this.rng.chance(0.5) ? lit(this.rng.short(-1.5, 1.5)) : this.expr(ctx, 1));
  }

  private callExpr(ctx: Ctx, d: number): Expr | undefined {
    const fs = ctx.callables.filter((f) => f.ret === 'num' && this.callable(f, ctx));
    if (!fs.length) return undefined;
    const f = this.rng.pick(fs);
    const args = this.args(ctx, f, d);
    if (!args) return undefined;
    if (f.features.some((x) => x === 'rebind' || x === 'swap')) this.use('rebindInBlock');
    this.use(f.registered ? 'registered' : f.name.startsWith('r') ? 'recursion' : 'calls');
    if (!ctx.mod.fns.includes(f)) this.use('crossModule');
    return { k: 'call', fn: f.name, args };
  }

  /** Arguments for a call of `f`, or undefined when the scope has no arrays of the right shape. */
  private args(ctx: Ctx, f: Fn, d = 2): Arg[] | undefined {
    const writes = writesOf.get(f) ?? new Set<number>();
    const args: Arg[] = [];
    const taken = new Set<string>();
    for (const [i, p] of f.params.entries()) {
      if (p.ty === 'flag') {
        const r = this.side.weighted({ out: 3, undef: 1, lit: 3, cond: 3 });
        if (r === 'out') break;
        args.push(r === 'undef' ? { k: 'undefined' } : r === 'lit' ? { k: this.side.chance(0.5) ? 'true' : 'false' } : this.boolCond(ctx, 1));
        continue;
      }
      if (p.ty === 'obj') {
        const os = ctx.objects.filter((o) => o.fields.join() === p.fields!.join() && o.cls === p.cls);
        if (!os.length) return undefined;
        args.push({ k: 'objref', name: this.rng.pick(os).name });
        continue;
      }
      if (p.dflt !== undefined) {
        if (this.rng.chance(0.5)) {
          this.use('defaults');
          break;
        }
        args.push(this.expr(ctx, d - 1));
        continue;
      }
      if (p.ty === 'num') {
        if (p.index) args.push(lit(this.rng.int(0, 1)));
        else if (p.int) args.push(f.name.startsWith('r') ? lit(this.rng.int(0, 3)) : this.rng.chance(0.5) ? lit(this.rng.int(0, 3)) : this.smallInt(ctx));
        else args.push(this.expr(ctx, d - 1));
        continue;
      }
      if (this.on('tempArgs') && p.ty !== 'f32' && p.ty !== 'i32' && p.ty !== 'u8' && this.rng.chance(0.12)) {
        // a temporary made where it is passed: an output buffer, or the values of an input
        this.use('tempArgs');
        // (a number[] into a union or ArrayLike parameter of a callee left as a call: a known bug, listToUnion)
        const kind: ArrKind = p.ty === 'list' || (p.ty !== 'f64' && this.on('listToUnion') && this.rng.chance(0.5)) ? 'list' : 'f64';
        if (kind === 'list' && p.ty !== 'list') this.use('listToUnion');
        const init: ArrInit = writes.has(i) ? { k: 'zeros', len: p.len! } : { k: 'literal', elems: Array.from({ length: p.len! }, () => this.expr(ctx, Math.min(1, d - 1))) };
        args.push({ k: 'tmp', kind, init });
        continue;
      }
      const fits = (a: AVar): boolean =>
        a.len === p.len && (p.ty === 'arraylike' || a.kind === p.ty || (p.ty === 'union' && (a.kind === 'f64' || a.kind === 'list'))) &&
        (!writes.has(i) || a.writable);
      // the same array twice: read-only (alias), or also written by the callee (aliasWritten)
      const twice = writes.size ? this.on('aliasWritten') : this.on('alias');
      const ok = ctx.arrays.filter((a) => fits(a) && (twice || !taken.has(a.name)) && (!a.window || this.on('subarrayArg')));
      const windows = this.on('subarrayArg') && (p.ty === 'f64' || p.ty === 'arraylike')
        ? ctx.arrays.filter((a) => a.kind === 'f64' && a.len > p.len! && (!writes.has(i) || a.writable)) : [];
      if (windows.length && (ok.length === 0 || this.rng.chance(0.3))) {
        const a = this.rng.pick(windows);
        const from = this.rng.int(0, a.len - p.len!);
        this.use('subarrayArg');
        args.push({ k: 'arr', name: a.name, window: [from, from + p.len!] });
        if (writes.has(i)) this.markWrite(ctx, a);
        continue;
      }
      if (!ok.length) return undefined;
      const a = this.rng.pick(ok);
      if (taken.has(a.name)) this.use(writes.size ? 'aliasWritten' : 'alias');
      if (a.window) this.use('subarrayArg');
      taken.add(a.name);
      if (writes.has(i)) this.markWrite(ctx, a);
      args.push({ k: 'arr', name: a.name });
    }
    return args;
  }

  private markWrite(ctx: Ctx, a: AVar): void {
    if (!a.param) return;
    ctx.writes.add(ctx.f.params.findIndex((p) => p.name === a.name));
    this.use('writeParams');
  }

  private smallInt(ctx: Ctx): Expr {
    const ints = ctx.scalars.filter((s) => s.int && s.max !== undefined && s.max <= 4);
    return ints.length ? ref(this.rng.pick(ints).name) : lit(this.rng.int(0, 3));
  }

  /** Float64Array variables a kernel may take (windows only with subarrayArg). */
  private kernelArrays(ctx: Ctx): AVar[] {
    return ctx.arrays.filter((a) => a.kind === 'f64' && (!a.window || this.on('subarrayArg')));
  }

  private kernelExpr(ctx: Ctx, sub: () => Expr): Expr | undefined {
    const f64 = this.kernelArrays(ctx);
    const k = this.rng.pick(['sum', 'dot', 'logsumexp', 'sigmoid']);
    if (k === 'sigmoid') {
      this.use('kernels');
      return { k: 'call', fn: 'sigmoid', args: [sub()] };
    }
    if (!f64.length) return undefined;
    const a = this.rng.pick(f64);
    this.use('kernels');
    if (a.window) this.use('subarrayArg');
    if (k !== 'dot') return { k: 'call', fn: k, args: [{ k: 'arr', name: a.name }] };
    const b = this.rng.pick(f64.filter((x) => x.len === a.len));
    return { k: 'call', fn: 'dot', args: [{ k: 'arr', name: a.name }, { k: 'arr', name: b.name }] };
  }
}

/**
 * Whether a loop body may be checkpointed: no array created, grown or rebound in it, no return,
 * and no break or continue that leaves it or goes to its next iteration from a nested loop.
 */
function checkpointable(body: Stmt[], label: string | undefined): boolean {
  const ok = (ss: Stmt[], loops: number, inSwitch: boolean): boolean => ss.every((s) => {
    switch (s.k) {
      case 'rebind': case 'return': return false;
      case 'break': case 'continue':
        if (s.label !== undefined) return s.label !== label;
        return loops > 0 || (s.k === 'break' && inSwitch);
      case 'if': return ok(s.then, loops, inSwitch) && ok(s.else ?? [], loops, inSwitch);
      case 'for': case 'forof': case 'while': case 'dowhile': return ok(s.body, loops + 1, false);
      case 'switch': return s.cases.every((c) => ok(c.body, loops, true));
      default: return true;
    }
  });
  return ok(body, 0, false);
}

/** Whether `e` reads one of `names`. */
function readsAny(e: Expr, names: ReadonlySet<string>): boolean {
  switch (e.k) {
    case 'ref': return names.has(e.name);
    case 'elem': return readsAny(e.idx, names);
    case 'un': case 'test': return readsAny(e.e, names);
    case 'bin': return readsAny(e.l, names) || readsAny(e.r, names);
    case 'set': return readsAny(e.e, names);
    case 'math': return e.args.some((a) => readsAny(a, names));
    case 'cond': return readsAny(e.c, names) || readsAny(e.t, names) || readsAny(e.f, names);
    case 'call': return e.args.some((a) => a.k === 'tmp' ? a.init.k === 'literal' && a.init.elems.some((x) => readsAny(x, names)) : a.k !== 'arr' && a.k !== 'objref' && readsAny(a, names));
    case 'obj': return e.fields.some((f) => readsAny(f.e, names));
    default: return false;
  }
}

/** Whether any node of `x` (statements, expressions) names one of `names` (a declaration, an assignment or a read). */
function mentions(x: unknown, names: ReadonlySet<string>): boolean {
  if (Array.isArray(x)) return x.some((y) => mentions(y, names));
  if (x === null || typeof x !== 'object') return false;
  const name = (x as { name?: unknown }).name;
  return (typeof name === 'string' && names.has(name)) || Object.values(x).some((y) => mentions(y, names));
}

/**
 * Whether a for … of body means the same as a forEach callback's: no `return` (which would end
 * the step, not the function), no jump out of the loop (a labelled one, or a `break`/`continue`
 * of the loop itself), no `var` (the callback's own), and no push onto the array iterated (for …
 * of visits the elements pushed, forEach does not).
 */
function eachable(body: readonly Stmt[], arr: string): boolean {
  // (level: directly in the body, in a loop of it, or in a switch of it, where only `break` stays inside)
  const ok = (s: Stmt, level: 'top' | 'loop' | 'switch'): boolean => {
    switch (s.k) {
      case 'return': return false;
      case 'break': return level !== 'top' && s.label === undefined;
      case 'continue': return level === 'loop' && s.label === undefined;
      case 'decl': return s.kw !== 'var';
      case 'push': return s.arr !== arr;
      case 'if': return s.then.every((t) => ok(t, level)) && (s.else ?? []).every((t) => ok(t, level));
      case 'for': case 'forof': case 'while': case 'dowhile': return s.body.every((t) => ok(t, 'loop'));
      case 'switch': return s.cases.every((c) => c.body.every((t) => ok(t, 'switch')));
      default: return true;
    }
  };
  return body.every((s) => ok(s, 'top'));
}

/** The functions of `m` that `f` calls (its classes' methods where it makes or calls one). */
function calleesIn(m: Module, f: Fn, text: Map<Fn, string>): Fn[] {
  const t = text.get(f) ?? JSON.stringify(f.body);
  const methods = [...(m.classes ?? []).flatMap((c) => c.methods), ...(m.orderClasses ?? []).flatMap((c) => [...c.methods, ...c.statics])];
  // (a method by the name it is called by, `o.twist(…)`, `C.make(…)`: seed 15800025 #99 was marked
  // for calling twist, which all methods were taken for, where Pt.m1 used the buffer)
  return [...m.fns.filter((g) => t.includes(`"fn":"${g.name}"`)), ...methods.filter((g) => t.includes(`"method":"${g.name}"`))];
}

/** Whether `f` uses the buffer `S` or calls (through others) a function of its module that does. */
function scratchReach(m: Module, f: Fn, S: string): boolean {
  const seen = new Set<Fn>();
  const text = new Map<Fn, string>();
  const stack = [f];
  while (stack.length) {
    const g = stack.pop()!;
    if (seen.has(g)) continue;
    seen.add(g);
    const t = JSON.stringify(g.body);
    text.set(g, t);
    if (t.includes(`"${S}"`)) return true;
    stack.push(...calleesIn(m, g, text));
  }
  return false;
}

/**
 * Whether `body` uses the array `S` otherwise than by its elements (`S[i]`, `S[i] = e`), its
 * length, `S.fill(…)`, `for (const v of S)` or as an argument of a call (a helper's, a kernel's,
 * `Float64Array.from(S)`: what tsgrad lowers a module's scratch buffer for): a window
 * `S.subarray(…)`, `S.slice()`, `new Float64Array(S)`, a spread, `S.entries()`, `S.forEach`, a
 * ternary over it.
 */
function usesOtherwise(body: Stmt[], S: string): boolean {
  let odd = false;
  const visit = (x: unknown): void => {
    if (odd || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) { x.forEach(visit); return; }
    const o = x as Record<string, unknown>;
    for (const [key, v] of Object.entries(o)) {
      if (v === S) {
        const ok = ((o.k === 'elem' || o.k === 'len' || o.k === 'store' || o.k === 'fillstmt') && key === 'arr')
          || (o.k === 'forof' && key === 'arr' && !o.entries && !o.each)
          || (o.k === 'arr' && key === 'name' && !o.window)
          // (Float64Array.from(S), Array.from(S), sorted or not: S an argument of a call, as tsgrad allows it)
          || ((o.k === 'copy' || o.k === 'sorted') && key === 'arr' && (o.how === 'from' || o.how === 'arrayFrom'));
        if (!ok) odd = true;
      } else visit(v);
    }
  };
  visit(body);
  return odd;
}

/**
 * Marks to be refused (TSG1008, by design) each function that uses its module's scratch buffer
 * otherwise than by its elements, its length, fill, for … of or as an argument, or that uses it
 * and calls a function of the module that uses it too, or itself (what the callee writes is
 * what it reads after the call: compiler/frontend/statements/module-scratch.ts); the programs
 * stay as they are.
 */
function markScratchRefusals(modules: Module[]): void {
  for (const m of modules) {
    const c = m.consts.find((x) => x.scratch);
    if (!c) continue;
    const all: Fn[] = [...m.fns, ...(m.classes ?? []).flatMap((k) => k.methods), ...(m.orderClasses ?? []).flatMap((k) => [...k.methods, ...k.statics])];
    const text = new Map(all.map((f) => [f, JSON.stringify(f.body)]));
    const users = new Set(all.filter((f) => text.get(f)!.includes(`"${c.name}"`)));
    for (const f of m.fns) {
      if (!users.has(f) || f.refuse) continue;
      if (usesOtherwise(f.body, c.name)) {
        f.refuse = 'TSG1008';
        f.refuseWhy = 'a use other than by its elements, its length, fill, for … of or as an argument (a window, a copy, a spread…)';
        continue;
      }
      const seen = new Set<Fn>();
      const stack = calleesIn(m, f, text);
      let hit: Fn | undefined;
      while (stack.length && !hit) {
        const g = stack.pop()!;
        if (seen.has(g)) continue;
        seen.add(g);
        if (g === f || users.has(g)) hit = g;
        else stack.push(...calleesIn(m, g, text));
      }
      if (hit) {
        f.refuse = 'TSG1008';
        f.refuseWhy = hit === f ? 'it calls itself' : `it calls ${hit.name}, which uses the buffer too`;
      }
    }
  }
}
