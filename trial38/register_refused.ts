// grad(f) of a function tsgrad refuses, under node --import tsgrad/register: the program must stop before it runs,
// with the diagnostic at refused.ts:12:9 (the Map).
import { grad } from 'tsgrad';
import { cachedBonds } from './src/refused.js';
const g = grad(cachedBonds);
console.log('RAN', g(Float64Array.from([1, 1.1]), 2).value);
