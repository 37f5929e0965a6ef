/**
 * What the Docs pages' API tables show: the elements' public API from custom-elements.json,
 * with a control only where the story renders the arg.
 */
import type { Preview } from '@storybook/web-components-vite';

/** The parts of custom-elements.json this module reads; the rest passes through untouched. */
interface Manifest {
  modules: {
    declarations?: {
      members?: { privacy?: string; static?: boolean }[];
      slots?: { name: string }[];
    }[];
  }[];
}

/**
 * The name the Slots table gives the default slot: the manifest names it "", and the renderer
 * leaves out a row without a name. scripts/check-stories.ts expects the same.
 */
const DEFAULT_SLOT = '(default)';

/**
 * A copy of `manifest` without private, protected and static members (the analyzer lists them
 * all, and the renderer would put every one in the Properties table), and with the default
 * slot named.
 */
export function publicApi<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) =>
            !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
        ),
        slots: declaration.slots?.map((slot) =>
          slot.name ? slot : { ...slot, name: DEFAULT_SLOT },
        ),
      })),
    })),
  };
}

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Turns off the control of every row that comes from the manifest (its rows have a category)
 * and that the story has no arg for: the stories render attributes from their args, so a
 * control on a property, event, part or custom property, or on an attribute the story leaves
 * out, would change nothing.
 */
export const controlsOnlyForStoryArgs: ArgTypesEnhancer = ({ argTypes, initialArgs }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([key, argType]) =>
      argType.table?.category && !(key in initialArgs)
        ? [key, { ...argType, control: { disable: true } }]
        : [key, argType],
    ),
  );
