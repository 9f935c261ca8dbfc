// Why is tournamentWinLoop_vjp 20x slower in recloop.ts than alone? Try each difference in turn.
import * as G from '../src/recursive.grad.ts';
const s = Float64Array.of(1, 1.5, 0.7, 2, 1.2, 0.9, 1.1, 1.3);
const T = (f: () => unknown, n = 20000) => { const t = performance.now(); for (let i = 0; i < n; i++) f(); return (((performance.now() - t) / n) * 1e6).toFixed(0); };
const mode = process.argv[2];
const args: any[] = [s, 3];
const zeros = (o: Record<string, number | Float64Array>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? 0 : new Float64Array(v.length)]));
let adj: any = { strength: new Float64Array(8), team: 0 };
if (mode === 'fromEntries') adj = zeros({ strength: new Float64Array(8), team: 0 });
const f: any = (G as any)['tournamentWinLoop_vjp'];
for (let k = 0; k < 4; k++) console.log(mode, T(() => f(...args, adj)));
