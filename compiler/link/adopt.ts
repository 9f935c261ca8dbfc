/**
 * Package functions that stay calls after inlining (recursive: @stdlib's `gsumpw`, pairwise
 * summation, reached from `stats-base-mean`): nothing is written into node_modules, so each
 * project module that calls one gets a private copy of it, under a name of its own, and its
 * calls (the copy's own, recursive, too) call the copy. The copy is then differentiated as a
 * recursive private helper of the module is: its primal, vjp, jvp and second-order forms are
 * emitted into the module's generated file, as private functions.
 */
import { basename, resolve } from 'node:path';
import { inPackage, packagePath } from '../frontend/packages.js';
import { callsIn } from '../ir/inline.js';
import type { Call, Callee, Func, Param } from '../ir/types.js';
import { mapBlock } from '../ir/walk.js';
import { type Module, key } from './modules.js';

/**
 * A call left in a project module's function to a package's function tsgrad read, lowered and
 * could differentiate (its own failures are reported as they were: TSG1008 of a module-level
 * workspace, …), that returns a number or nothing: one to adopt.
 */
function adoptable(c: Call, modules: ReadonlyMap<string, Module>): Func | undefined {
  const { callee } = c;
  if (callee.vjp !== 'generated' || !inPackage(callee.file) || callee.returnsBoolean || callee.returnsArray ||
    callee.projection !== undefined || callee.params.some((p) => p.string || p.of !== undefined)) return undefined;
  const m = modules.get(resolve(callee.file));
  if (!m?.package || m.trace?.failures.has(callee.name)) return undefined;
  return m.funcs.get(callee.name);
}

/**
 * Gives every project module the copies of the package functions its functions still call
 * (and those the copies call in turn), and points the calls at them. `text` gives a module's
 * source text: a copy's name is no identifier of it (nor the start of one: the copy's forms,
 * `<name>_vjp`, `<name>_jvp`, …, are named after it).
 */
export function adoptPackageFunctions(modules: ReadonlyMap<string, Module>, text: (file: string) => string | undefined): void {
  for (const m of modules.values()) {
    if (m.package || !m.trace) continue;
    if (![...m.funcs.values()].some((fn) => callsIn(fn.body).some((c) => adoptable(c, modules)))) continue;
    const identifiers = new Set((text(m.file) ?? '').match(/[A-Za-z_$][\w$]*/g) ?? []);
    for (const n of m.funcs.keys()) identifiers.add(n);
    /** The copy's callee by the package function's key. */
    const copies = new Map<string, Callee>();
    // (a name, or the name of one of its forms, `<name>_vjp`, `<name>_rev_d`: either way round)
    const form = /^_(?:vjp|grad|jvp|hvp|hessian|vjpInOut|fwd|rev|jacobian)(?:_d)?$/;
    const clash = (a: string, b: string) => a === b || (a.startsWith(b) && form.test(a.slice(b.length))) || (b.startsWith(a) && form.test(b.slice(a.length)));
    const taken = (n: string) => [...identifiers].some((i) => clash(i, n)) || [...copies.values()].some((c) => clash(c.name, n));
    const work: Func[] = [];
    const retarget = (fn: Func): Func => {
      const body = mapBlock(fn.body, (s) => {
        if (s.kind !== 'call') return s;
        const original = adoptable(s, modules);
        if (!original) return s;
        const k = key(s.callee.file, s.callee.name);
        let callee = copies.get(k);
        if (!callee) {
          callee = { ...s.callee, name: copyName(s.callee.name, s.callee.file, taken), file: m.file, exported: false };
          for (const drop of ['specifier', 'importDefault', 'vjpFile', 'inlineOnly'] as const) delete (callee as { -readonly [K in keyof Callee]?: Callee[K] })[drop];
          copies.set(k, callee);
          // (its statements keep their places in the package's file, for source maps: a loc without a file is the module's own)
          const file = s.callee.file;
          const body = mapBlock(original.body, (t) => (t.loc.file ? t : { ...t, loc: { ...t.loc, file } }));
          work.push({
            ...original, name: callee.name, exported: false, body, loc: { ...original.loc, file: original.loc.file ?? file },
            params: original.params.map((p) => ({ ...p, typeText: declaredType(p, original) })),
          });
        }
        return { ...s, callee };
      });
      return body === fn.body ? fn : { ...fn, body };
    };
    for (const [name, fn] of m.funcs) m.funcs.set(name, retarget(fn));
    while (work.length > 0) {
      const copy = work.pop()!;
      m.funcs.set(copy.name, retarget(copy));
    }
  }
}

/**
 * A copy's parameter type, as the generated module can write it: a package's JavaScript types
 * its parameters in JSDoc (`{NumericArray} x`, `{PositiveInteger} N`), names the module does
 * not have. A number is a `number`; an array the function only reads an `ArrayLike<number>`,
 * which every array of numbers is; one it writes a `Float64Array | Float32Array | number[]`.
 */
function declaredType(p: Param, fn: Func): string {
  const plain = /^(?:number|number\[\]|readonly number\[\]|ArrayLike<number>|(?:Float64|Float32|Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32)Array)$/;
  if (p.tsType === 'other' || plain.test(p.typeText)) return p.typeText;
  if (p.tsType === 'number') return 'number';
  if (p.tsType === 'number[]') return 'number[]';
  return fn.writes.includes(p.v) ? 'Float64Array | Float32Array | number[]' : 'ArrayLike<number>';
}

/**
 * `gsumpw_blasExtBaseGsumpw`: the function's name (`default` for a default export), then its
 * package's, in camel case, and the file's unless it is the package's main or index
 * (`gsumpw_blasExtBaseGsumpwNdarray`), and a number if that is still taken.
 */
function copyName(name: string, file: string, taken: (n: string) => boolean): string {
  const path = packagePath(file);
  const pkg = (path.startsWith('@') ? path.split('/')[1] : path.split('/')[0]) ?? 'package';
  const stem = basename(file).replace(/\.[cm]?[jt]s$/, '');
  const camel = (s: string) => s.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase());
  const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const base = `${camel(name)}_${camel(pkg)}${stem === 'main' || stem === 'index' ? '' : upper(camel(stem))}`;
  let n = base;
  for (let i = 2; taken(n); i++) n = `${base}${i}`;
  return n;
}
