// Optimizers over a list of parameter arrays: each step reads the gradients (same shapes) and
// moves the parameters in place.

export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export interface OptimizerOptions {
  /** The learning rate. */
  lr: number;
  /** Momentum's coefficient, and Adam's first-moment decay. */
  beta1: number;
  /** Adam's second-moment decay. */
  beta2: number;
}

export interface Optimizer {
  step(params: Float64Array[], grads: Float64Array[]): void;
}

/** p −= lr · g */
export function sgd({ lr }: OptimizerOptions): Optimizer {
  return {
    step(params, grads) {
      params.forEach((p, k) => {
        const g = grads[k]!;
        for (let i = 0; i < p.length; i++) p[i]! -= lr * g[i]!;
      });
    },
  };
}

/** v = β·v + g; p −= lr · v (heavy ball). */
export function momentum({ lr, beta1 }: OptimizerOptions): Optimizer {
  let velocity: Float64Array[] = [];
  return {
    step(params, grads) {
      if (velocity.length === 0) velocity = params.map((p) => new Float64Array(p.length));
      params.forEach((p, k) => {
        const g = grads[k]!;
        const v = velocity[k]!;
        for (let i = 0; i < p.length; i++) {
          v[i] = beta1 * v[i]! + g[i]!;
          p[i]! -= lr * v[i]!;
        }
      });
    },
  };
}

/** Adam (Kingma & Ba, 2015), with bias-corrected moments. */
export function adam({ lr, beta1, beta2 }: OptimizerOptions, epsilon = 1e-8): Optimizer {
  let m: Float64Array[] = [];
  let v: Float64Array[] = [];
  let t = 0;
  return {
    step(params, grads) {
      if (m.length === 0) {
        m = params.map((p) => new Float64Array(p.length));
        v = params.map((p) => new Float64Array(p.length));
      }
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      params.forEach((p, k) => {
        const g = grads[k]!;
        const mk = m[k]!;
        const vk = v[k]!;
        for (let i = 0; i < p.length; i++) {
          mk[i] = beta1 * mk[i]! + (1 - beta1) * g[i]!;
          vk[i] = beta2 * vk[i]! + (1 - beta2) * g[i]! * g[i]!;
          p[i]! -= (lr * (mk[i]! / c1)) / (Math.sqrt(vk[i]! / c2) + epsilon);
        }
      });
    },
  };
}

export function makeOptimizer(name: OptimizerName, options: OptimizerOptions): Optimizer {
  return name === 'sgd' ? sgd(options) : name === 'momentum' ? momentum(options) : adam(options);
}
