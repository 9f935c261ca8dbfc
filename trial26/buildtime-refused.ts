// A build-time grad of a function tsgrad refuses: the program must not run, with the diagnostic.
import { grad } from 'tsgrad';
import { closureAsValue } from './src/shapes.js';

console.log('this line must not run', grad(closureAsValue)(0.5, 2));
