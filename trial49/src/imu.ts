// An IMU Kalman filter (tilt from gyro + accelerometer) and a small EKF, matrices in flat scratch buffers.

const P = new Float64Array(4);
const K = new Float64Array(2);
const Pn = new Float64Array(4);

/** 2-state Kalman (angle, gyro bias): negative log-likelihood of the accelerometer angles */
export function tiltKalmanNll(gyro: Float64Array, accAngle: Float64Array, qAngle: number, qBias: number, rMeas: number, dt: number): number {
  P[0] = 1; P[1] = 0; P[2] = 0; P[3] = 1;
  let ang = 0, bias = 0, nll = 0;
  for (let k = 0; k < gyro.length; k++) {
    ang += dt * (gyro[k] - bias);
    // P = F P F^T + Q, F = [[1, -dt], [0, 1]], unrolled
    Pn[0] = P[0] - dt * (P[2] + P[1]) + dt * dt * P[3] + qAngle * dt;
    Pn[1] = P[1] - dt * P[3];
    Pn[2] = P[2] - dt * P[3];
    Pn[3] = P[3] + qBias * dt;
    const S = Pn[0] + rMeas;
    K[0] = Pn[0] / S; K[1] = Pn[2] / S;
    const y = accAngle[k] - ang;
    nll += 0.5 * (Math.log(S) + (y * y) / S);
    ang += K[0] * y; bias += K[1] * y;
    P[0] = Pn[0] - K[0] * Pn[0]; P[1] = Pn[1] - K[0] * Pn[1];
    P[2] = Pn[2] - K[1] * Pn[0]; P[3] = Pn[3] - K[1] * Pn[1];
  }
  return nll;
}

const x3 = new Float64Array(3);
const P9 = new Float64Array(9);
const F9 = new Float64Array(9);
const T9 = new Float64Array(9);

function matMul3(out: Float64Array, a: Float64Array, b: Float64Array): Float64Array {
  for (let i = 0; i < 3; i++) {
    out[3 * i] = a[3 * i] * b[0] + a[3 * i + 1] * b[3] + a[3 * i + 2] * b[6];
    out[3 * i + 1] = a[3 * i] * b[1] + a[3 * i + 1] * b[4] + a[3 * i + 2] * b[7];
    out[3 * i + 2] = a[3 * i] * b[2] + a[3 * i + 1] * b[5] + a[3 * i + 2] * b[8];
  }
  return out;
}
function matMulT3(out: Float64Array, a: Float64Array, b: Float64Array): Float64Array {
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) out[3 * i + j] = a[3 * i] * b[3 * j] + a[3 * i + 1] * b[3 * j + 1] + a[3 * i + 2] * b[3 * j + 2];
  return out;
}

/** an EKF for a pendulum with unknown damping: state (theta, omega, c); observation sin(theta); NLL */
export function pendulumEkf(obs: Float64Array, x0: Float64Array, q: number, r: number, dt: number): number {
  x3[0] = x0[0]; x3[1] = x0[1]; x3[2] = x0[2];
  P9.fill(0); P9[0] = 0.1; P9[4] = 0.1; P9[8] = 0.1;
  let nll = 0;
  for (let k = 0; k < obs.length; k++) {
    const th = x3[0], om = x3[1], c = x3[2];
    x3[0] = th + dt * om;
    x3[1] = om + dt * (-9.81 * Math.sin(th) - c * om);
    F9[0] = 1; F9[1] = dt; F9[2] = 0;
    F9[3] = -dt * 9.81 * Math.cos(th); F9[4] = 1 - dt * c; F9[5] = -dt * om;
    F9[6] = 0; F9[7] = 0; F9[8] = 1;
    T9.fill(0);
    matMul3(T9, F9, P9);
    matMulT3(P9, T9, F9);
    P9[0] += q; P9[4] += q; P9[8] += 1e-4 * q;
    const h0 = Math.cos(x3[0]);
    const S = h0 * h0 * P9[0] + r;
    const y = obs[k] - Math.sin(x3[0]);
    nll += 0.5 * (Math.log(S) + (y * y) / S);
    const k0 = (P9[0] * h0) / S, k1 = (P9[3] * h0) / S, k2 = (P9[6] * h0) / S;
    x3[0] += k0 * y; x3[1] += k1 * y; x3[2] += k2 * y;
    const p0 = P9[0], p1 = P9[1], p2 = P9[2];
    P9[0] -= k0 * h0 * p0; P9[1] -= k0 * h0 * p1; P9[2] -= k0 * h0 * p2;
    P9[3] -= k1 * h0 * p0; P9[4] -= k1 * h0 * p1; P9[5] -= k1 * h0 * p2;
    P9[6] -= k2 * h0 * p0; P9[7] -= k2 * h0 * p1; P9[8] -= k2 * h0 * p2;
  }
  return nll;
}

/** complementary filter, a cheap alternative: alpha blend of gyro integration and accelerometer */
export function complementaryError(gyro: Float64Array, accAngle: Float64Array, truth: Float64Array, alpha: number, dt: number): number {
  let a = accAngle[0], e = 0;
  for (let k = 0; k < gyro.length; k++) {
    a = alpha * (a + dt * gyro[k]) + (1 - alpha) * accAngle[k];
    e += (a - truth[k]) ** 2;
  }
  return e;
}

/** accelerometer calibration: bias b and scale s per axis, |s ⊙ (m - b)| = g; unrolled over x, y, z */
export function accelCalibration(meas: Float64Array, bs: Float64Array): number {
  x3[0] = 0; x3[1] = 0; x3[2] = 0;
  let e = 0;
  for (let k = 0; k < meas.length; k += 3) {
    x3[0] = bs[3] * (meas[k] - bs[0]);
    x3[1] = bs[4] * (meas[k + 1] - bs[1]);
    x3[2] = bs[5] * (meas[k + 2] - bs[2]);
    const n = Math.sqrt(x3[0] * x3[0] + x3[1] * x3[1] + x3[2] * x3[2]);
    e += (n - 9.81) ** 2;
  }
  return e;
}
