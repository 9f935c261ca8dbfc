// Finding: under this repository's tsconfig (module/moduleResolution "nodenext"), an extensionless relative import
// ('./unresolved_import_util', which tsc reports as TS2835 "Relative import paths need explicit file extensions")
// is reported by tsgrad as if the imported arrow function were something it cannot follow:
//   unresolved_import.ts:10:47 - error TSG2002: 'sq' is not a function tsgrad can follow
//   hint: call a function declared with `function` or `const f = (…) => …` in this project, …
// but 'sq' IS `export const sq = (x: number): number => x * x`. Expected: a message saying that the module
// './unresolved_import_util' cannot be resolved (write './unresolved_import_util.js'). The same files outside the
// repository (no tsconfig above them) compile. In trial38 this first showed up as an error inside angleEnergy.
import { sq } from './unresolved_import_util';
export function f(x: number): number { return sq(x) + 1; }
