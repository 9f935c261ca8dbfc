/**
 * Headless Chromium for tests, with nothing installed on the machine: the binary of the
 * `@sparticuz/chromium` devDependency (a brotli-compressed chrome-headless-shell, with the NSS
 * and expat libraries it links against in `al2023.tar.br`) unpacked into a temporary directory,
 * and the Chrome DevTools Protocol spoken over `--remote-debugging-pipe` (messages as JSON
 * separated by NUL bytes on file descriptors 3 and 4), so no WebSocket client and no port.
 * The package's own `executablePath()` unpacks into `os.tmpdir()/chromium` and keeps it there
 * for later runs; this unpacks into a directory `close()` removes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

/** A protocol message from the browser: a reply (`id`) or an event (`method`), of a page when `sessionId` is set. */
interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { code: number; message: string };
  sessionId?: string;
}

export interface Browser {
  /** Sends a command (to a page's session when `sessionId` is given) and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  /** Calls `listener` with the params of each event named `method`, and the session it came from. */
  on(method: string, listener: (params: Record<string, unknown>, sessionId?: string) => void): void;
  /** What the browser wrote on stderr so far. */
  stderr(): string;
  /** Closes the browser (killing it if it does not exit within 5 s) and removes its files. */
  close(): Promise<void>;
}

/** Where the package keeps its compressed files (its `exports` name only its entry point). */
function binDirectory(): string {
  return join(dirname(require.resolve('@sparticuz/chromium')), '..', '..', 'bin');
}

/** Launches headless Chromium with a fresh profile; its files go below one temporary directory. */
export async function launchChromium(): Promise<Browser> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`@sparticuz/chromium ships Chromium for Linux x64 only; this is ${process.platform} ${process.arch}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-chromium-'));
  let child: ChildProcess | undefined;
  try {
    const bin = binDirectory();
    const executable = join(dir, 'chromium');
    await pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(executable, { mode: 0o700 }));
    // lib/libnss3.so and the rest, so that the machine needs only glibc
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: brotliDecompressSync(readFileSync(join(bin, 'al2023.tar.br'))) });
    if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.toString()}`);
    mkdirSync(join(dir, 'profile'));
    child = spawn(executable, [
      '--headless=shell', '--no-sandbox', '--disable-gpu', '--disable-software-rasterizer',
      '--no-first-run', '--no-default-browser-check', '--remote-debugging-pipe', `--user-data-dir=${join(dir, 'profile')}`, 'about:blank',
    ], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') },
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return connect(child, dir);
}

function connect(child: ChildProcess, dir: string): Browser {
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  let running = true;
  const exited = new Promise<void>((resolve) => {
    const end = (): void => {
      running = false;
      resolve();
    };
    child.once('exit', end);
    child.once('error', (error) => {
      stderr += String(error);
      end();
    });
  });
  // (a write after the browser is gone fails in the reply, not as an unhandled stream error)
  toBrowser.on('error', () => {});

  const replies = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void; method: string }>();
  const listeners = new Map<string, ((params: Record<string, unknown>, sessionId?: string) => void)[]>();
  let nextId = 1;
  let pending = '';
  fromBrowser.setEncoding('utf8').on('data', (text: string) => {
    pending += text;
    for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
      const message = JSON.parse(pending.slice(0, end)) as Message;
      pending = pending.slice(end + 1);
      if (message.id !== undefined) {
        const reply = replies.get(message.id);
        replies.delete(message.id);
        if (message.error) reply?.reject(new Error(`${reply.method}: ${message.error.message}`));
        else reply?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
      }
    }
  });
  void exited.then(() => {
    for (const { reject, method } of replies.values()) reject(new Error(`${method}: the browser exited\n${stderr}`));
    replies.clear();
  });

  return {
    send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        replies.set(id, { resolve: resolve as (result: Record<string, unknown>) => void, reject, method });
        toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId === undefined ? {} : { sessionId }) }) + '\0');
      });
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    stderr: () => stderr,
    async close() {
      if (running) {
        toBrowser.write(JSON.stringify({ id: nextId++, method: 'Browser.close', params: {} }) + '\0');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
