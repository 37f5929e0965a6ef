/**
 * The manifest analyzer reads each file on its own, so it knows the names in a type but not
 * what they stand for. This makes it read the files of one TypeScript program instead (its
 * `overrideModuleCreation` hook), compiled with the project's tsconfig.json, and lends that
 * program's type checker to the plugins that need one.
 *
 * Module paths come out absolute (a file that another file imports gets its resolved path, so
 * relative roots would give some relative paths and some absolute ones, depending on the
 * order); scripts/cem-shipped-paths.mjs turns them into the package's own paths.
 */
import { resolve } from 'node:path';

/**
 * @typedef {typeof import('typescript')} TypeScript
 * @typedef {import('typescript').TypeChecker} TypeChecker
 */

/**
 * A program for the analyzer: `createModules` is the config's `overrideModuleCreation`, and
 * `checker()` the type checker of what it created, for plugins (they run after it).
 *
 * @param {string} [tsconfig] The configuration to compile with, relative to the working directory.
 */
export function typedProgram(tsconfig = 'tsconfig.json') {
  /** @type {TypeChecker | undefined} */
  let checker;
  return {
    /** @param {{ ts: TypeScript; globs: string[] }} params */
    createModules({ ts, globs }) {
      const parsed = ts.getParsedCommandLineOfConfigFile(
        tsconfig,
        {},
        {
          ...ts.sys,
          onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
            throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
          },
        },
      );
      if (!parsed) throw new Error(`cannot read ${tsconfig}`);
      const roots = globs.map((glob) => resolve(glob));
      const program = ts.createProgram(roots, { ...parsed.options, noEmit: true });
      checker = program.getTypeChecker();
      const wanted = new Set(roots);
      return program.getSourceFiles().filter((file) => wanted.has(resolve(file.fileName)));
    },
    /** The type checker; only once `createModules` has run. */
    checker() {
      if (!checker) throw new Error('the program is not created yet: set overrideModuleCreation');
      return checker;
    },
  };
}
