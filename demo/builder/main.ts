/**
 * The embed builder (demo/builder.html): pick a card and its options, see it live at three
 * widths, copy one snippet. The snippet is always the text of the page's
 * `<output name="snippet">`; it is made by the library's own `snippet()` (visit-cards/snippet),
 * so it holds the same no-JavaScript fallback and JSON-LD as the command line's.
 *
 * The page loads the library's CDN build beside it, with the SRI hashes of
 * dist/cdn/integrity.json: the previews are the cards a reader's page would show. The options
 * live in the address (`?card=letter-quote&quote-id=sanctions&ui=ru`), so a builder state can
 * be shared or reloaded.
 *
 * @module
 */
import { snippet, SnippetError } from '../../src/snippet/index.js';
import { resolveLocale, LOCALES, type Locale } from '../../src/locales/tags.js';
import { CARDS, controlsOf, LANGUAGE_NAMES, type Card, type Control } from './controls.js';
import { h, readControls, renderControls } from './form.js';
import { copyOutput, showSize } from './output.js';
import { renderPreviews, showCard } from './preview.js';
import { builderStrings, type BuilderStrings } from './strings/index.js';

/** The CDN build beside this page. */
const CDN = new URL('../dist/cdn/', location.href);

/** An element of the page by id; the page is the builder's own, so it is there. */
function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** What the builder shows now. */
interface State {
  locale: Locale;
  card: Card;
  /** The options chosen for each card, kept when the author looks at another card. */
  values: Map<Card, Map<string, string>>;
  integrity: Record<string, string>;
}

/** The state the address asks for: its `ui`, `card`, and the card's attributes. */
function stateFromAddress(integrity: Record<string, string>): State {
  const params = new URLSearchParams(location.search);
  const card = (CARDS as readonly string[]).includes(params.get('card') ?? '')
    ? (params.get('card') as Card)
    : CARDS[0];
  const ui = params.get('ui');
  const locale =
    ui && (LOCALES as readonly string[]).includes(ui)
      ? (ui as Locale)
      : resolveLocale(navigator.language);
  const values = new Map<Card, Map<string, string>>(CARDS.map((c) => [c, new Map()]));
  for (const [name, value] of params) {
    if (name !== 'card' && name !== 'ui' && name !== 'files') values.get(card)!.set(name, value);
  }
  return { locale, card, values, integrity };
}

/** Writes the state into the address, for sharing and reloading; the defaults are left out. */
function writeAddress(state: State, values: ReadonlyMap<string, string>, files: string): void {
  const params = new URLSearchParams({ card: state.card, ui: state.locale });
  for (const [name, value] of values) if (value) params.set(name, value);
  if (files !== CDN.href) params.set('files', files);
  history.replaceState(null, '', `?${params}`);
}

/** The folder the snippet loads the library from, ending in `/`, or `undefined` if not http(s). */
function filesFolder(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return undefined;
  }
}

/** The builder, wired to its page. */
class Builder {
  private controls: Control[] = [];
  private readonly form = byId<HTMLFormElement>('builder');
  private readonly output = this.form.elements.namedItem('snippet') as HTMLOutputElement;
  private readonly files = byId<HTMLInputElement>('files');

  constructor(private readonly state: State) {
    const params = new URLSearchParams(location.search);
    this.files.value = filesFolder(params.get('files') ?? '') ?? CDN.href;
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('change', (event) => this.changed(event.target as Element));
    this.form.addEventListener('input', (event) => {
      if ((event.target as Element).matches('input[type=number], input[type=url]')) this.update();
    });
    byId('ui').addEventListener('change', (event) => {
      this.state.locale = (event.target as HTMLSelectElement).value as Locale;
      this.speak();
    });
    byId('copy').addEventListener('click', () => void this.copy());
    this.speak();
    this.form.hidden = false;
    byId('start').remove();
  }

  private get strings(): BuilderStrings {
    return builderStrings[this.state.locale];
  }

  private format = (value: number): string =>
    new Intl.NumberFormat(this.state.locale).format(value);

