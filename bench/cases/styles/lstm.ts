// ADBench's LSTM objective, second hand: a layer's hidden and cell state as windows of the
// state, its weights and biases as windows of the parameters, four gate arrays, a sigmoid
// helper. Written first with the layer input rebound to the previous layer's hidden state
// (`let input = scaled; … input = hidden`), which tsgrad refuses (TSG1008, see REFUSED.md), as it
// refuses `input = Float64Array.from(hidden)`, `input.set(hidden)` and `hidden.slice()`: the
// hidden state is copied into `input` by a loop instead.

function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

function cell(b: number, w: Float64Array, hidden: Float64Array, memory: Float64Array, input: Float64Array,
  forget: Float64Array, ingate: Float64Array, outgate: Float64Array, change: Float64Array): void {
  for (let i = 0; i < b; i++) {
    forget[i] = sigmoid(input[i] * w[i] + w[4 * b + i]);
    ingate[i] = sigmoid(hidden[i] * w[b + i] + w[5 * b + i]);
    outgate[i] = sigmoid(input[i] * w[2 * b + i] + w[6 * b + i]);
    change[i] = Math.tanh(hidden[i] * w[3 * b + i] + w[7 * b + i]);
  }
  for (let i = 0; i < b; i++) {
    memory[i] = memory[i] * forget[i] + ingate[i] * change[i];
    hidden[i] = outgate[i] * Math.tanh(memory[i]);
  }
}

export function lstmStyled(mainParams: Float64Array, extraParams: Float64Array, state: Float64Array,
  sequence: Float64Array, l: number, c: number, b: number): number {
  const layers = Math.trunc(l);
  const steps = Math.trunc(c);
  const width = Math.trunc(b);
  const s = Float64Array.from(state);
  const forget = new Float64Array(width);
  const ingate = new Float64Array(width);
  const outgate = new Float64Array(width);
  const change = new Float64Array(width);
  const scaled = new Float64Array(width);
  const inScale = extraParams.subarray(0, width);
  const outScale = extraParams.subarray(width, 2 * width);
  const outBias = extraParams.subarray(2 * width, 3 * width);

  let total = 0;
  for (let t = 0; t + 1 < steps; t++) {
    const x = sequence.subarray(t * width, (t + 1) * width);
    for (let i = 0; i < width; i++) scaled[i] = x[i] * inScale[i];
    const input = scaled;
    for (let layer = 0; layer < layers; layer++) {
      const hidden = s.subarray(2 * width * layer, 2 * width * layer + width);
      const memory = s.subarray(2 * width * layer + width, 2 * width * (layer + 1));
      cell(width, mainParams.subarray(8 * width * layer, 8 * width * (layer + 1)), hidden, memory, input,
        forget, ingate, outgate, change);
      for (let i = 0; i < width; i++) input[i] = hidden[i];
    }
    let sum = 2;
    const pred = new Float64Array(width);
    for (let i = 0; i < width; i++) {
      pred[i] = input[i] * outScale[i] + outBias[i];
      sum += Math.exp(pred[i]);
    }
    const lse = Math.log(sum);
    const next = sequence.subarray((t + 1) * width, (t + 2) * width);
    for (let i = 0; i < width; i++) total += next[i] * (pred[i] - lse);
  }
  return -total / ((steps - 1) * width);
}
