/**
 * Writes docs/api.md from custom-elements.json: every element's entry point, attributes,
 * events, slots, CSS parts and custom properties, so the README's reference can never drift
 * from the code. Run by `npm run analyze`.
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
interface Definition {
  kind: string;
  name: string;
  declaration: { name: string; module?: string };
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
  modules: { path: string; declarations?: Declaration[]; exports?: Definition[] }[];
};
const { name: packageName, exports } = JSON.parse(
  await readFile(`${root}package.json`, 'utf8'),
) as { name: string; exports: Record<string, string | { default?: string }> };

/** The specifier that registers `tag`: the package's export of the module that defines it. */
function entryOf(tag: string): string | undefined {
  const module = manifest.modules.find((m) =>
    m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag),
  )?.path;
  const entry = Object.entries(exports).find(
    ([, target]) => typeof target === 'object' && target.default === `./${module}`,
  )?.[0];
  return entry && `${packageName}${entry.slice(1)}`;
}
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
  const entry = entryOf(el.tagName!);
  lines.push(`## \`<${el.tagName}>\``, '', el.summary ?? '', '');
  if (entry) lines.push(`Registered by \`import '${entry}';\`.`, '');
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
      ['event', 'type', 'description'],
      (el.events ?? []).map((e) => [
        `\`${e.name}\``,
        e.type ? `\`${e.type.text}\`` : '',
        e.description ?? '',
      ]),
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
