// A refused grad(f) under tsgrad/register must stop the program before main runs (exit 1, the diagnostic printed).
import { grad } from 'tsgrad';
import { clampedGain } from './src/probes.js';

const d = grad(clampedGain);
console.log('RAN', d(1, 2).value);
