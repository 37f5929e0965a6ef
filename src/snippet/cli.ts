#!/usr/bin/env node
// The library is browser code, built without Node's types (tsconfig.build.json); this file alone
// runs in Node.
/// <reference types="node" />
/**
 * `visit-cards`, the package's command: `visit-cards snippet <tag> [name=value …]` prints the
 * markup of a card with its fallback and JSON-LD (see `./index.ts`), to paste into a page.
 * Bad input prints one line saying what to change, and exits with 1; never a stack trace.
 *
 * @example
 * npx visit-cards snippet letter-quote quote-id=sanctions lang=ru
 * npx visit-cards snippet visit-card lang=ko-KP --cdn https://cdn.example/visit-cards@0.1.0/dist/cdn/
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { snippet, SnippetError, SNIPPET_TAGS, type SnippetOptions } from './index.js';

const USAGE = `Usage: visit-cards snippet <tag> [name=value …] [options]

Prints <tag> with its fallback (the card's text for readers without JavaScript, and its
schema.org JSON-LD), to paste into a page. <tag> is one of: ${SNIPPET_TAGS.join(', ')}.
Attributes are the element's own (quote-id=sanctions, lang=ru, heading-level=2, …).

Options:
  --cdn <url>        also print the stylesheet and script tags, from the folder <url>
                     (…/dist/cdn/), with the SRI hashes of this package's build; the
                     script is the card's own module (<tag>.js)
  --dataset <file>   write the fallback from this dataset (JSON) instead of the bundled one
  --help             print this`;

/** A problem with the command line itself, not with a snippet. */
class UsageError extends Error {}

/** The integrity hashes of this package's CDN build, beside this file in dist/. */
function cdnIntegrity(): Record<string, string> {
  try {
    return JSON.parse(
      readFileSync(new URL('../cdn/integrity.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
  } catch {
    throw new UsageError('--cdn needs the CDN build (dist/cdn/integrity.json): run npm run build.');
  }
}

/** The dataset in `file`, parsed; validation is the snippet's. */
function readDataset(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`--dataset: cannot read ${file}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--dataset: ${file} is not JSON (${(error as Error).message}).`);
  }
}

/** The snippet the arguments ask for. */
function run(args: readonly string[]): string {
  const [command, tag, ...rest] = args;
  if (command === '--help' || command === '-h') return `${USAGE}\n`;
  if (command === undefined) throw new UsageError(USAGE);
  if (command !== 'snippet') throw new UsageError(`unknown command "${command}".\n\n${USAGE}`);
  if (tag === undefined || tag.startsWith('-')) {
    throw new UsageError(`snippet needs a tag: one of ${SNIPPET_TAGS.join(', ')}.`);
  }
  const attributes: Record<string, string> = {};
  const options: SnippetOptions = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--cdn' || arg === '--dataset') {
      const value = rest[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value.`);
      if (arg === '--dataset') {
        options.dataset = readDataset(value);
      } else {
        const base = value.endsWith('/') ? value : `${value}/`;
        const hashes = cdnIntegrity();
        // The card's own module, with only what it shows, where the build has one.
        const script = hashes[`${tag}.js`] ? `${tag}.js` : 'visit-cards.js';
        options.stylesheetHref = `${base}visit-cards.css`;
        options.scriptSrc = `${base}${script}`;
        options.integrity = {
          stylesheet: hashes['visit-cards.css'],
          script: hashes[script],
        };
      }
    } else if (arg === '--help' || arg === '-h') {
      return `${USAGE}\n`;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}".\n\n${USAGE}`);
    } else {
      const at = arg.indexOf('=');
      const name = at < 0 ? arg : arg.slice(0, at);
      if (!name) throw new UsageError(`"${arg}" is not name=value.`);
      if (Object.hasOwn(attributes, name)) {
        throw new UsageError(`${name} is given twice.`);
      }
      attributes[name] = at < 0 ? '' : arg.slice(at + 1);
    }
  }
  return snippet(tag, attributes, options);
}

try {
  process.stdout.write(run(process.argv.slice(2)));
} catch (error) {
  // What to change, in one line; a bug in the library says so, without a trace either.
  const known = error instanceof SnippetError || error instanceof UsageError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`visit-cards: ${known ? message : `unexpected error: ${message}`}\n`);
  process.exitCode = 1;
}
