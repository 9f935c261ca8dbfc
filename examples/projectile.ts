// How far a projectile flies on flat ground, and how that distance depends on the launch
// speed, the angle and the height it starts from.
const g = 9.81;

export function range(speed: number, angle: number, height: number): number {
  const vx = speed * Math.cos(angle);
  const vy = speed * Math.sin(angle);
  // time until it lands: the positive root of height + vy t - g t² / 2 = 0
  const t = (vy + Math.sqrt(vy * vy + 2 * g * height)) / g;
  return vx * t;
}
