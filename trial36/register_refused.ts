// grad of a function tsgrad refuses (a Map read): the program must not run; the diagnostic printed once, exit 1
import { grad } from 'tsgrad';
import { mapRate } from './src/refused.js';

console.log('ran', grad(mapRate)(2, 'fast'));
