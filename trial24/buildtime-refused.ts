// grad(f) of a function tsgrad refuses: the program must stop with the diagnostic.
import { grad } from 'tsgrad';
import { guardedLog } from './shapes.js';

console.log(grad(guardedLog)(2));
