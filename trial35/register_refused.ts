// grad(f) of a refused function under tsgrad/register: expected to print the diagnostic once and exit 1 without running.
// Run: node --import tsgrad/register trial35/register_refused.ts
import { grad } from 'tsgrad';
// (pidCost, the first choice, compiles since front37's objects changed in place: countedSquare,
// which assigns module state, is refused with TSG1002 as pidCost was)
import { countedSquare } from './src/refusals.js';
console.log('ran', grad(countedSquare)(1.5).value);
