/**
 * `hyphen`'s modules by their path inside the package ("hyphen.js", "fr"), required from
 * node_modules. The CLI bundles (scripts/bundle.mjs) replace this module with one that holds the
 * hyphenator and the French and English patterns: a render then takes them from the bundle's code
 * cache instead of reading and compiling them (~4 ms of a French render process). Other
 * languages still load from node_modules.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `hyphen/<path>`'s exports; throws as `require` does when the package has no such module. */
export const requireHyphen = (path: string): unknown => require(`hyphen/${path}`);
