/** What the interpreter computes with: numbers that carry a tangent and an adjoint, and arrays of them. */

/**
 * A number of the evaluation trace: an input (index ≤ 0: v₋₁, v₀), an intermediate (index
 * 1 … n: v₁ … vₙ), or a constant (no index). `parents` are the values it was computed from,
 * each with the local partial derivative ∂node/∂parent (the elemental Jacobian's row).
 */
export interface Node {
  index?: number;
  readonly value: number;
  /** v̇: the directional derivative along the chosen input direction (forward mode). */
  readonly tangent: number;
  /** v̄ = ∂y/∂v: filled in by the reverse sweep. */
  adjoint: number;
  readonly parents: readonly { readonly node: Node; readonly partial: number }[];
}

export const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && 'parents' in v;

export function constant(value: number): Node {
  return { value, tangent: 0, adjoint: 0, parents: [] };
}

/** An array (or a window of one, `x.subarray(a, b)`): elements are Nodes, or plain integers of an integer array. */
export class ArrayRef {
  /** `ctor`: of a typed array other than Float64Array (`Float32Array`, `Uint8Array`…), whose stores round or wrap. */
  constructor(readonly data: Value[], readonly offset = 0, private readonly fixedLength?: number, readonly ctor?: string,
    /** A typed array (or a window): its length is fixed, and a store past the end does nothing, as in JavaScript. */
    readonly typed = false) {}

  get length(): number {
    return this.fixedLength ?? this.data.length - this.offset;
  }

  get(i: number): Value {
    return i >= 0 && i < this.length ? this.data[this.offset + i] : undefined;
  }

  set(i: number, v: Value): void {
    if ((this.typed || this.fixedLength !== undefined) && !(i >= 0 && i < this.length)) return;
    this.data[this.offset + i] = v;
  }

  window(offset: number, length: number): ArrayRef {
    return new ArrayRef(this.data, this.offset + offset, length, this.ctor, true);
  }
}

/** A module-level constant object of numbers, looked up by key. */
export interface ObjectTable {
  readonly kind: 'object';
  readonly values: ReadonlyMap<string, number>;
}

export type Value = Node | number | boolean | string | ArrayRef | ObjectTable | undefined;

/** The plain JavaScript value (a Node's number, a Float64Array for an array). */
export function plain(v: Value): unknown {
  if (isNode(v)) return v.value;
  if (v instanceof ArrayRef) {
    const out = Array.from({ length: v.length }, (_, i) => plain(v.get(i)));
    return out.every((x) => typeof x === 'number') ? Float64Array.from(out as number[]) : out;
  }
  return v;
}
