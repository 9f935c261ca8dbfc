/**
 * tsserver as a child process, spoken to in its protocol as an editor does (VS Code among
 * them): requests as JSON lines on stdin, responses and events as `Content-Length` framed JSON
 * on stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** A diagnostic as the protocol carries it (1-based line and offset). */
export interface ServerDiagnostic {
  start: { line: number; offset: number };
  end: { line: number; offset: number };
  text: string;
  code: number;
  category: string;
  source?: string;
}

export class TsServer {
  private readonly child: ChildProcess;
  private seq = 0;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, { resolve: (body: unknown) => void; reject: (e: Error) => void }>();
  private stderr = '';
  /** The names of the events tsserver sent, in order. */
  readonly events: string[] = [];

  /** `tsserver`: its path; `args`: its options, as an editor passes them (`--pluginProbeLocations`, `--logFile`…). */
  constructor(tsserver: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
    this.child = spawn(process.execPath, [tsserver, '--disableAutomaticTypingAcquisition', ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.child.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`tsserver exited (${code}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  /** Sends a request and waits for its response's body; rejects when tsserver reports a failure. */
  request<T = unknown>(command: string, args: unknown): Promise<T> {
    const seq = ++this.seq;
    const promise = new Promise<T>((resolve, reject) => this.pending.set(seq, { resolve: resolve as (b: unknown) => void, reject }));
    this.child.stdin!.write(JSON.stringify({ seq, type: 'request', command, arguments: args }) + '\n');
    return promise;
  }

  /** A request without a response (`open`, `updateOpen` answer, but `open` does not). */
  notify(command: string, args: unknown): void {
    this.child.stdin!.write(JSON.stringify({ seq: ++this.seq, type: 'request', command, arguments: args }) + '\n');
  }

  semanticDiagnostics(file: string): Promise<ServerDiagnostic[]> {
    return this.request<ServerDiagnostic[]>('semanticDiagnosticsSync', { file });
  }

  suggestionDiagnostics(file: string): Promise<ServerDiagnostic[]> {
    return this.request<ServerDiagnostic[]>('suggestionDiagnosticsSync', { file });
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.notify('exit', {});
    this.child.stdin!.end();
    const timer = setTimeout(() => this.child.kill(), 5000);
    await exited;
    clearTimeout(timer);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const header = this.buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, header).toString())?.[1]);
      const start = header + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString()) as
        { type: string; event?: string; request_seq?: number; success?: boolean; message?: string; body?: unknown };
      this.buffer = this.buffer.subarray(start + length);
      if (message.type === 'event' && message.event) this.events.push(message.event);
      if (message.type !== 'response' || message.request_seq === undefined) continue;
      const p = this.pending.get(message.request_seq);
      if (!p) continue;
      this.pending.delete(message.request_seq);
      if (message.success) p.resolve(message.body);
      else p.reject(new Error(`tsserver: ${message.message}`));
    }
  }
}
