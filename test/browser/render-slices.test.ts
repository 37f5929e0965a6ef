/**
 * Many cards share the main thread: the ones a task cannot render within its slice render in
 * later tasks, so the page can paint and answer input in between; every card renders in the end,
 * in order; and a card that updates on its own renders at once. The page's first card renders
 * in a task after the one that asked: that task has run the library's module.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/letter-quote.js';
import type { LetterQuote } from '../../src/elements/letter-quote/letter-quote.js';

/** Resolves in the next task: after the microtasks of this one, before later tasks' work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

const rendered = (cards: readonly Element[]) =>
  cards.filter((card) => card.shadowRoot?.querySelector('blockquote')).length;

describe('rendering many cards', () => {
  // First: no card of this page has rendered yet.
  it("renders the page's first card in a later task, not the one that added it", async () => {
    const card = document.createElement('letter-quote') as LetterQuote;
    document.body.append(card);
    // Past every microtask of Lit's update chain: a render in this task would have happened.
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    expect(rendered([card]), 'rendered in the task that added it').to.equal(0);
    expect(card.matches(':state(pending)'), 'pending').to.equal(true);
    await card.updateComplete;
    expect(rendered([card]), 'rendered later').to.equal(1);
    expect(card.matches(':state(pending)'), 'pending').to.equal(false);
    card.remove();
  });

  it('renders some in the task that added them, the rest in later tasks, all in order', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    await nextTask();
    const cards = Array.from({ length: 300 }, () => document.createElement('letter-quote'));
    page.append(...cards);
    const order: number[] = [];
    cards.forEach((card, i) => void (card as LetterQuote).updateComplete.then(() => order.push(i)));
    // Posted before the first card asks for its turn, so it runs once this task's slice is over.
    const afterFirstTask = nextTask().then(() => rendered(cards));
    const inFirstTask = await afterFirstTask;
    // The cards still waiting say so, for the reservation sheet to hold their place.
    const waiting = cards.filter((card) => card.matches(':state(pending)'));
    expect(waiting.length, 'pending').to.equal(cards.length - inFirstTask);
    expect(inFirstTask, 'rendered in the first task').to.be.above(0);
    expect(inFirstTask, 'rendered in the first task').to.be.below(cards.length);
    await Promise.all(cards.map((card) => (card as LetterQuote).updateComplete));
    expect(rendered(cards)).to.equal(cards.length);
    expect(order).to.deep.equal(cards.map((_, i) => i));
    expect(cards.filter((card) => card.matches(':state(pending)'))).to.have.length(0);
    page.replaceChildren();
  });

  it('renders a card that updates on its own in the task that changed it', async () => {
    const card = await fixture<LetterQuote>(html`<letter-quote></letter-quote>`);
    await card.updateComplete;
    await nextTask();
    card.setAttribute('quote-id', 'sanctions');
    const text = await nextTask().then(
      () => card.shadowRoot!.querySelector('blockquote')!.textContent,
    );
    expect(text).to.include('sanctions');
  });
});
