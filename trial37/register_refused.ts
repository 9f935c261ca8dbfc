// grad(f) of a refused function under tsgrad/register: must stop with the diagnostic, not run.
import { grad } from 'tsgrad';
import { recordSum } from './src/refused.js';
console.log('RAN', grad(recordSum)(Float64Array.of(1, 2, 3)).value);
