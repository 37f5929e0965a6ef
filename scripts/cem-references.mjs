/**
 * An analyzer plugin that links names in the manifest to what they name, so a tool can find
 * the declaration behind a type:
 *
 * - an event's type that names a class of the package (`@fires {VisitCardsErrorEvent} ...`)
 *   gets a reference to the module that declares it;
 * - a superclass the analyzer placed in the extending module though it is not declared there
 *   (a global such as `Event`: the analyzer takes every name it did not see imported for a
 *   local one) becomes the schema's reference to a global, `package: 'global:'`.
 *
 * Runs in the package-link phase, before the paths are made the shipped ones.
 */

/**
 * @typedef {{ name: string; package?: string; module?: string; start?: number; end?: number }} Reference
 * @typedef {{ name?: string; type?: { text: string; references?: Reference[] } }} EventDoc
 * @typedef {{ kind: string; name: string; superclass?: Reference; events?: EventDoc[] }} DeclarationDoc
 * @typedef {{ path: string; declarations?: DeclarationDoc[] }} ModuleDoc
 */

/** The plugin. */
export function referencesPlugin() {
  return {
    name: 'references',
    /** @param {{ customElementsManifest: { modules: ModuleDoc[] } }} params */
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      /** Where each class of the package is declared, by name. */
      const classes = new Map(
        modules.flatMap((module) =>
          (module.declarations ?? [])
            .filter((declaration) => declaration.kind === 'class')
            .map((declaration) => [declaration.name, module.path]),
        ),
      );
      for (const module of modules) {
        const declared = new Set(module.declarations?.map((declaration) => declaration.name));
        for (const declaration of module.declarations ?? []) {
          const { superclass } = declaration;
          if (superclass?.module === module.path && !declared.has(superclass.name)) {
            declaration.superclass = { name: superclass.name, package: 'global:' };
          }
          for (const event of declaration.events ?? []) {
            const text = event.type?.text;
            const home = text && classes.get(text);
            if (event.type && text && home) {
              event.type.references = [{ name: text, module: home, start: 0, end: text.length }];
            }
          }
        }
      }
    },
  };
}
