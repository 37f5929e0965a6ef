/**
 * English: every UI string, by section (see `./types.ts`).
 *
 * @module
 */
import { plural } from './plural.js';
import type { Count, LocaleStrings } from './types.js';

export const common: LocaleStrings['common'] = {
  noticeTitle: 'This card cannot be shown',
  invalidAttribute: (a, v) => `The value “${v}” is not valid for ${a}.`,
  unknownId: (a, v) => `Nothing in the data has the ${a} “${v}”.`,
  noMatch: (a, v) => `Nothing in the data matches ${a} “${v}”.`,
  emptyDataset: 'The data has nothing to show.',
  invalidDataset: 'The data is not valid.',
  loadFailed: 'The data could not be loaded.',
  renderFailed: 'Something in the data could not be shown.',
  loading: 'Loading…',
  sources: 'Sources',
  sourceNote: (number, publisher) => `Source ${number}: ${publisher}`,
};

export const visitCard: LocaleStrings['visitCard'] = {
  guest: 'Guest',
  host: 'Host',
  where: 'Where',
  when: 'When',
  arrival: 'Arrival',
  localTime: (time, offset, _city, shown) => [time, ` (${offset}, `, shown, ' time)'],
  residence: 'Residence',
  departure: 'Departure',
  mediumConfidence: 'reported; not officially confirmed',
  approximately: 'about',
  previousVisit: 'Previous visit',
  yearsEarlier: (years) =>
    `${years.text} ${plural('en', years.value) === 'one' ? 'year' : 'years'} earlier`,
  programme: 'Programme',
  outcomes: 'Outcomes',
  outcomeDetails: 'Ratification and signatories',
  signed: () => 'Signed',
  inForce: () => 'In force',
  replaces: 'Replaces',
  replacedDocument: (kind, date) => [`the ${kind} of `, date],
  signedBy: 'Signed for the visiting side by',
  articles: (count) => `${count} articles`,
  party: { RU: 'Russia', KP: 'DPRK' },
  nextStop: 'Next stop',
};

/** English noun for a count of members. */
const member = (n: Count) => (plural('en', n.value) === 'one' ? 'member' : 'members');
/** English noun for a count of sectors. */
const sector = (n: Count) => (plural('en', n.value) === 'one' ? 'sector' : 'sectors');

export const delegationRoster: LocaleStrings['delegationRoster'] = {
  heading: (_country, shown) => ['Delegation of ', shown],
  members: (total) => `${total.text} ${member(total)}`,
  showing: (shown, total) => `Showing ${shown.text} of ${total.text} ${member(total)}`,
  showingGroups: (shown, total, folded) =>
    `Showing ${shown.text} of ${total.text} ${member(total)}; ${folded.text} ${sector(folded)} folded`,
  more: (members) => `${members.text} more ${member(members)}`,
  moreIn: (members, sectors) => `${members.text} more ${member(members)}: ${sectors.join(', ')}`,
  legend: 'Key',
  sectorLabel: 'Sector',
  sectors: {
    government: 'Government',
    diplomacy: 'Diplomacy',
    defence: 'Defence',
    economy: 'Economy',
    transport: 'Transport',
    health: 'Health',
    space: 'Space',
    'presidential-office': 'Presidential Office',
  },
  statuses: {
    announced: 'Announced before the visit; attendance not confirmed',
    confirmed: 'Attendance confirmed',
    both: 'Announced before the visit; attendance confirmed',
  },
};

export const letterQuote: LocaleStrings['letterQuote'] = {
  fromArticle: (author) => ['From the article by ', author],
  titleMarks: ['“', '”'],
  quoteMarks: ['“', '”'],
  paragraph: (n) => `paragraph ${n}`,
  copy: 'Copy quote',
  copied: 'Quote copied',
  copyRefused: 'Copying is not allowed here; select the text to copy it',
  quotedFromEnglish: 'Quoted from the English text of the article.',
};

/** English noun for a count of events. */
const event = (n: Count) => (plural('en', n.value) === 'one' ? 'event' : 'events');

export const visitTimeline: LocaleStrings['visitTimeline'] = {
  heading: {
    all: 'Timeline: the history, the visit and the treaty',
    history: 'History in the article',
    visit: 'The visit',
    treaty: 'The treaty: from signing to entry into force',
  },
  count: (events, span) => [`${events.text} ${event(events)}, `, span],
  history: (events) => `History in the article: ${events.text} ${event(events)}`,
  accordingToArticle: 'According to the article',
  article: (author, title, publication, date) => [
    'The article: ',
    author,
    ', ',
    title,
    ', ',
    publication,
    ', ',
    date,
  ],
  titleMarks: ['“', '”'],
  quotedFromEnglish: 'Quoted from the English text of the article.',
  quotedAbove: (date) => ['The passage quoted above, under ', date],
  signed: (_kind, title) => ['Signed: ', title],
  inForce: (kind) => `The ${kind} entered into force`,
};
