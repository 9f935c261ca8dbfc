// A refused grad(f) under tsgrad/register must stop the program before it runs: privateSpring reads a #private field.
import { grad } from 'tsgrad';
import { privateSpring } from './src/classes.js';

console.log('RAN', grad(privateSpring)(2, 0.5).value);
