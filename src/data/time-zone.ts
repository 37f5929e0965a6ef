/**
 * Whether a time zone name is one this runtime's `Intl` knows: a dataset naming one it does
 * not ("Asia/Pyongang") would make every date format throw.
 *
 * @module
 */

const known = new Map<string, boolean>();

/** True when `Intl.DateTimeFormat` accepts `name` as a `timeZone`. */
export function isTimeZone(name: string): boolean {
  let ok = known.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    // Names come from data a page may not control: remember only a bounded few.
    if (known.size < 64) known.set(name, ok);
  }
  return ok;
}
