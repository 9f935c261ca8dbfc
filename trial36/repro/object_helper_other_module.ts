// REFUSED (should work): object-of-numbers helpers imported from another module of the project.
// Expected: differentiated as when sub/dot are declared in this module (they are inlined there).
// Actual:   9:13 error TSG2002: 'sub' has a parameter tsgrad cannot pass (a: V); the hint says "'sub' is exported, ...
//           call a helper of this module that is not exported": a helper of another module must be exported to be
//           imported, so the hint asks for a copy of the helper in every module. The same helpers declared in this
//           module, exported or not, work.
import { dot, sub } from './vec_helpers.js';
export function dist2(x1: number, y1: number, x2: number, y2: number): number {
  const d = sub({ x: x1, y: y1 }, { x: x2, y: y2 });
  return dot(d, d);
}
