/**
 * Running a function's check with a time limit (`tsgrad check --timeout`): the user's function
 * may not terminate at a point drawn (a backtracking `while` that never ends outside its domain),
 * and a synchronous loop cannot be interrupted by a timer. A `vm` script's `timeout` can: Node's
 * watchdog terminates whatever JavaScript the script is running when the time is up, the user's
 * functions it calls included, and the script's caller gets an error instead.
 */
import vm from 'node:vm';

const context = vm.createContext({ body: undefined as (() => unknown) | undefined });
const script = new vm.Script('body()', { filename: 'tsgrad-check-time-limit' });

/** `body()`'s value, or `undefined` when it did not return within `ms` milliseconds (it is stopped). Rethrows what it throws. */
export function withinTime<T>(ms: number, body: () => T): { value: T } | undefined {
  context.body = body;
  try {
    return { value: script.runInContext(context, { timeout: ms }) as T };
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
    throw error;
  } finally {
    context.body = undefined;
  }
}
