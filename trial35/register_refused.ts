// grad(f) of a refused function under tsgrad/register: expected to print the diagnostic once and exit 1 without running.
// Run: node --import tsgrad/register trial35/register_refused.ts
import { grad } from 'tsgrad';
import { pidCost } from './src/control.js';
console.log('ran', grad(pidCost)(1, 0.5, 0.1, 1).value);
