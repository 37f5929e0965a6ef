import { definitionsPlugin } from './scripts/cem-definitions.mjs';
import { literalTypesPlugin } from './scripts/cem-literal-types.mjs';
import { typedProgram } from './scripts/cem-program.mjs';
import { referencesPlugin } from './scripts/cem-references.mjs';
import { shippedPathsPlugin } from './scripts/cem-shipped-paths.mjs';

/** One TypeScript program for the analyzer and the plugins that ask what a type is. */
const program = typedProgram();

/**
 * The manifest analyzer's settings. Its output is committed and CI fails when it is stale, so
 * it must be the same on every run: the analyzer reads files in whatever order they resolve,
 * and the last plugin puts the modules in path order.
 *
 * The manifest describes the package as installed: attribute types as their values, events
 * with their classes (`@fires {Type} name`, linked to their declarations), module paths of the
 * compiled files in dist/, and the modules that register each tag (src/define/). The error
 * event's module is read for its class, which the elements' events name.
 */
export default {
  globs: [
    'src/elements/**/*.ts',
    'src/define/*.ts',
    'src/internal/visit-element.ts',
    'src/internal/error-event.ts',
  ],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names the manifest already; the analyzer would rewrite the file to say so.
  packagejson: false,
  overrideModuleCreation: program.createModules,
  plugins: [
    literalTypesPlugin(program.checker),
    definitionsPlugin(program.checker),
    referencesPlugin(),
    shippedPathsPlugin(),
    {
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
