// A grad(f) that tsgrad refuses must stop the program under `node --import tsgrad/register`, before main runs.
import { grad } from 'tsgrad';
import { switchTrue } from './src/probes.js';

const d = grad(switchTrue);
console.log('RAN', d(1, 2).value);
