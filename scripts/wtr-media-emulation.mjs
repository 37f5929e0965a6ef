// @ts-check
/**
 * A test-runner command that says whether @web/test-runner-commands' emulateMedia works in
 * this test's browser, without trying it: `await executeServerCommand('media-emulation')` is
 * true or false. emulateMedia needs the DevTools protocol or Playwright; elsewhere (Firefox
 * under puppeteer speaks WebDriver BiDi, WebKit runs over WebDriver) it throws, and the runner
 * prints the stack trace in the middle of the report, even when the test catches the error.
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaEmulationPlugin() {
  return {
    name: 'media-emulation',
    async executeCommand({ command, session }) {
      if (command !== 'media-emulation') return undefined;
      if (session.browser.type === 'playwright') return true;
      const browser = /** @type {{ getPage?: (id: string) => any }} */ (session.browser);
      if (session.browser.type !== 'puppeteer' || !browser.getPage) return false;
      return browser.getPage(session.id).browser().protocol === 'cdp';
    },
  };
}
