// Does running a recursive function's vjp slow down a loop function's vjp in the same process?
import * as G from '../src/recursive.grad.ts';
import * as R from '../src/recursive.ts';
const s = Float64Array.of(1, 1.5, 0.7, 2, 1.2, 0.9, 1.1, 1.3);
const a = { strength: new Float64Array(8), team: 0 };
const a2 = { strength: new Float64Array(8), team: 0 };
const T = (f: () => unknown, n = 20000) => { const t = performance.now(); for (let i = 0; i < n; i++) f(); return (((performance.now() - t) / n) * 1e6).toFixed(0); };
const phase = process.argv[2] ?? 'loop-first';
if (phase === 'loop-first') for (let k = 0; k < 3; k++) console.log('loop vjp alone', T(() => G.tournamentWinLoop_vjp(s, 3, a)));
for (let k = 0; k < 3; k++) console.log('rec vjp', T(() => G.tournamentWin_vjp(s, 3, a2)), 'loop vjp', T(() => G.tournamentWinLoop_vjp(s, 3, a)), 'loop f', T(() => R.tournamentWinLoop(s, 3)));