  /** Writes every text of the page in the builder's language, then the card's controls. */
  private speak(): void {
    const { strings, state } = this;
    document.documentElement.lang = state.locale;
    document.title = `${strings.title} · visit-cards`;
    const text: Record<string, string> = {
      title: strings.title,
      intro: strings.intro,
      'ui-label': strings.uiLanguage,
      'cards-legend': strings.card,
      'options-legend': strings.options,
      'files-label': strings.files.label,
      'files-hint': strings.files.hint,
      'files-error': strings.files.invalid,
      'preview-heading': strings.preview.heading,
      'preview-hint': strings.preview.hint,
      'snippet-heading': strings.snippet.heading,
      'snippet-hint': strings.snippet.hint,
      copy: strings.snippet.copy,
    };
    for (const [id, value] of Object.entries(text)) byId(id).textContent = value;
    byId('ui').replaceChildren(
      ...LOCALES.map((locale) => {
        const option = h('option', { value: locale, lang: locale }, LANGUAGE_NAMES[locale]);
        (option as HTMLOptionElement).selected = locale === state.locale;
        return option;
      }),
    );
    byId('cards').replaceChildren(
      ...CARDS.map((card) => {
        const radio = h('input', { type: 'radio', name: 'card', value: card });
        (radio as HTMLInputElement).checked = card === state.card;
        return h(
          'label',
          {},
          radio,
          h('span', {}, strings.cards[card]),
          h('code', {}, `<${card}>`),
        );
      }),
    );
    renderPreviews(byId('previews'), strings, this.format);
    byId('copy-status').textContent = '';
    this.showControls();
  }

  /** Writes the chosen card's controls, holding the values chosen for it. */
  private showControls(): void {
    const { state } = this;
    this.controls = controlsOf(state.card, { locale: state.locale, strings: this.strings });
    renderControls(byId('controls'), this.controls, state.values.get(state.card)!);
    this.update();
  }

  /** After a control changed: another card, or another value. */
  private changed(target: Element): void {
    if (target instanceof HTMLInputElement && target.name === 'card') {
      this.state.card = target.value as Card;
      this.showControls();
    } else {
      this.update();
    }
  }

  /** Reads the controls, and shows the card and its snippet for them. */
  private update(): void {
    const { state, strings } = this;
    const values = readControls(byId('controls'), this.controls);
    state.values.set(state.card, values);
    showCard(byId('previews'), state.card, values);

    const folder = filesFolder(this.files.value);
    byId('files-error').hidden = folder !== undefined;
    this.files.setAttribute('aria-invalid', String(folder === undefined));
    writeAddress(state, values, folder ?? CDN.href);

    const error = byId('snippet-error');
    let text = '';
    if (folder) {
      const module = state.integrity[`${state.card}.js`] ? `${state.card}.js` : 'visit-cards.js';
      try {
        text = snippet(state.card, Object.fromEntries([...values].filter(([, v]) => v !== '')), {
          scriptSrc: new URL(module, folder).href,
          stylesheetHref: new URL('visit-cards.css', folder).href,
          integrity: {
            script: state.integrity[module],
            stylesheet: state.integrity['visit-cards.css'],
          },
        });
      } catch (problem) {
        if (!(problem instanceof SnippetError)) throw problem;
        error.replaceChildren(
          strings.snippet.none,
          ' ',
          h('span', { lang: 'en' }, problem.message),
        );
      }
    }
    error.hidden = text !== '' || !folder;
    this.output.value = text;
    byId<HTMLButtonElement>('copy').disabled = text === '';
    byId('copy-status').textContent = '';
    byId('size').textContent = '';
    if (text) void showSize(byId('size'), text, strings, this.format, () => this.output.value);
  }

  /** Copies the snippet, and says whether it could. */
  private async copy(): Promise<void> {
    const copied = await copyOutput(this.output);
    const status = byId('copy-status');
    status.textContent = copied ? this.strings.snippet.copied : this.strings.snippet.copyFailed;
    status.classList.toggle('error', !copied);
  }
}

/** Loads the library's CDN module beside the page, with its SRI hash, for the previews. */
function loadLibrary(integrity: Record<string, string>): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = new URL('visit-cards.js', CDN).href;
  script.integrity = integrity['visit-cards.js'] ?? '';
  script.crossOrigin = 'anonymous';
  document.head.append(script);
}

/** Starts the builder, or says what it needs. */
async function start(): Promise<void> {
  let integrity: Record<string, string>;
  try {
    const response = await fetch(new URL('integrity.json', CDN));
    if (!response.ok) throw new Error(String(response.status));
    integrity = (await response.json()) as Record<string, string>;
  } catch {
    byId('start').textContent = builderStrings[resolveLocale(navigator.language)].noBuild;
    return;
  }
  loadLibrary(integrity);
  new Builder(stateFromAddress(integrity));
}

void start();
