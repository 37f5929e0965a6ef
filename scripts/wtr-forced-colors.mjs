/**
 * A test-runner command that turns forced-colors (Windows high contrast) emulation on or off
 * in Chromium, which @web/test-runner-commands' emulateMedia cannot. In a test:
 * `executeServerCommand('forced-colors', { active: true })`. Other engines answer false.
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsPlugin() {
  // An emulation lasts as long as the DevTools session that set it: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const browser = /** @type {{ getPage?: (id: string) => any }} */ (session.browser);
      if (session.browser.type !== 'puppeteer' || !browser.getPage) return false;
      const page = browser.getPage(session.id);
      const active = Boolean(/** @type {{ active?: boolean }} */ (payload)?.active);
      try {
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
        });
        return true;
      } catch {
        // Firefox under puppeteer speaks WebDriver BiDi, not the DevTools protocol.
        return false;
      }
    },
  };
}
