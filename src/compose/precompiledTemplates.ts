/**
 * The bundled templates precompiled, keyed by their whole source: a user's template runs its own
 * code unless it is the same text, byte for byte. Keying by the source itself, a few KB, needs no
 * hash (SHA-256 loaded node:crypto into every render process, ~2.5 ms). Empty here: the CLI bundle
 * (scripts/bundle.mjs) puts in their Handlebars.precompile output, code that V8's code cache then
 * keeps, so a render process does not parse and compile them again.
 */
export const PRECOMPILED: ReadonlyMap<string, TemplateSpecification> = new Map();
