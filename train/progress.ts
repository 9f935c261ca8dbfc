// A progress bar with the loss and iterations per second, drawn on a terminal only (when
// stderr is not a TTY, e.g. in CI or a pipe, nothing is drawn).
import { SingleBar } from 'cli-progress';

export interface Progress {
  update(iteration: number, loss: string): void;
  stop(): void;
}

export function progressBar(total: number, enabled = process.stderr.isTTY === true): Progress {
  if (!enabled) return { update() {}, stop() {} };
  const bar = new SingleBar({
    format: '{bar} {value}/{total} | loss {loss} | {speed} it/s | eta {eta_formatted}',
    hideCursor: true,
    etaBuffer: 50,
    stream: process.stderr,
  });
  const start = performance.now();
  bar.start(total, 0, { loss: '-', speed: '-' });
  return {
    update(iteration, loss) {
      const seconds = (performance.now() - start) / 1000;
      bar.update(iteration, { loss, speed: (iteration / seconds).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}
