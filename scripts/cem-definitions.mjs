/**
 * An analyzer plugin for the modules that register the elements. The analyzer recognises
 * `customElements.define(tag, Class)` only; this library registers through its own function
 * (`defineElement(tag, Class)`, which never throws), so the plugin records those calls as the
 * manifest's `custom-element-definition` exports: which module to import for which tag.
 *
 * It also fixes where the module's own exports point: the analyzer takes `export { Class }`
 * for a class declared in the module itself, but here the class is imported from elsewhere.
 * The type checker says where it is declared.
 */

/**
 * @typedef {typeof import('typescript')} TypeScript
 * @typedef {import('typescript').Node} Node
 * @typedef {import('typescript').TypeChecker} TypeChecker
 * @typedef {{ kind: string; name: string; declaration: { name: string; module?: string } }} ExportDoc
 */

/**
 * The file that declares what `node` names, following imports; `undefined` for a name it
 * cannot resolve.
 *
 * @param {TypeScript} ts
 * @param {TypeChecker} checker
 * @param {Node} node
 */
function declaringFile(ts, checker, node) {
  let symbol = checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations?.[0]?.getSourceFile().fileName;
}

/**
 * The plugin.
 *
 * @param {() => TypeChecker} checker The type checker of the program the analyzer reads.
 * @param {{ functionName?: string }} [options] The name of the registering function.
 */
export function definitionsPlugin(checker, { functionName = 'defineElement' } = {}) {
  return {
    name: 'definitions',
    /** @param {{ ts: TypeScript; node: Node; moduleDoc: { exports?: ExportDoc[] } }} params */
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === functionName
      ) {
        const [tag, element] = node.arguments;
        if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
        (moduleDoc.exports ??= []).push({
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: element.text, module: declaringFile(ts, checker(), element) },
        });
      }
      // `export { VisitCard };` of an imported class: point at the class's own module.
      if (ts.isExportDeclaration(node) && !node.moduleSpecifier && node.exportClause) {
        if (!ts.isNamedExports(node.exportClause)) return;
        for (const specifier of node.exportClause.elements) {
          const file = declaringFile(ts, checker(), specifier.propertyName ?? specifier.name);
          const doc = moduleDoc.exports?.find(
            (entry) => entry.kind === 'js' && entry.name === specifier.name.text,
          );
          if (doc && file) doc.declaration.module = file;
        }
      }
    },
  };
}
