/**
 * Serves the repository root on 127.0.0.1 for the demo pages in demo/. Their HTML holds
 * placeholders the server fills in at request time, because the CDN bundles' hashes change
 * with every build:
 *
 * - `{{integrity:FILE}}`: the sha384 SRI value of dist/cdn/FILE, from dist/cdn/integrity.json;
 * - `{{style:PAGE}}` and `{{body:PAGE}}`: the `<style>` element and the body of demo/PAGE, so
 *   the classic-script page shows the same article without a second copy of it.
 *
 * Run directly (`npm run demo`), it serves until killed, on PORT or 8080.
 */
import { readFile, realpath } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from './static-server.js';

// The real path, so that every file's real path can be checked against it.
const ROOT = await realpath(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const DEMO = join(ROOT, 'demo');
const INTEGRITY = join(ROOT, 'dist', 'cdn', 'integrity.json');

const PLACEHOLDER = /\{\{(integrity|style|body):([\w.-]+)\}\}/g;
const STYLE = /(<style>[\s\S]*?<\/style>)/;
const BODY = /<body[^>]*>([\s\S]*)<\/body>/;

/** A running demo server. */
export interface DemoServer {
  /** Its base URL, without a trailing slash, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops it; resolves once it is closed. */
  close: () => Promise<void>;
}

/** Fills in the placeholders of a demo page; throws when one cannot be filled. */
async function render(html: string): Promise<string> {
  const integrity = JSON.parse(await readFile(INTEGRITY, 'utf8')) as Record<string, string>;
  const values = new Map<string, string>();
  for (const [placeholder, kind, name] of html.matchAll(PLACEHOLDER)) {
    if (kind === 'integrity') {
      const hash = integrity[name!];
      if (!hash) throw new Error(`no SRI hash for ${name} in dist/cdn/integrity.json`);
      values.set(placeholder, hash);
    } else {
      const page = await readFile(join(DEMO, name!), 'utf8');
      const match = (kind === 'style' ? STYLE : BODY).exec(page);
      if (!match) throw new Error(`demo/${name} has no ${kind}`);
      values.set(placeholder, match[1]!);
    }
  }
  return html.replace(PLACEHOLDER, (placeholder) => values.get(placeholder)!);
}

/**
 * Starts the demo server on 127.0.0.1.
 *
 * @param port - The port; 0 picks a free one. Defaults to `PORT` from the environment, or 8080.
 * @returns Its base URL and a function that stops it.
 */
export async function startDemoServer(
  port = Number(process.env.PORT ?? 8080),
): Promise<DemoServer> {
  const { server, url } = await serve(ROOT, {
    port,
    // Only the demo pages hold placeholders.
    rewrite: async (file) =>
      dirname(file) === DEMO && extname(file) === '.html'
        ? render(await readFile(file, 'utf8'))
        : undefined,
  });
  return {
    url,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startDemoServer();
  console.log(`Demo: ${url}/demo/ (ES module) and ${url}/demo/classic.html (classic script)`);
  console.log(`Embed builder: ${url}/demo/builder.html`);
}
