// helper module for object_helper_other_module.ts and check_object_helpers.ts: object-of-numbers helpers, as util.ts
export interface V { x: number; y: number }
export function sub(a: V, b: V): V { return { x: a.x - b.x, y: a.y - b.y }; }
export function dot(a: V, b: V): number { return a.x * b.x + a.y * b.y; }
export function sq(x: number): number { return x * x; }
