/**
 * Writes docs/api.md from custom-elements.json: every element's attributes, events, slots,
 * CSS parts and custom properties, so the README's reference can never drift from the code.
 * Run by `npm run analyze`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  attributes?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const cell = (text = '') => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (title: string, head: string[], rows: string[][]) =>
  rows.length
    ? [`#### ${title}`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
        .concat(rows.map((row) => `| ${row.map(cell).join(' | ')} |`))
        .concat('')
    : [];

const lines = [
  '# API reference',
  '',
  '<!-- Generated from custom-elements.json by scripts/api-docs.ts: do not edit. -->',
  '',
];
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
for (const el of elements) {
  lines.push(`## \`<${el.tagName}>\``, '', el.summary ?? '', '');
  lines.push(
    ...table(
      'Attributes',
      ['attribute', 'type', 'default', 'description'],
      (el.attributes ?? []).map((a) => [
        `\`${a.name}\``,
        a.type ? `\`${a.type.text}\`` : '',
        a.default ? `\`${a.default}\`` : '',
        a.description ?? '',
      ]),
    ),
    ...table(
      'Events',
      ['event', 'description'],
      (el.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? '']),
    ),
    ...table(
      'Slots',
      ['slot', 'description'],
      (el.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description ?? '']),
    ),
    ...table(
      'CSS parts',
      ['part', 'description'],
      (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']),
    ),
    ...table(
      'CSS custom properties',
      ['property', 'description'],
      (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']),
    ),
  );
}
await writeFile(`${root}docs/api.md`, `${lines.join('\n').trimEnd()}\n`);
