// Climate: a zero-dimensional energy balance model stepped in time, an ice-albedo feedback, a two-box ocean,
// two-stream radiative transfer of a layer and of layers combined by the adding method.

const SIGMA = 5.670374419e-8;
const S0 = 1361;

type Box = { readonly T: number; readonly Td: number };

/** Two-box (surface + deep ocean) response to a forcing series; squared misfit to observed surface anomalies. */
export function twoBoxFit(forcing: Float64Array, obs: Float64Array, lambda: number, gamma: number, C: number, Cd: number, dt: number): number {
  let s: Box = { T: 0, Td: 0 };
  let loss = 0;
  forcing.forEach((F, k) => {
    const dT = (F - lambda * s.T - gamma * (s.T - s.Td)) / C;
    const dTd = (gamma * (s.T - s.Td)) / Cd;
    s = { T: s.T + dt * dT, Td: s.Td + dt * dTd };
    loss += (s.T - obs[k]) ** 2;
  });
  return loss;
}

/** Albedo falling smoothly from ice to ocean around a threshold temperature. */
const albedo = (T: number, { ice = 0.6, ocean = 0.3, T0 = 265, w = 5 }: { ice?: number; ocean?: number; T0?: number; w?: number } = {}): number =>
  ocean + 0.5 * (ice - ocean) * (1 - Math.tanh((T - T0) / w));

/** Zero-dimensional EBM with ice-albedo feedback and a grey greenhouse (emissivity), stepped to near equilibrium. */
export function ebmEquilibrium(emissivity: number, heatCap: number, T0: number, years: number, solarScale: number): number {
  const dt = 86400 * 30;
  let T = T0;
  const steps = Math.round((years * 365 * 86400) / dt);
  for (let k = 0; k < steps; k++) {
    const absorbed = ((S0 * solarScale) / 4) * (1 - albedo(T));
    const emitted = emissivity * SIGMA * T ** 4;
    T += (dt * (absorbed - emitted)) / heatCap;
  }
  return T;
}

/** Two-stream (hemispheric-mean closure) reflectance and transmittance of a homogeneous layer. */
const twoStream = (tau: number, omega: number, g: number): { R: number; T: number } => {
  const gam1 = 2 - omega * (1 + g), gam2 = omega * (1 - g);
  const k = Math.sqrt(gam1 * gam1 - gam2 * gam2);
  const e = Math.exp(-k * tau);
  const den = k + gam1 + (k - gam1) * e * e;
  return { R: (gam2 * (1 - e * e)) / den, T: (2 * k * e) / den };
};

/** Cloud layer fit: reflectance of a layer of optical depth tau and asymmetry g against observed reflectances at
 *  several single-scattering albedos. */
export function cloudReflectanceFit(tau: number, g: number, omegas: Float64Array, observed: Float64Array): number {
  return omegas.reduce((loss, om, i) => loss + (twoStream(tau, om, g).R - observed[i]) ** 2, 0);
}

/** Layers combined by the adding method, top first, over a surface of albedo As: planetary albedo. */
export function addingAlbedo(taus: Float64Array, omegas: Float64Array, g: number, As: number): number {
  // combine from the bottom: the surface is a layer with R = As, T = 0
  let Rb = As;
  for (let i = taus.length - 1; i >= 0; i--) {
    const { R, T } = twoStream(taus[i], omegas[i], g);
    Rb = R + (T * T * Rb) / (1 - R * Rb);
  }
  return Rb;
}

/** Radiative-equilibrium temperatures of an N-layer grey atmosphere by relaxation; returns the surface temperature. */
export function greyAtmosphere(eps: Float64Array, albedoP: number, iters: number): number {
  const n = eps.length;
  const T = new Float64Array(n + 1).fill(250);
  const absorbedSolar = (S0 / 4) * (1 - albedoP);
  for (let it = 0; it < iters; it++) {
    // surface: absorbs solar plus the downward emission of the layers that reaches it
    let down = 0, trans = 1;
    for (let j = 0; j < n; j++) {
      down += trans * eps[j] * SIGMA * T[j + 1] ** 4;
      trans *= 1 - eps[j];
    }
    T[0] = Math.sqrt(Math.sqrt((absorbedSolar + down) / SIGMA));
    // each layer: absorbs what it receives from below and above, emits up and down
    for (let j = 0; j < n; j++) {
      let fromBelow = SIGMA * T[0] ** 4;
      for (let m = 0; m < j; m++) fromBelow = fromBelow * (1 - eps[m]) + eps[m] * SIGMA * T[m + 1] ** 4;
      let fromAbove = 0;
      for (let m = n - 1; m > j; m--) fromAbove = fromAbove * (1 - eps[m]) + eps[m] * SIGMA * T[m + 1] ** 4;
      T[j + 1] = Math.sqrt(Math.sqrt((fromBelow + fromAbove) / (2 * SIGMA)));
    }
  }
  return T[0];
}
