/** The tape budget option (`--tape-budget 64MiB`, the plugin's `tapeBudget`), read into bytes. */

const units: Record<string, number> = {
  '': 1, b: 1, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, kb: 1e3, mb: 1e6, gb: 1e9,
};

/** Bytes, from `64MiB`, `512 KiB`, `1GB` or a plain number of bytes; undefined for anything else (or zero). */
export function parseTapeBudget(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 1 ? Math.floor(text) : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m ? units[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes >= 1 ? bytes : undefined;
}
