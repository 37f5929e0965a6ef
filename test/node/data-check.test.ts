/**
 * The data check, as a specification: the bundled dataset passes, and each kind of corruption
 * fails with a message that names the record and the field.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { checkDataset } from '../../scripts/data-check.js';
import type { Visit } from '../../src/data/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const original: Visit = JSON.parse(await readFile(join(root, 'data/visit.json'), 'utf8'));
const article = await readFile(join(root, `data/sources/${original.article.id}.txt`), 'utf8');
/** The article's Russian original, as far as sources print it. */
const fragments = {
  ru: await readFile(join(root, `data/sources/${original.article.id}.ru.txt`), 'utf8'),
};

/** A deep copy of the bundled dataset, changed by `mutate`. */
function corrupt(mutate: (visit: Visit) => void): Visit {
  const copy = structuredClone(original);
  mutate(copy);
  return copy;
}

const problemsOf = (visit: unknown): string[] => checkDataset(visit, article, fragments).problems;

describe('the bundled dataset', () => {
  it('passes every check', () => {
    assert.deepEqual(problemsOf(original), []);
  });

  it('has the whole delegation, at least 15 quotes, and every milestone the article names', () => {
    assert.equal(original.people.length, 14);
    assert.ok(original.quotes.length >= 15);
    assert.equal(original.milestones.length, 8);
    assert.equal(original.outcomes.length, 3);
  });

  it('keeps only the article in its source text: no blog commentary', () => {
    const paragraphs = article.trim().split('\n');
    assert.equal(paragraphs.length, 17);
    assert.match(paragraphs[0]!, /^On the eve of my state visit/);
    assert.doesNotMatch(article, /IMO|My Emphasis|Substack/);
  });

  it('cites no aggregator, mirror or spam copy, and never the project itself', () => {
    // Hosts the sources addendum found only copying others' reports.
    const weak = [
      'islamtimes.org',
      'viewusglobal.com',
      'news-pravda.com',
      'rusnewshub.ru',
      'menafn.com',
      'nkaggregator.com',
      'doclist.ru',
      'dimsumdaily.hk',
      'ru24.pro',
      'neva.today',
      'weirdquery.blogspot.com',
      'xn--vg1b002a.net',
      'jsc.m99f.com',
      'wideo.ovh',
      'onabcd.com',
      'southfront.press',
      'kfausa.org',
      'bignewsnetwork.com',
    ];
    for (const source of original.sources) {
      const host = source.url ? new URL(source.url).hostname : '';
      const hit = weak.find((w) => host === w || host.endsWith(`.${w}`));
      assert.equal(hit, undefined, `${source.id} is on ${hit}`);
      assert.doesNotMatch(source.publisher, /visit-cards/i, `${source.id} cites the project`);
    }
  });

  it('cites for each quote only the translation whose English it reproduces', () => {
    for (const quote of original.quotes) {
      assert.deepEqual(quote.sources, ['karlof1-2024-06-18-putins-letter'], quote.id);
    }
  });

  it('cites for each ratification step a source of its own', () => {
    for (const outcome of original.outcomes) {
      const steps = outcome.ratification ?? [];
      steps.forEach((step, i) => {
        const others = new Set(steps.filter((_, j) => j !== i).flatMap((s) => s.sources));
        assert.ok(
          step.sources.some((id) => !others.has(id)),
          `${outcome.id} › ratification[${i}] cites only what other steps cite`,
        );
      });
    }
  });

  it('gives what only the article says as the article’s, in every language', () => {
    const attribution = {
      en: /^According to the article,/,
      ru: /^Согласно статье,/,
      ko: /^기고문에 따르면/,
      'ko-KP': /^글에 따르면/,
    };
    for (const id of ['liberation-of-korea-1945', 'moranbong-monument-1946']) {
      const description = original.milestones.find((m) => m.id === id)!.description!;
      for (const [locale, pattern] of Object.entries(attribution)) {
        assert.match(description[locale as keyof typeof description]!, pattern, `${id} ${locale}`);
      }
    }
  });
});

