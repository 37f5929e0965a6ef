// @ts-check
/**
 * Hostile responses for the `<visit-data src>` tests, served by the test runner itself under
 * `/__hostile/`. Each takes `?id=`, a key the test picks, and `/__hostile/stats?id=` answers
 * what the server saw of that key, so a test can tell that an abort reached the server or that
 * a retry made a new request:
 *
 * - `hang`: never answers; ends when the client gives up, or after 30 s.
 * - `too-long`: JSON whose Content-Length is 3 MiB; sends a few bytes, then stalls.
 * - `stream`: JSON without a Content-Length, streamed in 64 KiB chunks up to 32 MiB.
 * - `html`: an HTML page, status 200.
 * - `dataset`: the bundled dataset, after `delay` ms; `title` replaces its English title,
 *   `type` its Content-Type (`none`: no header), and the first `fail` requests get a 503.
 * - `status/CODE`: an error page with that HTTP status (400–599), e.g. `status/404`: a 404
 *   asked for on purpose, which stays out of the runner's list of "404 network requests", so
 *   that list keeps meaning files that are missing.
 *
 * Nothing is held open longer than 30 s, so a test that forgets to abort cannot hang the run.
 */
import { readFileSync } from 'node:fs';

const PREFIX = '/__hostile/';
const MAX_OPEN_MS = 30_000;
const MiB = 1024 * 1024;
const STREAM_BYTES = 32 * MiB;
const DATASET = JSON.parse(readFileSync(new URL('../data/visit.json', import.meta.url), 'utf8'));

/**
 * What the server saw of one id: requests received, and responses the client closed before
 * they were complete.
 * @typedef {{ requests: number, aborted: number }} Stats
 */

/** @type {Map<string, Stats>} */
const stats = new Map();

/** @param {string} id */
function statsOf(id) {
  let entry = stats.get(id);
  if (!entry) stats.set(id, (entry = { requests: 0, aborted: 0 }));
  return entry;
}

/**
 * Ends `res` after `ms` unless it has closed by then.
 * @param {import('node:http').ServerResponse} res
 * @param {number} ms
 */
function endAfter(res, ms) {
  const timer = setTimeout(() => res.destroy(), ms);
  timer.unref();
  res.on('close', () => clearTimeout(timer));
}

/** @type {Record<string, (res: import('node:http').ServerResponse, params: URLSearchParams, seen: Stats) => void>} */
const ROUTES = {
  hang(res) {
    endAfter(res, MAX_OPEN_MS);
  },
  'too-long'(res) {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(3 * MiB) });
    res.write('{"people":[');
    endAfter(res, MAX_OPEN_MS);
  },
  stream(res) {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.from(`${'"padding",'.repeat(6553)}"x",\n`);
    res.write('[');
    endAfter(res, MAX_OPEN_MS);
    // At most a chunk every 5 ms, 13 MB/s: a browser that buffers ahead of the page (WebKit
    // takes all it is sent) must still be able to hang up well before the end.
    let sent = 0;
    const more = () => {
      if (res.destroyed) return;
      if (sent >= STREAM_BYTES) return void res.end('"end"]');
      sent += chunk.length;
      if (res.write(chunk)) setTimeout(more, 5);
      else res.once('drain', () => setTimeout(more, 5));
    };
    more();
  },
  html(res) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Not a dataset</title><p>Hello');
  },
  dataset(res, params, seen) {
    if (seen.requests <= Number(params.get('fail') ?? 0)) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('try again');
      return;
    }
    const body = structuredClone(DATASET);
    const title = params.get('title');
    if (title) body.overview.headline = { en: title };
    const text = JSON.stringify(body);
    const type = params.get('type') ?? 'application/json';
    const timer = setTimeout(
      () => {
        res.writeHead(200, type === 'none' ? {} : { 'content-type': type });
        res.end(text);
      },
      Math.min(Number(params.get('delay') ?? 0), MAX_OPEN_MS),
    );
    res.on('close', () => clearTimeout(timer));
  },
};

/**
 * The route `name` names: one of ROUTES, or `status/CODE`; undefined for any other name.
 * @param {string} name
 */
function routeFor(name) {
  const code = /^status\/([45]\d\d)$/.exec(name)?.[1];
  if (code) {
    /** @type {(typeof ROUTES)[string]} */
    return (res) => {
      // Written once the request is back out of the runner's middleware, which takes every
      // response it sees leave with a 404 for a missing file; the browser still gets the 404.
      setImmediate(() => {
        if (res.destroyed) return;
        res.writeHead(Number(code), { 'content-type': 'text/plain' });
        res.end(`HTTP ${code}, on purpose`);
      });
    };
  }
  return Object.hasOwn(ROUTES, name) ? ROUTES[name] : undefined;
}

/**
 * Takes the response over from the runner: the raw response, so a route can stall, stream or
 * hang up as a real server would. The status is for the runner, which lists the requests
 * left at Koa's default 404 as missing files.
 * @param {import('koa').Context} ctx
 */
function takeOver(ctx) {
  ctx.respond = false;
  ctx.status = 200;
  ctx.res.setHeader('cache-control', 'no-store');
  return ctx.res;
}

/**
 * The test runner middleware that answers `/__hostile/…`; add it to the config's
 * `middleware`. Every other path goes on to the runner's own handling, and so does a
 * `/__hostile/` path that names no route: a mistyped route is reported like a missing file.
 * @returns {import('koa').Middleware}
 */
export function hostileServer() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const name = ctx.path.slice(PREFIX.length);
    const params = new URL(ctx.req.url ?? '/', 'http://localhost').searchParams;
    const id = params.get('id') ?? '';
    if (name === 'stats') {
      const res = takeOver(ctx);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(statsOf(id)));
      return;
    }
    const route = routeFor(name);
    if (!route) return next();
    const res = takeOver(ctx);
    const seen = statsOf(id);
    seen.requests++;
    res.on('close', () => {
      if (!res.writableFinished) seen.aborted++;
    });
    route(res, params, seen);
  };
}
