/**
 * A small static file server on 127.0.0.1 for the scripted browser checks (stories,
 * screenshots, the install test) and the demo. It never serves outside its folder, links
 * included, a caller may rewrite some files on their way out, and it may serve the folder under
 * a sub-path, as a host serving a site that is not at its root does.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

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

/** Returns the body to send instead of `file`'s bytes, or undefined to send them as they are. */
export type Rewrite = (file: string) => Promise<string | undefined>;

/** Whether `file` is `dir` or inside it. */
function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

async function handle(
  root: string,
  base: string,
  rewrite: Rewrite | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const text = { 'content-type': 'text/plain; charset=utf-8' };
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400, text).end('bad request');
    return;
  }
  if (!path.startsWith(base)) {
    res.writeHead(404, text).end('not found');
    return;
  }
  path = path.slice(base.length - 1);
  let file = resolve(join(root, path));
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    // Resolving links too keeps a symlink in the tree from pointing the server outside it.
    file = await realpath(file);
  } catch {
    res.writeHead(404, text).end('not found');
    return;
  }
  if (!isInside(root, file)) {
    res.writeHead(403, text).end('forbidden');
    return;
  }
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  };
  const body = await rewrite?.(file);
  if (body !== undefined) {
    res.writeHead(200, headers).end(body);
    return;
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}

/**
 * Serves `dir` on 127.0.0.1 (port 0: a free one) at `base` (a path that starts and ends with
 * `/`; everything outside it is a 404); resolves to the server and its base URL, without a
 * trailing slash.
 */
export async function serve(
  dir: string,
  { port = 0, rewrite, base = '/' }: { port?: number; rewrite?: Rewrite; base?: string } = {},
): Promise<{ server: Server; url: string }> {
  if (!base.startsWith('/') || !base.endsWith('/')) {
    throw new Error(`serve: base must start and end with "/", not "${base}"`);
  }
  const root = await realpath(dir);
  const server = createServer((req, res) => {
    handle(root, base, rewrite, req, res).catch((error: unknown) => {
      // A failed rewrite: say so in the response rather than hang.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`server error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actual}${base.slice(0, -1)}` };
}
