/**
 * An analyzer plugin that writes a field's type as its values. The analyzer copies a type as
 * written, so `variant: VisitCardVariant` comes out as `VisitCardVariant`, a name that editors
 * and the generators of framework types cannot resolve. With the program's type checker this
 * writes `'full' | 'compact'` instead, on the field and on its attribute, wherever the type
 * is a union of string or number literals. It also fills in the type of a public field the
 * analyzer could not type (one without an annotation, typed by its initializer).
 */

/**
 * @typedef {typeof import('typescript')} TypeScript
 * @typedef {import('typescript').Type} Type
 * @typedef {import('typescript').TypeChecker} TypeChecker
 * @typedef {{ name: string; kind?: string; privacy?: string; type?: { text: string } }} FieldDoc
 * @typedef {{ fieldName?: string; type?: { text: string } }} AttributeDoc
 * @typedef {{ name: string; members?: FieldDoc[]; attributes?: AttributeDoc[] }} ClassDoc
 */

/**
 * A literal type as source code: strings in single quotes, as this project writes them.
 *
 * @param {import('typescript').LiteralType} type
 */
function literal(type) {
  return typeof type.value === 'string'
    ? `'${type.value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
    : String(type.value);
}

/**
 * `type` as a union of its values, or `undefined` unless it is one: every member a string or
 * number literal, but for `null` and `undefined`, which go last as the analyzer writes them.
 *
 * @param {TypeScript} ts
 * @param {Type} type
 */
function valuesOf(ts, type) {
  const parts = type.isUnion() ? type.types : [type];
  const nullish = ts.TypeFlags.Null | ts.TypeFlags.Undefined;
  const values = parts.filter((part) => !(part.flags & nullish));
  if (!values.length || !values.every((part) => part.isStringLiteral() || part.isNumberLiteral())) {
    return undefined;
  }
  const rest = parts.filter((part) => part.flags & nullish);
  return [
    ...values.map((part) => literal(/** @type {import('typescript').LiteralType} */ (part))),
    ...rest.map((part) => (part.flags & ts.TypeFlags.Null ? 'null' : 'undefined')),
  ].join(' | ');
}

/**
 * The plugin. `checker` gives the type checker of the program the analyzer reads (see
 * scripts/cem-program.mjs); it exists only once the analyzer has started.
 *
 * @param {() => TypeChecker} checker
 */
export function literalTypesPlugin(checker) {
  return {
    name: 'literal-types',
    /** @param {{ ts: TypeScript; node: import('typescript').Node; moduleDoc: { declarations?: ClassDoc[] } }} params */
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const className = node.name.text;
      const classDoc = moduleDoc.declarations?.find(
        (declaration) => declaration.name === className,
      );
      if (!classDoc) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) && !ts.isGetAccessorDeclaration(member)) continue;
        const symbol = checker().getSymbolAtLocation(member.name);
        if (!symbol) continue;
        const type = checker().getTypeOfSymbol(symbol);
        const name = symbol.getName();
        const field = classDoc.members?.find((doc) => doc.kind === 'field' && doc.name === name);
        const isPublic = !field?.privacy || field.privacy === 'public';
        const text =
          valuesOf(ts, type) ??
          (field && !field.type && isPublic ? checker().typeToString(type) : undefined);
        if (!text) continue;
        if (field) field.type = { text };
        for (const attribute of classDoc.attributes ?? []) {
          if (attribute.fieldName === name) attribute.type = { text };
        }
      }
    },
  };
}
