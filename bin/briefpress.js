#!/usr/bin/env node
// Launcher. `npm ci` (the `prepare` script) compiles the CLI into one bundle,
// dist/bundle/briefpress.cjs, run here with a V8 code cache kept in node_modules/.cache:
// loading and compiling the modules was most of a `briefpress render` process's time.
// CommonJS (bin/package.json), as is the launcher's copy of src/codeCache.ts: an ES module
// entry starts Node's ES module loader, ~20 ms of a render process.
'use strict';
const path = require('node:path');
const v8 = require('node:v8');
const { runCachedBundle } = require('../dist/bundle/codeCache.cjs');

/**
 * The commands of src/cli/main.ts: each keeps the code cache of what it runs. Help and version
 * keep theirs apart: `render --help` must not leave a render cache without the render.
 */
const COMMANDS = new Set(['render', 'inspect', 'batch', 'report']);
const HELP = new Set(['--help', '-h', '--version']);

/**
 * A render or inspect spends its first ~250 ms running each function a few times: with V8's
 * tiering budget (66 KB of bytecode in Node 20's V8 11.3), TurboFan optimizes ~100 of them on a
 * background thread that competes with the render for the second core, for code that has
 * mostly run by then. A larger budget for that start-up leaves only the truly hot loops to
 * optimize; V8's own budget comes back after it, for long runs of many articles.
 */
const STARTUP_BUDGET_MS = 250;
const DEFAULT_BUDGET = '--interrupt-budget=67584';

function startUpBudget() {
  // Another V8 has another default budget, which this could not give back.
  if (!process.versions.v8.startsWith('11.3.')) return () => {};
  v8.setFlagsFromString('--interrupt-budget=1000000');
  const restore = () => v8.setFlagsFromString(DEFAULT_BUDGET);
  setTimeout(restore, STARTUP_BUDGET_MS).unref();
  return restore;
}

const root = path.dirname(__dirname);
const args = process.argv.slice(2);
const command = args.some((a) => HELP.has(a)) ? 'help' : COMMANDS.has(args[0]) ? args[0] : 'other';
const cli = runCachedBundle(path.join(root, 'dist/bundle/briefpress.cjs'), path.join(root, 'node_modules/.cache/briefpress'), command);
const restoreBudget = command === 'render' || command === 'inspect' ? startUpBudget() : () => {};
// On exit, so that runs yargs ends itself (--help, --version) keep a cache too.
process.once('exit', (code) => {
  // V8 rejects a code cache made under other flags than the next run compiles with.
  restoreBudget();
  // A failed run stops early: its cache would leave most of the next run's code to compile.
  if (code === 0) cli.saveCache();
});
cli.exports.main(args).then((code) => {
  process.exitCode = code;
});
