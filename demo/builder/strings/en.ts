/** The embed builder in English. @module */
import type { BuilderStrings } from './types.js';

export const en: BuilderStrings = {
  title: 'Embed builder',
  intro:
    'Choose a card and its options, see it at three widths, then copy the snippet into your page. The snippet holds the card’s text for readers without JavaScript, and reserves the card’s space so nothing jumps when it loads.',
  uiLanguage: 'Language of this page',
  card: 'Card',
  cards: {
    'visit-card': 'The visit at a glance',
    'delegation-roster': 'The delegation',
    'letter-quote': 'A quote from the article',
    'visit-timeline': 'Timeline',
  },
  options: 'Options',
  byDefault: (label) => `${label} (default)`,
  variant: {
    label: 'Layout',
    summary: 'Summary',
    compact: 'Compact',
    full: 'Everything open',
  },
  expanded: {
    label: 'Open when the page loads',
    hint: 'Readers can open and close each section themselves.',
    sections: {
      programme: 'Programme',
      outcomes: 'Documents signed',
      sources: 'Sources',
      members: 'Every member',
      history: 'History',
    },
  },
  layout: { label: 'Layout', list: 'List', grid: 'Grid' },
  groupBy: { label: 'Grouping', sector: 'By sector', none: 'One list' },
  sector: { label: 'Sectors', hint: 'None ticked: every sector.' },
  status: {
    label: 'Members',
    any: 'Everyone',
    announced: 'Announced before the visit',
    confirmed: 'Confirmed attending',
    both: 'Announced and confirmed',
  },
  limit: {
    label: 'Members shown before the rest is folded',
    hint: (n) => `Empty: ${n.text}. A sector is never split.`,
  },
  quote: {
    label: 'Quote',
    byTopic: 'Chosen by topic',
    hint: 'Quotes are shown as the article has them, never translated.',
  },
  topic: {
    label: 'Topic',
    any: 'Any topic',
    topics: {
      history: 'History',
      partnership: 'Partnership',
      security: 'Security',
      economy: 'Economy',
      humanitarian: 'People and culture',
      'international-order': 'International order',
    },
  },
  pick: {
    label: 'Which quote on the topic',
    first: 'The first',
    random: 'A different one on each visit',
    daily: 'A new one each day',
  },
  period: { label: 'Period', all: 'Everything' },
  lang: { label: 'Language of the card', page: 'The language of your page' },
  theme: {
    label: 'Colours',
    auto: 'The reader’s setting',
    light: 'Light',
    dark: 'Dark',
  },
  headingLevel: {
    label: 'Heading level',
    hint: 'The level of the card’s heading in your page’s outline.',
  },
  files: {
    label: 'Library files from',
    hint: 'The folder that serves visit-cards.js and visit-cards.css. By default, the build beside this page.',
    invalid: 'Enter the http or https address of a folder.',
  },
  preview: {
    heading: 'Preview',
    hint: 'The card as readers will see it, at three widths.',
    widths: { phone: 'Phone', column: 'Article column', sidebar: 'Sidebar' },
    pixels: (width) => `${width.text} px`,
  },
  snippet: {
    heading: 'Snippet',
    hint: 'Paste it where the card should stand. Several cards on one page load the script only once.',
    size: (bytes, gzip) => `${bytes.text} bytes, ${gzip.text} gzipped`,
    copy: 'Copy snippet',
    copied: 'Snippet copied to the clipboard.',
    copyFailed: 'Copying is not allowed here: select the snippet and copy it.',
    none: 'No snippet for these options:',
  },
  noBuild:
    'The builder needs the library’s build beside it: run npm run demo and open this page there.',
};
