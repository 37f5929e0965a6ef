/**
 * Whether a time zone name is one this runtime's `Intl` knows: a dataset naming one it does
 * not ("Asia/Pyongang") would make every date format throw.
 *
 * @module
 */

import { BoundedCache } from '../internal/bounded-cache.js';

// Names come from data a page may not control: remember only a bounded few.
const known = new BoundedCache<string, boolean>(64);

/** True when `Intl.DateTimeFormat` accepts `name` as a `timeZone`. */
export function isTimeZone(name: string): boolean {
  return known.get(name, () => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      return true;
    } catch {
      return false;
    }
  });
}
