// A grad(f) that tsgrad refuses must stop the program under `node --import tsgrad/register`, before main runs.
import { grad } from 'tsgrad';
// (switchTrue until stop 42, when switch (true) began to compile: setOffset, still refused, TSG1008)
import { setOffset } from './src/probes.js';

const d = grad(setOffset);
console.log('RAN', d(Float64Array.of(1, 2, 3), Float64Array.of(4, 5)).value);
