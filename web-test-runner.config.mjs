// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome, NO_CHROME } from './scripts/find-chrome.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors.mjs';
import { hostileServer } from './scripts/wtr-hostile-server.mjs';
import { mediaEmulationPlugin } from './scripts/wtr-media-emulation.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_CHROME);
  process.exit(1);
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // Standard decorators need es2022; experimental ones work with it too.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    forcedColorsPlugin(),
    mediaEmulationPlugin(),
  ],
  // Slow, stalled, oversized and mistyped responses under /__hostile/, for <visit-data src>.
  middleware: [hostileServer()],
  // Every test page installs the console guard (test/helpers/console.ts) once the framework
  // has loaded and before it imports the test file: an uncaptured console.warn or
  // console.error fails the test that made it, so a green run prints the report only.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head></head>
  <body>
    <script type="module">
      import '${testFramework}';
      import { installConsoleGuard } from '/test/helpers/console.ts';
      installConsoleGuard();
    </script>
  </body>
</html>`,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  // One page at a time: a page that is not in front stalls on focus and animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};
