/**
 * `visit-cards/snippet` and its command: the markup of each card with the fallback readers
 * without JavaScript and crawlers see, written from the dataset in the reader's language,
 * escaped whatever the data holds, with the card's schema.org JSON-LD; and bad input refused
 * with one clear message. Counts, names and ids come from the dataset, never written here.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dataset, DELEGATION_STATUSES, SECTORS, type Visit } from '../../src/data/index.js';
import { httpUrl } from '../../src/data/url.js';
import { DelegationRoster } from '../../src/elements/delegation-roster/delegation-roster.js';
import { filterPeople } from '../../src/elements/delegation-roster/fold.js';
import { CARD_TAGS } from '../../src/elements/elements.js';
import { LetterQuote } from '../../src/elements/letter-quote/letter-quote.js';
import { passageFor } from '../../src/internal/passage.js';
import { VisitCard } from '../../src/elements/visit-card/visit-card.js';
import {
  entriesOf,
  inPeriod,
  isHistory,
  VISIT_TIMELINE_PERIODS,
} from '../../src/elements/visit-timeline/entries.js';
import { VisitTimeline } from '../../src/elements/visit-timeline/visit-timeline.js';
import { formatDate } from '../../src/internal/format.js';
import { pickText } from '../../src/internal/locale.js';
import { selectQuote } from '../../src/internal/pick-quote.js';
import {
  commonStrings,
  delegationRosterStrings,
  letterQuoteStrings,
  LOCALES,
  visitCardStrings,
  visitTimelineStrings,
} from '../../src/locales/index.js';
import { SHARED_ATTRIBUTES } from '../../src/snippet/attributes.js';
import { DELEGATION_ROSTER_ATTRIBUTES } from '../../src/snippet/delegation-roster.js';
import { LETTER_QUOTE_ATTRIBUTES } from '../../src/snippet/letter-quote.js';
import { VISIT_CARD_ATTRIBUTES } from '../../src/snippet/visit-card.js';
import { VISIT_TIMELINE_ATTRIBUTES } from '../../src/snippet/visit-timeline.js';
import { snippet, SnippetError, SNIPPET_TAGS } from '../../src/snippet/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

type Node = Record<string, unknown>;

/** The JSON-LD of a snippet, parsed; fails unless there is exactly one. */
function jsonLd(markup: string): Node {
  const scripts = [...markup.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
  assert.equal(scripts.length, 1, 'one JSON-LD script');
  const json = scripts[0]![1]!;
  assert.ok(!/[<>&\u2028\u2029]/.test(json), 'nothing in it can end the script or be misread');
  const value = JSON.parse(json) as Node;
  assert.equal(value['@context'], 'https://schema.org');
  return value;
}

/** The text of the markup, tags dropped and the five references read back. */
function textOf(markup: string): string {
  return markup
    .replace(/<script[^>]*>.*?<\/script>/gs, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text as the markup must hold it. */
const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What `snippet()` threw: a `SnippetError`, and nothing else. */
function refusal(write: () => unknown): SnippetError {
  try {
    write();
  } catch (error) {
    assert.ok(error instanceof SnippetError, `a SnippetError, not ${String(error)}`);
    return error;
  }
  assert.fail('no error');
}

const { overview, article, people, quotes } = dataset;

describe('snippet(): the markup of a card with its fallback', () => {
  it('is written for every card', () => {
    assert.deepEqual([...SNIPPET_TAGS].sort(), [...CARD_TAGS].sort());
  });

  it('reads the attributes each element observes, no more and no fewer', () => {
    const own = {
      'visit-card': [VisitCard, VISIT_CARD_ATTRIBUTES],
      'delegation-roster': [DelegationRoster, DELEGATION_ROSTER_ATTRIBUTES],
      'letter-quote': [LetterQuote, LETTER_QUOTE_ATTRIBUTES],
      'visit-timeline': [VisitTimeline, VISIT_TIMELINE_ATTRIBUTES],
    } as const;
    for (const [tag, [element, attributes]] of Object.entries(own)) {
      assert.deepEqual(
        [...element.observedAttributes].sort(),
        [...attributes, ...SHARED_ATTRIBUTES].sort(),
        tag,
      );
    }
  });

  for (const tag of SNIPPET_TAGS) {
    for (const lang of LOCALES) {
      it(`<${tag} lang="${lang}">: the element around its fallback, the JSON-LD last`, () => {
        const out = snippet(tag, { lang });
        assert.match(out, new RegExp(`^<${tag} lang="${lang}">\\n`));
        assert.match(
          out,
          new RegExp(`<script type="application/ld\\+json">.*</script>\\n</${tag}>\\n$`),
        );
        // The card's heading, at the default level, in the reader's language: no `lang` of
        // its own, the element's covers it.
        assert.match(out, /\n<h3>/);
        jsonLd(out);
      });
    }
  }

  it('marks the fallback English where the element has no lang (the page’s may be another)', () => {
    const out = snippet('letter-quote');
    assert.match(out, /^<letter-quote>\n<h3 lang="en">/);
    assert.match(out, /<figure lang="en">/);
    assert.match(out, /<details lang="en">/);
  });

  it('writes the heading at heading-level, and leaves blank attributes out', () => {
    const out = snippet('visit-card', { 'heading-level': '2', variant: '  ', theme: '' });
    assert.match(out, /^<visit-card heading-level="2">\n/);
    assert.match(out, /<h2 lang="en">/);
    assert.match(out, /<h3 lang="en">/, 'the outcomes a level below');
  });
});

describe('<letter-quote>', () => {
  for (const locale of LOCALES) {
    it(`shows the quote in the text the card shows a ${locale} reader, never a translation`, () => {
      const t = letterQuoteStrings[locale];
      const withOriginal = quotes.find((q) => q.attested?.some((a) => a.language === locale));
      for (const quote of [quotes[0]!, ...(withOriginal ? [withOriginal] : [])]) {
        const out = snippet('letter-quote', { 'quote-id': quote.id, lang: locale });
        const passage = passageFor(quote, locale);
        assert.ok(
          out.includes(`<blockquote`) &&
            out.includes(`lang="${passage.language}"><p>${escaped(passage.text)}</p></blockquote>`),
          quote.id,
        );
        assert.equal(out.includes(escaped(t.quotedFromEnglish)), passage.language !== locale);
        const text = textOf(out);
        assert.ok(text.includes(pickText(article.author.name, locale).text));
        assert.ok(text.includes(pickText(article.title, locale).text));
        assert.ok(text.includes(formatDate(article.date, locale)));
        assert.ok(text.includes(t.paragraph(String(quote.paragraph))));
      }
    });
  }

  it('cites its sources: a link to each http(s) URL, the blockquote’s cite the first', () => {
    for (const quote of quotes) {
      const out = snippet('letter-quote', { 'quote-id': quote.id });
      const ids = passageFor(quote, 'en').sources;
      const sources = dataset.sources.filter((s) => ids.includes(s.id));
      const urls = sources.map((s) => httpUrl(s.url)).filter((u) => u !== undefined);
      for (const url of urls) assert.ok(out.includes(`href="${escaped(url)}"`), url);
      if (urls[0]) assert.ok(out.includes(`<blockquote cite="${escaped(urls[0])}"`));
      else assert.ok(!out.includes('cite="'));
      assert.ok(out.includes(`(${sources.length})</summary>`));
      const hrefs = [...out.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
      assert.ok(
        hrefs.every((href) => /^https?:\/\//.test(href)),
        'only http(s) links',
      );
    }
  });

  it('has the JSON-LD of a Quotation: its text, its author, the article, its sources', () => {
    const quote = quotes.find((q) => q.attested?.some((a) => a.language === 'ru')) ?? quotes[0]!;
    const ld = jsonLd(snippet('letter-quote', { 'quote-id': quote.id, lang: 'ru' }));
    const passage = passageFor(quote, 'ru');
    assert.equal(ld['@type'], 'Quotation');
    assert.equal(ld.text, passage.text);
    assert.equal(ld.inLanguage, passage.language);
    assert.deepEqual((ld.creator as Node)['@type'], 'Person');
    assert.equal((ld.creator as Node).name, article.author.name.ru);
    assert.ok(((ld.creator as Node).alternateName as string[]).includes(article.author.name.en));
    const part = ld.isPartOf as Node;
    assert.equal(part['@type'], 'Article');
    assert.equal(part.headline, article.title.ru);
    assert.equal(part.datePublished, article.date);
    assert.equal((part.publisher as Node).name, article.publication.ru);
    const citation = ld.citation as Node[];
    assert.deepEqual(
      citation.map((c) => (c.publisher as Node).name),
      passage.sources.map((id) => dataset.sources.find((s) => s.id === id)!.publisher),
    );
    assert.ok(citation.every((c) => c['@type'] === 'CreativeWork'));
  });

  it('chooses as the card does: by topic, and the daily quote of the given date', () => {
    const now = new Date('2024-06-19T12:00:00Z');
    const daily = selectQuote(quotes, { pick: 'daily', now });
    assert.ok(daily.ok);
    const out = snippet('letter-quote', { pick: 'daily' }, { now });
    assert.equal(jsonLd(out).text, daily.quote.text);
    const topic = quotes.at(-1)!.topics[0]!;
    const first = quotes.find((q) => q.topics.includes(topic))!;
    assert.equal(jsonLd(snippet('letter-quote', { topic })).text, first.text);
  });
});

describe('<visit-card>', () => {
  for (const locale of LOCALES) {
    it(`says who, where and when in ${locale}, in the card's words`, () => {
      const t = visitCardStrings[locale];
      const text = textOf(snippet('visit-card', { lang: locale }));
      const say = (value: Parameters<typeof pickText>[0]) => pickText(value, locale).text;
      assert.ok(text.includes(say(overview.headline ?? overview.title)));
      assert.ok(text.includes(`${t.guest}: ${say(overview.guest.name)}`));
      assert.ok(text.includes(`${t.host}: ${say(overview.host.name)}`));
      for (const outcome of dataset.outcomes) assert.ok(text.includes(say(outcome.title)));
      assert.ok(text.includes(commonStrings[locale].sources));
    });
  }

  it('compact leaves out where, the arrival and the previous visit, as the card does', () => {
    const t = visitCardStrings.en;
    const full = textOf(snippet('visit-card'));
    const compact = textOf(snippet('visit-card', { variant: 'compact' }));
    for (const term of [t.where, t.arrival, t.previousVisit]) {
      assert.ok(full.includes(`${term}: `), term);
      assert.ok(!compact.includes(`${term}: `), term);
    }
  });

  it('has the JSON-LD of an Event: dates, place, host and guest, and the works about it', () => {
    const ld = jsonLd(snippet('visit-card', { lang: 'ko' }));
    assert.equal(ld['@type'], 'Event');
    assert.equal(ld.name, overview.title.ko);
    assert.equal(ld.startDate, overview.start);
    assert.equal(ld.endDate, overview.end);
    assert.equal((ld.location as Node)['@type'], 'Place');
    assert.equal((ld.location as Node).name, overview.place.name.ko);
    assert.equal((ld.organizer as Node).name, overview.host.name.ko);
    const [guest] = ld.attendee as Node[];
    assert.equal(guest!['@type'], 'Person');
    assert.equal(guest!.name, overview.guest.name.ko);
    assert.equal(guest!.jobTitle, overview.guest.role?.ko);
    const cited = (ld.subjectOf as Node[]).map((w) => w['@id']);
    for (const id of overview.sources) assert.ok(cited.includes(`_:${id}`), id);
  });
});

describe('<delegation-roster>', () => {
  for (const locale of LOCALES) {
    it(`names every member and their title in ${locale}, the folded ones in a disclosure`, () => {
      const t = delegationRosterStrings[locale];
      const out = snippet('delegation-roster', { lang: locale });
      const text = textOf(out);
      for (const p of people) {
        assert.ok(text.includes(pickText(p.name, locale).text), p.id);
        assert.ok(text.includes(pickText(p.title, locale).text), p.id);
      }
      assert.ok(text.includes(t.members({ value: people.length, text: String(people.length) })));
      // The card shows whole sectors up to its limit and folds the rest.
      assert.equal(out.includes('<details><summary>'), people.length > 7);
      const ld = jsonLd(out);
      assert.equal(ld['@type'], 'ItemList');
      assert.equal(ld.numberOfItems, people.length);
      const items = ld.itemListElement as Node[];
      assert.deepEqual(
        items.map((i) => i.position),
        people.map((_, i) => i + 1),
      );
      assert.ok(items.every((i) => (i.item as Node)['@type'] === 'Person'));
      assert.deepEqual(
        items.map((i) => (i.item as Node).name).sort(),
        people.map((p) => pickText(p.name, locale).text).sort(),
      );
    });
  }

  it('gives each member their title and sources, and says who was announced but not seen', () => {
    const ld = jsonLd(snippet('delegation-roster'));
    const works = new Set((ld.subjectOf as Node[]).map((w) => w['@id']));
    for (const { item } of ld.itemListElement as { item: Node }[]) {
      const p = people.find((m) => m.name.en === item.name)!;
      assert.equal(item.jobTitle, p.title.en);
      const refs = (item.subjectOf as Node[]).map((r) => r['@id']);
      assert.deepEqual(
        refs,
        p.sources.map((id) => `_:${id}`),
      );
      assert.ok(
        refs.every((r) => works.has(r)),
        'each reference names a work on the list',
      );
      assert.equal(item.description !== undefined, p.status === 'announced', p.id);
    }
  });

  it('filters as the card does, and a filter that leaves no one is refused', () => {
    for (const sector of SECTORS) {
      for (const status of DELEGATION_STATUSES) {
        const kept = filterPeople(people, [sector], status, { sector, status });
        const write = () => snippet('delegation-roster', { sector, status });
        if ('code' in kept) assert.equal(refusal(write).code, 'no-match', `${sector} ${status}`);
        else assert.equal(jsonLd(write()).numberOfItems, kept.length, `${sector} ${status}`);
      }
    }
  });
});

describe('<visit-timeline>', () => {
  const all = entriesOf(dataset);

  for (const locale of LOCALES) {
    it(`lists every event by its date in ${locale}, the history folded as on the card`, () => {
      const t = visitTimelineStrings[locale];
      const out = snippet('visit-timeline', { lang: locale });
      const text = textOf(out);
      assert.ok(text.includes(t.heading.all));
      for (const entry of all) assert.ok(out.includes(`<time datetime="${entry.start}"`), entry.id);
      for (const m of dataset.milestones) assert.ok(text.includes(pickText(m.title, locale).text));
      const history = all.filter((e) => isHistory(e, dataset));
      assert.ok(text.includes(t.history({ value: history.length, text: String(history.length) })));
      const ld = jsonLd(out);
      assert.equal(ld['@type'], 'ItemList');
      assert.equal(ld.numberOfItems, all.length);
      const items = (ld.itemListElement as { item: Node }[]).map((i) => i.item);
      assert.ok(items.every((item) => item['@type'] === 'Event'));
      assert.deepEqual(
        items.map((item) => item.startDate),
        all.map((e) => e.start),
      );
    });
  }

  it('narrows to a period as the card does, and opens nothing it was not asked to', () => {
    for (const period of VISIT_TIMELINE_PERIODS) {
      const out = snippet('visit-timeline', { period });
      const expected = all.filter((e) => inPeriod(e, period, dataset)).length;
      assert.equal(jsonLd(out).numberOfItems, expected, period);
      assert.ok(!out.includes(' open'), period);
    }
    assert.match(snippet('visit-timeline', { expanded: 'history,sources' }), /<details open="">/);
  });
});

describe('hostile data and attributes are written as text', () => {
  const HOSTILE = `</script><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" 'single' \u2028 & <!-- end`;
  const visit = structuredClone(dataset) as Visit;
  visit.overview.headline = { en: HOSTILE };
  visit.overview.guest.name = { en: HOSTILE };
  visit.people[0]!.name = { en: HOSTILE };
  visit.people[0]!.title = { en: HOSTILE };
  visit.article.title = { en: HOSTILE };
  for (const source of visit.sources) {
    source.publisher = HOSTILE;
    source.title = HOSTILE;
  }

  for (const tag of SNIPPET_TAGS) {
    it(`<${tag}>: one script, no tag from the data, the text intact`, () => {
      const out = snippet(tag, { lang: `"><img src=x onerror=alert(3)>` }, { dataset: visit });
      assert.equal(out.match(/<script/g)?.length, 1, 'the JSON-LD alone');
      assert.ok(!/<img/i.test(out), 'no element from the data');
      assert.ok(out.includes('lang="&quot;&gt;&lt;img src=x onerror=alert(3)&gt;"'));
      assert.ok(textOf(out).includes(HOSTILE), 'the text, as written');
      assert.ok(JSON.stringify(jsonLd(out)).includes(JSON.stringify(HOSTILE).slice(1, -1)));
    });
  }
});

/** The dataset with no delegation, so no signatories, and no source only members cited. */
function withoutPeople(): Visit {
  const visit = structuredClone(dataset) as Visit;
  visit.people = [];
  for (const outcome of visit.outcomes) delete outcome.signatories;
  const rest = JSON.stringify({ ...visit, sources: [] });
  visit.sources = visit.sources.filter((s) => rest.includes(`"${s.id}"`));
  return visit;
}

describe('bad input: a SnippetError that says what to change', () => {
  const cases: [string, () => unknown, string, RegExp][] = [
    ['a tag that is not a card', () => snippet('letter-quot'), 'unknown-element', /cards are: /],
    ['the provider', () => snippet('visit-data'), 'unknown-element', /provider, not a card/],
    [
      'attributes that are not an object',
      () => snippet('visit-card', null as never),
      'invalid-attribute',
      /must be an object of names and values/,
    ],
    [
      'options that are not an object',
      () => snippet('visit-card', {}, null as never),
      'invalid-option',
      /options must be an object/,
    ],
    [
      'an attribute the element does not take',
      () => snippet('visit-card', { 'quote-id': 'x' }),
      'unknown-attribute',
      /no attribute "quote-id"; it takes: variant, expanded, lang/,
    ],
    [
      'an attribute twice',
      () => snippet('visit-card', { lang: 'ru', LANG: 'en' }),
      'unknown-attribute',
      /given twice/,
    ],
    [
      'a keyword it would refuse',
      () => snippet('visit-card', { variant: 'Compact' }),
      'invalid-attribute',
      /variant="Compact" is not one of: full, compact/,
    ],
    [
      'a keyword with spaces',
      () => snippet('letter-quote', { pick: ' daily' }),
      'invalid-attribute',
      /pick=" daily"/,
    ],
    [
      'a heading level out of range',
      () => snippet('letter-quote', { 'heading-level': '7' }),
      'invalid-attribute',
      /heading-level must be a whole number from 1 to 6/,
    ],
    [
      'a section it has not',
      () => snippet('letter-quote', { expanded: 'members' }),
      'invalid-attribute',
      /expanded="members"/,
    ],
    [
      'a bad limit',
      () => snippet('delegation-roster', { limit: '0' }),
      'invalid-attribute',
      /limit must be a whole number at least 1/,
    ],
    [
      'an unknown quote',
      () => snippet('letter-quote', { 'quote-id': 'no-such-quote' }),
      'unknown-id',
      /^<letter-quote>: quote-id="no-such-quote" names no quote in the dataset\.$/,
    ],
    [
      'a script URL that is not http(s)',
      () => snippet('letter-quote', {}, { scriptSrc: 'javascript:alert(1)' }),
      'invalid-option',
      /scriptSrc must be an http\(s\) or relative URL/,
    ],
    [
      'an integrity that is not a hash',
      () => snippet('letter-quote', {}, { scriptSrc: '/x.js', integrity: { script: 'md5-x"' } }),
      'invalid-option',
      /not an SRI hash/,
    ],
    [
      'an invalid dataset',
      () => snippet('letter-quote', {}, { dataset: { ...dataset, quotes: 'none' } }),
      'invalid-dataset',
      /^The dataset is not valid: quotes/,
    ],
    [
      'a dataset without a delegation',
      () => snippet('delegation-roster', {}, { dataset: withoutPeople() }),
      'empty-dataset',
      /^<delegation-roster>: The dataset has no delegation members/,
    ],
  ];
  for (const [what, write, code, message] of cases) {
    it(what, () => {
      const error = refusal(write);
      assert.equal(error.code, code);
      assert.match(error.message, message);
    });
  }
});

describe('the page around it', () => {
  it('puts the stylesheet, then the script, before the card, with their integrity', () => {
    const hash = `sha384-${'A'.repeat(64)}`;
    const out = snippet(
      'visit-card',
      {},
      {
        stylesheetHref: 'https://cdn.example/visit-cards.css',
        scriptSrc: 'https://cdn.example/visit-cards.js',
        integrity: { stylesheet: hash, script: hash },
      },
    );
    assert.ok(
      out.startsWith(
        `<link rel="stylesheet" href="https://cdn.example/visit-cards.css" integrity="${hash}" crossorigin="anonymous">\n` +
          `<script type="module" src="https://cdn.example/visit-cards.js" integrity="${hash}" crossorigin="anonymous"></script>\n<visit-card>`,
      ),
    );
  });
});

describe('visit-cards snippet (the command)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/snippet/cli.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('prints the snippet, exit code 0', () => {
    const result = run('snippet', 'letter-quote', 'quote-id=sanctions', 'lang=ru');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, snippet('letter-quote', { 'quote-id': 'sanctions', lang: 'ru' }));
    assert.equal(result.stderr, '');
  });

  const bad: [string[], RegExp][] = [
    [['snippet', 'letter-quote', 'quote-id=nope'], /quote-id="nope" names no quote/],
    [['snippet', 'visit-card', 'variant=huge'], /variant="huge" is not one of/],
    [['snippet', 'nope'], /"nope" is not a card/],
    [['snippet'], /snippet needs a tag/],
    [['snippet', 'visit-card', '--dataset', '/no/such/file.json'], /cannot read/],
    [['snippet', 'visit-card', 'lang=ru', 'lang=en'], /lang is given twice/],
    [['publish'], /unknown command "publish"/],
  ];
  for (const [args, message] of bad) {
    it(`${args.join(' ')}: one line on stderr, exit code 1, no stack trace`, () => {
      const result = run(...args);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^visit-cards: /);
      assert.match(result.stderr, message);
      assert.ok(!/\n\s+at /.test(result.stderr), 'no stack trace');
    });
  }
});
