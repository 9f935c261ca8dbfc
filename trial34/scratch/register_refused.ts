// grad(f) of a function tsgrad refuses, under tsgrad/register: expect the diagnostic once and exit 1.
import { grad } from 'tsgrad';
import { modulePower } from '../src/energy.js';
console.log(grad(modulePower)(20, 8, 3e-9, 0.005, 250).value);
