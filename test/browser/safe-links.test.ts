/**
 * Defence in depth against script links: validation refuses any source URL that is not
 * http(s), and should such a URL reach a card anyway (validation bypassed), the card renders
 * it as text, never as a link or a `cite`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import type { Visit } from '../../src/data/types.js';
import '../../src/define/delegation-roster.js';
import '../../src/define/letter-quote.js';
import '../../src/define/visit-card.js';
import './support/raw-provider.js';

const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
];

/** Every element a card's shadow root holds, through nested shadow roots. */
function allNodes(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot ? allNodes(el.shadowRoot) : []),
  ]);
}

const CARDS = [
  html`<visit-card variant="full"></visit-card>`,
  html`<visit-card variant="compact"></visit-card>`,
  html`<delegation-roster></delegation-roster>`,
  html`<letter-quote></letter-quote>`,
];

/** A footnote marker: a link to an entry of the card's own sources list, by its `#id`. */
function isFootnote(node: Element): boolean {
  const href = node.getAttribute('href') ?? '';
  return (
    node.matches('a[part~=note]') &&
    /^#[\w-]+$/.test(href) &&
    (node.getRootNode() as ShadowRoot).getElementById(href.slice(1)) !== null
  );
}

describe('source URLs that are not http(s)', () => {
  for (const url of HOSTILE_URLS) {
    it(`are shown as the publisher's name, not a link: ${JSON.stringify(url)}`, async () => {
      const visit: Visit = structuredClone(dataset);
      for (const source of visit.sources) source.url = url;
      const provider = await fixture(
        html`<raw-visit-provider .state=${{ status: 'ready', visit }}
          >${CARDS}</raw-visit-provider
        >`,
      );
      const cards = [...provider.children] as HTMLElement[];
      await Promise.all(
        cards.map((card) => (card as { updateComplete?: Promise<unknown> }).updateComplete),
      );
      for (const card of cards) {
        // Open the sources footer, as a reader would, so every source is rendered and reachable.
        card.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        const nodes = allNodes(card.shadowRoot!);
        const publishers = nodes.filter((n) => n.matches('[part~=source], [part~=sources]'));
        expect(publishers.length, `${card.localName} shows its sources`).to.be.greaterThan(0);
        for (const node of nodes) {
          for (const attribute of ['href', 'cite', 'src', 'action', 'formaction']) {
            // A footnote marker links within the card, to its entry in the sources list.
            if (attribute === 'href' && isFootnote(node)) continue;
            expect(
              node.hasAttribute(attribute),
              `${card.localName} ${node.localName}[${attribute}]`,
            ).to.be.false;
          }
        }
        for (const node of publishers) {
          expect(node.textContent!.trim(), `${card.localName} names the publisher`).not.to.equal(
            '',
          );
        }
      }
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  }

  it('keep their links when they are http(s)', async () => {
    const provider = await fixture(
      html`<raw-visit-provider .state=${{ status: 'ready', visit: dataset }}
        ><letter-quote lang="ru" quote-id="support-for-the-dprk"></letter-quote
      ></raw-visit-provider>`,
    );
    const quote = provider.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await quote.updateComplete;
    const links = [...quote.shadowRoot!.querySelectorAll('a[href]')].filter((a) => !isFootnote(a));
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(link.getAttribute('href')).to.match(/^https?:\/\//);
    expect(quote.shadowRoot!.querySelector('blockquote')!.getAttribute('cite')).to.match(
      /^https?:\/\//,
    );
  });
});
