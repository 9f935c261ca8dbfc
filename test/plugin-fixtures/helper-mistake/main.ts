import { grad } from 'tsgrad';
import { risky } from './model.js';

export const drisky = grad(risky);
