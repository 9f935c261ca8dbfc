/**
 * The global `console` as a host (Node, a browser) declares it, for type-checking generated
 * files alone: a source that logs (`console.log(…)` is kept in the forward sweep) compiles
 * where its host declares `console`, and so does its generated module.
 */
declare const console: {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
};
