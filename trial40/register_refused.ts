// A grad(f) of a refused function must stop the program before main runs (exit 1, the diagnostic printed).
import { grad } from 'tsgrad';
import { privateMean } from './src/probes.js';

console.log('RAN');
console.log(grad(privateMean)(Float64Array.of(1, 2, 3)).value);
