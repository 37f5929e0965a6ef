/**
 * Story controls read from custom-elements.json, so a story offers exactly the values the
 * element documents: an attribute whose type is a union of keywords gets a choice of them
 * (with "" for "not set" where the attribute is optional), a number gets a number field.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };

/** One control, as Storybook's argTypes hold it. */
type InputType = ArgTypes[string];

interface Attribute {
  name: string;
  type?: { text?: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
}

const elements = new Map(
  (manifest.modules as { declarations?: Declaration[] }[])
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName ? [[declaration.tagName, declaration]] : [])),
) as Map<string, Declaration>;

/** The keywords of a type written as a union of string literals, and whether it is optional. */
function keywords(type: string): { values: string[]; optional: boolean } | undefined {
  const members = type.split('|').map((member) => member.trim());
  const optional = members.includes('undefined');
  const literals = members.filter((member) => member !== 'undefined');
  if (!literals.length || !literals.every((member) => /^'[^']*'$/.test(member))) return undefined;
  return { values: literals.map((member) => member.slice(1, -1)), optional };
}

/** The control of `attribute` of `<tag>`, as the manifest types it. Throws if it has none. */
function controlFor(tag: string, attribute: string): InputType {
  const found = elements.get(tag)?.attributes?.find((a) => a.name === attribute);
  if (!found) throw new Error(`custom-elements.json: <${tag}> has no attribute ${attribute}`);
  const type = found.type?.text ?? 'string';
  const choice = keywords(type);
  if (choice) {
    const options = choice.optional ? ['', ...choice.values] : choice.values;
    return { control: options.length <= 3 ? 'inline-radio' : 'select', options };
  }
  if (/\bnumber\b/.test(type)) return { control: 'number' };
  return { control: 'text' };
}

/** Controls for several attributes of `<tag>`, keyed by attribute name. */
export function controlsFor(tag: string, attributes: string[]): Record<string, InputType> {
  return Object.fromEntries(attributes.map((attribute) => [attribute, controlFor(tag, attribute)]));
}
