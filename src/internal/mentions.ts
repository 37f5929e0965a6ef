/**
 * Whether one text already names another, across the inflections of the library's languages:
 * decides from the data that a place need not be written twice. Free of Lit, so the snippet
 * maker (which runs in Node and in the embed builder's page) shares the card's rule.
 *
 * @module
 */

/** The words of a text, lower-cased, without punctuation. */
function words(value: string): string[] {
  return value
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The part of a word that names it whatever its ending: Russian inflects the end ("монументу"
 * names "монумент", "России" names "Россия"); a Korean compound keeps its first two syllables
 * ("순안공항" names "순안국제공항"), and a particle attaches at the end ("해방탑에").
 */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return /^\p{Script=Hangul}+$/u.test(word)
    ? word.slice(0, 2)
    : word.slice(0, Math.max(4, word.length - 2));
}

/**
 * Whether `phrase` already names `name`: each word of `name` begins, up to its stem, a word of
 * `phrase`. Decides, from the data, that a place need not be written twice.
 */
export function mentions(phrase: string, name: string): boolean {
  const said = words(phrase);
  const wanted = words(name);
  return wanted.length > 0 && wanted.every((word) => said.some((w) => w.startsWith(stem(word))));
}
