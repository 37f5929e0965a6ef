// @ts-check
/**
 * The browser side of `npm run bench:hostile`, loaded by hostile.html: hands a large bad
 * dataset to a `<visit-data>` and reports the longest main-thread task until its card shows a
 * notice. It loads the npm build (dist/) unbundled, through the import map the server adds.
 */
const NPM = '/dist/index.js';
const loaded = import(NPM);

/** Resolves once the browser has run a timer and painted two frames. */
const settle = () =>
  new Promise((done) =>
    setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 0),
  );

/** Resolves to the text of `card`'s notice once it shows one; gives up after a minute. */
async function notice(/** @type {Element} */ card) {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    const node = card.shadowRoot?.querySelector('[part=notice-text]');
    if (node) return node.textContent?.trim() ?? '';
    await new Promise(requestAnimationFrame);
  }
  return 'no notice after 60 s';
}

/**
 * Gives `url`'s dataset to a fresh `<visit-data>`, as the `dataset` property (parsed first,
 * outside the measured span) or as `src`, and measures until its card shows a notice.
 * `longestTaskMs` is 0 when no task reached the 50 ms that the Long Tasks API reports.
 * @param {{ via: 'dataset' | 'src', url: string }} options
 */
async function measure({ via, url }) {
  await loaded;
  const provider = document.createElement('visit-data');
  const card = document.createElement('visit-card');
  provider.append(card);
  document.body.replaceChildren(provider);
  const data = via === 'dataset' ? await (await fetch(url)).json() : undefined;
  await settle();

  /** @type {number[]} */
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  if (via === 'dataset') /** @type {any} */ (provider).data = data;
  else provider.setAttribute('src', url);
  const outcome = await notice(card);
  const outcomeMs = performance.now() - start;
  // Long-task entries are delivered after the task: give them time to arrive.
  await settle();
  await new Promise((done) => setTimeout(done, 100));
  observer.disconnect();
  return { longestTaskMs: Math.max(0, ...tasks), outcomeMs, outcome };
}

/** @type {any} */ (window).hostile = { measure };
