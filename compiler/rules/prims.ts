/** The primitive operations of the trace: the rows of the rules table (rules/table.ts), in its order. */
import { type Prim, rules } from './table.js';

export type { Prim };
export const prims = Object.keys(rules) as Prim[];
