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
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The real path, so that every file's real path can be checked against it.
const ROOT = await realpath(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const DEMO = join(ROOT, 'demo');
const INTEGRITY = join(ROOT, 'dist', 'cdn', 'integrity.json');

const PLACEHOLDER = /\{\{(integrity|style|body):([\w.-]+)\}\}/g;
const STYLE = /(<style>[\s\S]*?<\/style>)/;
const BODY = /<body[^>]*>([\s\S]*)<\/body>/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A running demo server. */
export interface DemoServer {
  /** Its base URL, without a trailing slash, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops it; resolves once it is closed. */
  close: () => Promise<void>;
}

/** Whether `file` is `dir` or inside it. */
function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
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

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  let file = resolve(join(ROOT, path));
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    // Resolving links too keeps a symlink in the tree from pointing the server outside it.
    file = await realpath(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  if (!isInside(ROOT, file)) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (dirname(file) === DEMO && extname(file) === '.html') {
    const body = await render(await readFile(file, 'utf8'));
    res.writeHead(200, headers).end(body);
    return;
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
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
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A missing dist/ or a broken placeholder: say so in the page rather than hang.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`demo server error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
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
}
