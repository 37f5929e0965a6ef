/**
 * validateVisit as a specification of how much it reports: every problem by default, as the
 * build's data check needs; with `maxProblems`, no more than that, found without collecting
 * the rest; and never a throw, whatever the input does when it is read.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { checkIntegrity } from '../../src/data/integrity.js';
import { formatProblem } from '../../src/data/problem.js';
import type { Visit } from '../../src/data/types.js';
import { validateVisit } from '../../src/data/validate.js';

const original: Visit = JSON.parse(
  await readFile(new URL('../../data/visit.json', import.meta.url), 'utf8'),
);

/** The bundled dataset with `count` people who have nothing but an id: five issues each. */
function withBarePeople(count: number): unknown {
  const people = Array.from({ length: count }, (_, i) => ({ id: `bare-${i}` }));
  return { ...original, people: [...original.people, ...people] };
}

const problemsOf = (input: unknown, maxProblems?: number): string[] =>
  validateVisit(input, { maxProblems }).problems.map(formatProblem);

describe('validateVisit', () => {
  it('reports every problem by default', () => {
    const problems = problemsOf(withBarePeople(1000));
    assert.equal(problems.length, 5000);
    assert.deepEqual(problems.slice(0, 5), [
      'people › bare-0 › name: is required',
      'people › bare-0 › title: is required',
      'people › bare-0 › sector: is required',
      'people › bare-0 › status: is required',
      'people › bare-0 › sources: is required',
    ]);
  });

  it('with maxProblems, returns no more, one per record, in the order of the dataset', () => {
    assert.deepEqual(problemsOf(withBarePeople(1000), 3), [
      'people › bare-0 › name: is required',
      'people › bare-1 › name: is required',
      'people › bare-2 › name: is required',
    ]);
  });

  it('with maxProblems, goes on past the collection of the first problem', () => {
    const broken = structuredClone(original) as unknown as Record<string, unknown> & Visit;
    delete (broken.people[2] as Partial<Visit['people'][number]>).title;
    broken.quotes[1]!.paragraph = 0;
    delete (broken as Partial<Visit>).article;
    broken.extra = true;
    assert.deepEqual(problemsOf(broken, 10), [
      `people › ${original.people[2]!.id} › title: is required`,
      'article: is required',
      `quotes › ${original.quotes[1]!.id} › paragraph: Expected >=1 but received 0`,
      'extra: is not a known field',
    ]);
    assert.deepEqual(problemsOf(broken, 2), problemsOf(broken, 10).slice(0, 2));
  });

  it('with maxProblems, caps the integrity problems too', () => {
    const broken = structuredClone(original);
    for (const person of broken.people) person.sources = ['no-such-source'];
    // Each person's unknown source, and each source only people cited, now cited by none.
    const elsewhere = JSON.stringify({ ...original, people: [], sources: [] });
    const orphaned = original.sources.filter((s) => !elsewhere.includes(`"${s.id}"`));
    assert.equal(problemsOf(broken).length, original.people.length + orphaned.length);
    assert.equal(problemsOf(broken, 4).length, 4);
  });

  it('takes a maxProblems below 1 to mean 1', () => {
    assert.equal(problemsOf(withBarePeople(10), 0).length, 1);
    assert.equal(problemsOf(withBarePeople(10), Number.NaN).length, 1);
  });

  it('accepts the bundled dataset, with or without a limit', () => {
    assert.equal(validateVisit(original).ok, true);
    assert.equal(validateVisit(original, { maxProblems: 1 }).ok, true);
  });

  describe('never throws, and reports an input that throws when read as one problem', () => {
    const cases: [string, () => unknown][] = [
      [
        'a throwing getter',
        () =>
          Object.defineProperty({ ...original }, 'people', {
            enumerable: true,
            get() {
              throw new Error('no people');
            },
          }),
      ],
      [
        'a revoked Proxy',
        () => {
          const { proxy, revoke } = Proxy.revocable({ ...original }, {});
          revoke();
          return proxy;
        },
      ],
    ];
    for (const [what, make] of cases) {
      for (const maxProblems of [undefined, 5]) {
        it(`${what}, maxProblems ${maxProblems}`, () => {
          const result = validateVisit(make(), { maxProblems });
          assert.equal(result.ok, false);
          assert.equal(result.problems.length, 1);
          assert.match(formatProblem(result.problems[0]!), /^dataset: could not be read: /);
        });
      }
    }
  });
});

describe('checkIntegrity', () => {
  it('reports 300 000 problems of one kind without overflowing the stack', () => {
    const milestone = original.milestones[0]!;
    const milestones = Array.from({ length: 300_000 }, (_, i) => ({
      ...milestone,
      id: `m-${i}`,
      date: '2024-02-30',
    }));
    const problems = checkIntegrity({ ...original, milestones }).filter((problem) =>
      problem.message.endsWith('is not a real date'),
    );
    assert.equal(problems.length, 300_000);
    assert.equal(
      formatProblem(problems[0]!),
      'milestones › m-0 › date: "2024-02-30" is not a real date',
    );
  });
});
