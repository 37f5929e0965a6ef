// @ts-check
/**
 * The browser tests in Firefox and WebKit, the engines besides Chromium that readers use.
 * Firefox runs under puppeteer over WebDriver BiDi; WebKit (WebKitGTK's MiniBrowser) through
 * WebKitWebDriver, which this config starts. Run under a display: `xvfb-run -a wtr --config
 * web-test-runner.engines.config.mjs` (npm run test:engines does).
 */
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import base from './web-test-runner.config.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const missing = [FIREFOX, WEBKIT_DRIVER, MINIBROWSER].filter((path) => !existsSync(path));
if (missing.length) {
  console.error(
    `Missing ${missing.join(', ')}: install them (Debian: sudo apt-get install firefox-esr webkit2gtk-driver xvfb).`,
  );
  process.exit(1);
}

/** A free port on the loopback interface. */
const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const address = server.address();
    server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});
const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
process.on('exit', () => driver.kill());
// The driver needs a moment to listen; WebdriverIO retries the first connection.
await new Promise((resolve) => setTimeout(resolve, 500));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // The same plugins and middleware, the /__hostile/ server among them: only the browsers differ.
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(port),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Session creation fails over BiDi with this driver.
        'wdio:enforceWebDriverClassic': true,
        // @ts-expect-error WebKitGTK's own capability
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  ],
  testsFinishTimeout: 600000,
};
