/**
 * A command's arguments read without yargs when they come in the plainest forms, as scripts and
 * benchmarks give them: building yargs's parser costs a render process ~5 ms. Whatever is not
 * plain (help, `--name=value`, `--no-…`, `--`, a repeated or unknown option, a value that starts
 * with "-", a bad choice) is left to yargs, which parses and checks it.
 */
import type { Options } from 'yargs';

/**
 * The arguments yargs would give the handler of `command <name..>` for `argv`: the positionals
 * as `name`, the options (flag, alias; a value after each non-boolean one) by name, defaults
 * filled in. Undefined when `argv` is not that plain, or has no positional.
 */
export function plainArgs(argv: readonly string[], command: string, name: string, options: Record<string, Options>): Record<string, unknown> | undefined {
  if (argv[0] !== command) return undefined;
  const flags = new Map<string, string>();
  for (const [option, { alias }] of Object.entries(options)) {
    flags.set(`--${option}`, option);
    if (typeof alias === 'string') flags.set(`-${alias}`, option);
  }
  const positionals: string[] = [];
  const args: Record<string, unknown> = {};
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i]!;
    if (token !== '' && !token.startsWith('-')) {
      positionals.push(token);
      continue;
    }
    const option = flags.get(token);
    if (option === undefined || option in args) return undefined;
    const { type, choices } = options[option]!;
    if (type === 'boolean') {
      // yargs reads a "true" or "false" after a boolean flag as its value.
      if (argv[i + 1] === 'true' || argv[i + 1] === 'false') return undefined;
      args[option] = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    if (choices !== undefined && !(choices as unknown[]).includes(value)) return undefined;
    args[option] = value;
  }
  if (positionals.length === 0) return undefined;
  for (const [option, { default: value }] of Object.entries(options)) if (!(option in args) && value !== undefined) args[option] = value;
  return { ...args, [name]: positionals };
}