describe('a corrupted dataset fails, naming the record and the field', () => {
  it('when a quote is not in the article', () => {
    const id = original.quotes[2]!.id;
    const problems = problemsOf(
      corrupt((v) => {
        v.quotes[2]!.text += ' And that is final.';
      }),
    );
    assert.deepEqual(problems, [`quotes › ${id} › text: does not occur verbatim in the article`]);
  });

  it('when a quote names the wrong paragraph', () => {
    const quote = original.quotes[0]!;
    const problems = problemsOf(
      corrupt((v) => {
        v.quotes[0]!.paragraph = quote.paragraph + 1;
      }),
    );
    assert.match(
      problems.join('\n'),
      new RegExp(`quotes › ${quote.id} › paragraph: says paragraph`),
    );
  });

  it('forgives only whitespace and typographic quotes in a quote', () => {
    const withCurly = corrupt((v) => {
      const quote = v.quotes.find((q) => q.text.includes("'"))!;
      quote.text = quote.text.replace(/'/g, '\u2019').replace(/ /g, '\n  ');
    });
    assert.deepEqual(problemsOf(withCurly), []);
  });

  it('when a text the cards show lacks a UI language', () => {
    const person = original.people[0]!;
    const problems = problemsOf(
      corrupt((v) => {
        delete v.people[0]!.title.ko;
        delete v.overview.nextStop!.title['ko-KP'];
        delete v.overview.nextStop!.title.ru;
      }),
    );
    assert.deepEqual(problems, [
      `overview › nextStop.title: has no translation into ru, ko-KP`,
      `people › ${person.id} › title: has no translation into ko`,
    ]);
  });

  describe('when a quote’s text in another language is not as the sources print it', () => {
    const index = original.quotes.findIndex((q) => q.attested?.length);
    const id = original.quotes[index]!.id;

    it('a word changed', () => {
      const problems = problemsOf(
        corrupt((v) => {
          const attested = v.quotes[index]!.attested![0]!;
          attested.text = attested.text.replace(/\S+$/, 'иначе');
        }),
      );
      assert.deepEqual(problems, [
        `quotes › ${id} › attested[0]: is not word for word in the stored ru fragments`,
      ]);
    });

    it('two texts in one language', () => {
      const problems = problemsOf(
        corrupt((v) => {
          const quote = v.quotes[index]!;
          quote.attested!.push({ ...quote.attested![0]! });
        }),
      );
      assert.deepEqual(problems, [`quotes › ${id} › attested[1]: gives a second text in ru`]);
    });

    it('no stored fragments in its language', () => {
      const problems = checkDataset(original, article, {}).problems;
      assert.ok(problems.length > 0);
      assert.ok(
        problems.every((line) => line.endsWith('has no stored fragments in ru to check against')),
        problems.join('\n'),
      );
    });

    it('a Russian text stored but never attested whole is not enough: only the line counts', () => {
      // Two stored passages joined are not one passage a source printed.
      const lines = fragments.ru
        .split('\n')
        .filter((line) => /[а-я]{3}/.test(line) && !/https?:/.test(line));
      const joined = `${lines[0]} ${lines[1]}`;
      const problems = problemsOf(
        corrupt((v) => {
          v.quotes[index]!.attested![0]!.text = joined;
        }),
      );
      assert.deepEqual(problems, [
        `quotes › ${id} › attested[0]: is not word for word in the stored ru fragments`,
      ]);
    });
  });

  it('when a person id is dangling', () => {
    const outcome = original.outcomes.find((o) => o.signatories?.length)!;
    const problems = problemsOf(
      corrupt((v) => {
        v.outcomes.find((o) => o.id === outcome.id)!.signatories = ['nobody-at-all'];
      }),
    );
    assert.deepEqual(problems, [
      `outcomes › ${outcome.id} › signatories[0]: refers to unknown person "nobody-at-all"`,
    ]);
  });

  it('when a record cites no source', () => {
    const problems = problemsOf(
      corrupt((v) => {
        v.people[0]!.sources = [];
      }),
    );
    assert.deepEqual(problems, ['people › sergey-lavrov › sources: must cite at least one source']);
  });

  it('when a record cites a source that does not exist', () => {
    const problems = problemsOf(
      corrupt((v) => {
        v.programme[0]!.sources.push('made-up-source');
      }),
    );
    assert.deepEqual(problems, [
      `programme › ${original.programme[0]!.id} › sources[${original.programme[0]!.sources.length}]: cites unknown source "made-up-source"`,
    ]);
  });

  it('when two records share an id', () => {
    const problems = problemsOf(
      corrupt((v) => {
        v.people[1]!.id = v.people[0]!.id;
      }),
    );
    assert.deepEqual(problems, ['people › sergey-lavrov › id: duplicate id "sergey-lavrov"']);
  });

  it('when a date is not a real date', () => {
    const problems = problemsOf(
      corrupt((v) => {
        v.milestones[0]!.date = '1945-02-30';
      }),
    );
    assert.deepEqual(problems, [
      `milestones › ${original.milestones[0]!.id} › date: "1945-02-30" is not a real date`,
    ]);
  });

  it('when a date is not ISO 8601', () => {
    const problems = problemsOf(
      corrupt((v) => {
        v.overview.start = '18 June 2024';
      }),
    );
    assert.deepEqual(problems, ['overview › start: must be an ISO 8601 date: YYYY-MM-DD']);
  });

  it('when the arrival falls outside the visit', () => {
    const problems = problemsOf(
      corrupt((v) => {
        v.overview.arrival.at = '2024-06-21T02:22+09:00';
      }),
    );
    assert.deepEqual(problems, ['overview › arrival.at: arrival is after the visit ends']);
  });

  it('when ratification comes before signing', () => {
    const treaty = original.outcomes.find((o) => o.ratification)!;
    const problems = problemsOf(
      corrupt((v) => {
        v.outcomes.find((o) => o.id === treaty.id)!.ratification![0]!.date = '2024-05-01';
      }),
    );
    assert.deepEqual(problems, [
      `outcomes › ${treaty.id} › ratification[0].date: ratification is before signing`,
    ]);
  });

  it('when an enum value is unknown', () => {
    const problems = problemsOf(
      corrupt((v) => {
        (v.people[0] as { sector: string }).sector = 'agriculture';
      }),
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^people › sergey-lavrov › sector: must be one of .*"diplomacy"/);
  });

  it('when a record has a field the schema does not know', () => {
    const problems = problemsOf(
      corrupt((v) => {
        (v.quotes[0] as Record<string, unknown>).speaker = 'someone';
      }),
    );
    assert.deepEqual(problems, [
      `quotes › ${original.quotes[0]!.id} › speaker: is not a known field`,
    ]);
  });

  for (const url of [
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//example.com/protocol-relative',
    'https://example.com/ with a space',
    'not a url',
  ]) {
    it(`when a source URL is not http(s): ${JSON.stringify(url)}`, () => {
      const source = original.sources.find((s) => s.url)!;
      const problems = problemsOf(
        corrupt((v) => {
          v.sources.find((s) => s.id === source.id)!.url = url;
        }),
      );
      assert.deepEqual(problems, [
        `sources › ${source.id} › url: must be an absolute http or https URL`,
      ]);
    });
  }

  it('accepts http and https source URLs', () => {
    const withHttp = corrupt((v) => {
      v.sources[0]!.url = 'http://kcna.kp/en/article/q/1.kcmsf';
      v.sources[1]!.url = 'https://example.org/a?b=c#d';
    });
    assert.deepEqual(problemsOf(withHttp), []);
  });

  it('when a time zone is not one Intl knows', () => {
    const problems = problemsOf(
      corrupt((v) => {
        v.overview.place.timeZone = 'Asia/Pyongang';
      }),
    );
    assert.deepEqual(problems, [
      'overview › place.timeZone: must be an IANA time zone name that Intl knows',
    ]);
  });

  it('when a required field is missing', () => {
    const problems = problemsOf(
      corrupt((v) => {
        delete (v.people[3] as Partial<Visit['people'][number]>).title;
      }),
    );
    assert.deepEqual(problems, [`people › ${original.people[3]!.id} › title: is required`]);
  });
});

describe('npm run data:check', () => {
  const run = promisify(execFile);
  const script = join(root, 'scripts/data.ts');
  const tsx = join(root, 'node_modules/.bin/tsx');

  it('exits 1 and names the record when the data on disk is corrupted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'visit-cards-data-'));
    try {
      await cp(join(root, 'data'), join(dir, 'data'), { recursive: true });
      const broken = corrupt((v) => {
        v.milestones[1]!.sources = ['no-such-source'];
      });
      await writeFile(join(dir, 'data/visit.json'), JSON.stringify(broken));
      await assert.rejects(
        run(tsx, [script, '--check', '--root', dir]),
        (error: { code: number; stderr: string }) => {
          assert.equal(error.code, 1);
          assert.match(
            error.stderr,
            new RegExp(
              `milestones › ${original.milestones[1]!.id} › sources\\[0\\]: cites unknown source "no-such-source"`,
            ),
          );
          return true;
        },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('passes on the real data', async () => {
    const { stdout } = await run(tsx, [script, '--check']);
    assert.match(stdout, /^data ok: 14 people/);
  });
});
