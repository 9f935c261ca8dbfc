/**
 * reverse/split.ts on sweeps built by hand: what g_rev reads of g_fwd is found by variable
 * (TVar), so sweeps whose names are not one variable each are refused loudly (the sweeps'
 * builders never make them: every fixture and fuzz program splits without it).
 */
import type { Func } from '../compiler/ir/types.js';
import { type TStmt, declare, local, name, ref } from '../compiler/ir/target.js';
import { splitForms } from '../compiler/reverse/split.js';

const g = { name: 'g', vars: [], params: [], writes: [] } as unknown as Func;
const split = (forward: TStmt[], reverse: TStmt[]) => () => splitForms(g, { forward, reverse, value: undefined, shadows: new Set(), adjointsReadEarly: false });

test("a name that is no variable, or two variables of one name, in g's sweeps: an error, not split forms that miss a read", () => {
  const k = local('k', 'int');
  const other = local('k', 'int');
  expect(split([declare('const', k, name('n'))], [{ k: 'return', e: ref(k) }])).toThrow('g: split forms of sweeps whose names are not one variable each');
  expect(split([declare('const', k, ref(other))], [{ k: 'return', e: ref(k) }])).toThrow('not one variable each');
});
