/**
 * The bundled templates precompiled, by the SHA-256 of their source. Empty here: the CLI bundle
 * (scripts/bundle.mjs) puts in their Handlebars.precompile output, code that V8's code cache then
 * keeps, so a render process does not parse and compile them again.
 */
export const PRECOMPILED: ReadonlyMap<string, TemplateSpecification> = new Map();
