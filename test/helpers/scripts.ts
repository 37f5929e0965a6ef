/**
 * What script a card's text is written in, as a reader's eye and a screen reader meet it:
 * runs of letters by script, each with the `lang` it is marked with.
 */
import { resolveLocale, type Locale } from '../../src/locales/tags.js';

/** The scripts the cards write in, and the letters of each. */
const SCRIPTS = {
  Latin: /\p{Script=Latin}+/u,
  Cyrillic: /\p{Script=Cyrillic}+/u,
  Hangul: /\p{Script=Hangul}+/u,
  Han: /\p{Script=Han}+/u,
} as const;
/** A script the cards write in. */
export type Script = keyof typeof SCRIPTS;

/** The script each UI language writes in. */
export const SCRIPT_OF: Record<Locale, Script> = {
  en: 'Latin',
  ru: 'Cyrillic',
  ko: 'Hangul',
  'ko-KP': 'Hangul',
};

const RUN = new RegExp(
  Object.values(SCRIPTS)
    .map((pattern) => `(?:${pattern.source})`)
    .join('|'),
  'gu',
);

/** One run of letters in one script, and the `lang` in effect where it stands. */
export interface LetterRun {
  text: string;
  script: Script;
  lang: string;
}

/** The `lang` in effect at `node`: the nearest marked element, across the shadow boundary. */
function langAt(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) {
      return current.getAttribute('lang')!;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return document.documentElement.lang || '';
}

/**
 * Every run of letters in `host`'s shadow tree, outside the elements that match `skip` and
 * outside `style`. Digits and punctuation belong to no script and are not counted.
 */
export function letterRuns(host: Element, skip?: string): LetterRun[] {
  const root = host.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const runs: LetterRun[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('style') || (skip && parent?.closest(skip))) continue;
    const lang = langAt(node);
    for (const [text] of (node.textContent ?? '').matchAll(RUN)) {
      const script = (Object.keys(SCRIPTS) as Script[]).find((name) => SCRIPTS[name].test(text))!;
      runs.push({ text, script, lang });
    }
  }
  return runs;
}

/** The share of the runs' letters that are in `script`, from 0 to 1. */
export function shareIn(runs: readonly LetterRun[], script: Script): number {
  const letters = (list: readonly LetterRun[]) =>
    list.reduce((sum, run) => sum + [...run.text].length, 0);
  const all = letters(runs);
  return all ? letters(runs.filter((run) => run.script === script)) / all : 0;
}

/**
 * The runs whose script is not that of the language they are marked with: text a screen
 * reader would read in the wrong voice. `allowed` lists runs that are the same in every
 * language, such as "UTC".
 */
export function mismarked(runs: readonly LetterRun[], allowed: readonly string[] = []): string[] {
  return runs
    .filter(
      (run) => !allowed.includes(run.text) && SCRIPT_OF[resolveLocale(run.lang)] !== run.script,
    )
    .map((run) => `"${run.text}" (${run.script}) marked ${run.lang || 'nothing'}`);
}
