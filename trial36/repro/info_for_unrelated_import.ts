// NOISE: compiling this module prints an info about a function of the module it imports from that nothing here calls.
// Expected: no diagnostic (the README: a module compiled only because the inputs call into it "gets what they need:
//           its functions that tsgrad cannot differentiate, and nobody's call reaches, are left out ... rather than
//           reported").
// Actual:   vec_helpers.ts:3:17 - info TSG1010: 'sub' returns V, not a number: it gets no gradient (dot, which takes objects, gets none).
import { sq } from './vec_helpers.js';
export function sumSquares(x: number, y: number): number {
  return sq(x) + sq(y);
}
