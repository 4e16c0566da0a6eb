#!/usr/bin/env node
// Launcher. `npm ci` (the `prepare` script) compiles the CLI into one bundle,
// dist/bundle/briefpress.cjs, run here with a V8 code cache kept in node_modules/.cache:
// loading and compiling the modules was most of a `briefpress render` process's time.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedBundle } from '../dist/src/cli/codeCache.js';

/** The commands of src/cli/main.ts: each keeps the code cache of what it runs. */
const COMMANDS = new Set(['render', 'inspect', 'batch', 'report']);

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const command = COMMANDS.has(args[0]) ? args[0] : 'other';
const cli = runCachedBundle(path.join(root, 'dist/bundle/briefpress.cjs'), path.join(root, 'node_modules/.cache/briefpress'), command);
process.exitCode = await cli.exports.main(args);
// A failed run stops early: its cache would leave most of the next run's code to compile.
if (process.exitCode === 0) cli.saveCache();
