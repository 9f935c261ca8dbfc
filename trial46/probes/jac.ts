// Functions that write arrays, checked by `tsgrad check` through their f_jacobian (run.mjs extra).

/**
 * One Lax-Friedrichs step of 1-D shallow water with reflective walls, into outH and outHu.
 * @domain h [0.8, 1.2] length 5
 * @domain hu [-0.2, 0.2] length 5
 * @domain g [9, 10]
 * @domain dt [0.02, 0.05]
 * @domain outH [0, 0] length 5
 * @domain outHu [0, 0] length 5
 */
export function shallowWaterStepInto(h: Float64Array, hu: Float64Array, g: number, dt: number, outH: Float64Array, outHu: Float64Array): void {
  const n = h.length;
  const flux = (hh: number, q: number): [number, number] => [q, (q * q) / hh + 0.5 * g * hh * hh];
  for (let i = 0; i < n; i++) {
    const l = i === 0 ? 0 : i - 1, r = i === n - 1 ? n - 1 : i + 1;
    const ql = i === 0 ? -hu[0] : hu[l], qr = i === n - 1 ? -hu[n - 1] : hu[r];
    const [fl0, fl1] = flux(h[l], ql);
    const [fr0, fr1] = flux(h[r], qr);
    outH[i] = 0.5 * (h[l] + h[r]) - 0.5 * dt * (fr0 - fl0);
    outHu[i] = 0.5 * (ql + qr) - 0.5 * dt * (fr1 - fl1);
  }
}

/**
 * GGX specular highlight on a 3 × 3 patch of normals tilted by (tx, ty); returns the peak and fills out.
 * @domain roughness [0.3, 0.8]
 * @domain tx [-0.3, 0.3]
 * @domain ty [-0.3, 0.3]
 * @domain out [0, 0] length 9
 */
export function highlightPatch(roughness: number, tx: number, ty: number, out: Float64Array): number {
  const a2 = roughness ** 4;
  let peak = 0;
  for (let j = 0; j < 3; j++) {
    for (let i = 0; i < 3; i++) {
      const nx = tx + 0.2 * (i - 1), ny = ty + 0.2 * (j - 1);
      const nh = 1 / Math.sqrt(1 + nx * nx + ny * ny);
      const d = nh * nh * (a2 - 1) + 1;
      out[3 * j + i] = a2 / (Math.PI * d * d);
      peak = Math.max(peak, out[3 * j + i]);
    }
  }
  return peak;
}
