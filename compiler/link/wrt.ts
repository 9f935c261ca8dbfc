import type { Diagnostic } from '../diagnostics.js';
import { callsIn } from '../ir/inline.js';
import type { Func } from '../ir/types.js';
import { type Module, key } from './modules.js';

/**
 * `--wrt`: the exported functions of the inputs named by `wrt` (see CompileOptions.wrt) keep
 * as differentiable only the parameters asked for, so that activity analysis leaves the others
 * inactive. A name that matches no parameter is an error (TSG3005). A function whose derivative
 * another derivative calls (recursion, a call kept out of line) keeps every parameter, which
 * its callers need, and a note says so (TSG3006). A function that returns nothing has the arrays it
 * writes for outputs: a list that names none of them would leave it nothing to differentiate, and
 * its `_vjp` and `_jvp` would compute nothing (trial31). Asked for by name (`--wrt scale:k`), that is
 * a mistake of the command line (TSG3007, an error); through a plain list meant for other
 * functions (`--wrt k`), the function keeps every parameter, and a note says so (TSG3007, info).
 */
export function restrictToWrt(modules: Map<string, Module>, wrt: readonly string[], problems: Map<string, Diagnostic[]>): Diagnostic[] {
  const plain = new Set(wrt.filter((w) => !w.includes(':')).map((w) => w.trim()).filter((w) => w !== ''));
  const byFunction = new Map<string, Set<string>>();
  for (const w of wrt) {
    const at = w.indexOf(':');
    if (at < 0) continue;
    const f = w.slice(0, at).trim();
    const names = byFunction.get(f) ?? new Set<string>();
    for (const n of w.slice(at + 1).split(',')) if (n.trim() !== '') names.add(n.trim());
    byFunction.set(f, names);
  }
  const calledOutOfLine = new Set<string>();
  for (const m of modules.values()) {
    for (const fn of m.funcs.values()) {
      for (const c of callsIn(fn.body)) if (c.callee.vjp === 'generated') calledOutOfLine.add(key(c.callee.file, c.callee.name));
    }
  }
  const usedPlain = new Set<string>();
  const usedFunction = new Set<string>();
  const unmatched: Diagnostic[] = [];
  const fail = (m: Module, fn: Func | undefined, code: 'TSG3005' | 'TSG3007', message: string, hint: string) => {
    // (a name no function has is a mistake of the command line: no place in the file, line 0)
    const d: Diagnostic = { code, message, hint, file: m.file, line: fn?.loc.line ?? 0, column: fn?.loc.column ?? 0, length: 0 };
    if (!fn) { unmatched.push(d); return; }
    const k = key(m.file, fn.name);
    problems.set(k, [...(problems.get(k) ?? []), d]);
  };
  for (const m of modules.values()) {
    if (!m.input || !m.trace) continue;
    for (const [name, fn] of m.funcs) {
      if (!fn.exported) continue;
      const own = byFunction.get(name);
      const asked = own ?? new Set(fn.params.filter((p) => plain.has(p.key)).map((p) => p.key));
      if (asked.size === 0) continue;
      if (own) usedFunction.add(name);
      for (const p of fn.params) if (plain.has(p.key)) usedPlain.add(p.key);
      const unknown = [...asked].filter((n) => !fn.params.some((p) => p.key === n && p.differentiable));
      if (unknown.length > 0) {
        fail(m, fn, 'TSG3005', `--wrt ${name}:${unknown.join(',')}: ${name} has no parameter ${unknown.map((n) => `'${n}'`).join(' or ')} of type number or array of numbers`,
          `its differentiable parameters are ${fn.params.filter((p) => p.differentiable).map((p) => p.key).join(', ') || 'none'}`);
        continue;
      }
      if (calledOutOfLine.has(key(m.file, name))) {
        unmatched.push({ code: 'TSG3006', severity: 'info', file: m.file, line: fn.loc.line, column: fn.loc.column, length: 0,
          message: `--wrt does not restrict ${name}: the derivatives of its callers (or its own, when it recurses) call ${name}_vjp and need every parameter's adjoint, so ${name}_grad keeps them all`,
          hint: `differentiate a wrapper that calls ${name} with --wrt on the wrapper` });
        continue;
      }
      const outputs = fn.returnsNumber ? [] : fn.params.filter((p) => p.differentiable && fn.writes.includes(p.v)).map((p) => p.key);
      if (outputs.length > 0 && !outputs.some((k) => asked.has(k))) {
        const list = [...asked].join(',');
        const what = `${name} returns nothing: its outputs are the arrays it writes (${outputs.join(', ')})`;
        const hint = `name them too: --wrt ${name}:${[...asked, ...outputs].join(',')}`;
        if (own) {
          fail(m, fn, 'TSG3007', `--wrt ${name}:${list} leaves ${name} no output to differentiate: ${what}, which the list does not name`, hint);
        } else {
          unmatched.push({ code: 'TSG3007', severity: 'info', file: m.file, line: fn.loc.line, column: fn.loc.column, length: 0,
            message: `--wrt ${list} does not restrict ${name}: ${what}, which --wrt does not name, so its derivatives would compute nothing; it keeps every parameter`,
            hint });
        }
        continue;
      }
      m.funcs.set(name, { ...fn, params: fn.params.map((p) => (asked.has(p.key) || !p.differentiable ? p : { ...p, differentiable: false })) });
    }
  }
  const first = [...modules.values()].find((m) => m.input);
  for (const n of plain) {
    if (!usedPlain.has(n) && first) fail(first, undefined, 'TSG3005', `--wrt ${n}: no exported function of the inputs has a parameter '${n}'`, 'check the spelling, or name the function: --wrt f:w,b');
  }
  for (const f of byFunction.keys()) {
    if (!usedFunction.has(f) && first) fail(first, undefined, 'TSG3005', `--wrt ${f}:…: the inputs export no function '${f}' to differentiate`, 'name an exported function that returns a number');
  }
  return unmatched;
}
