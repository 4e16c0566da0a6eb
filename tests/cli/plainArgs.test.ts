/** `render` read without yargs: the arguments yargs gives the command, or none when the form is not plain. */
import { describe, expect, it } from 'vitest';
import { buildCli, plainRenderArgs } from '../../src/cli/main.js';

const KEYS = ['files', 'output', 'quiet', 'lang', 'template', 'paper', 'date'];
const pick = (args: Record<string, unknown>) => Object.fromEntries(KEYS.filter((k) => args[k] !== undefined).map((k) => [k, args[k]]));

/** What yargs hands the render command for `argv`. */
async function viaYargs(argv: string[]): Promise<Record<string, unknown>> {
  let given: Record<string, unknown> = {};
  const cli = await buildCli(argv, () => {}, async (args) => {
    given = args as unknown as Record<string, unknown>;
    return 0;
  });
  await cli.parseAsync();
  return pick(given);
}

describe('plain render arguments', () => {
  it.each([
    [['render', 'a.txt']],
    [['render', 'a.txt', 'b.md', '-o', 'out/']],
    [['render', 'examples/x.txt', '-o', 'output/x.pdf', '--date', '2026-11-26', '-q']],
    [['render', '-q', 'a.txt', '--output', 'o.pdf', 'b.txt']],
    [['render', 'a.txt', '--lang', 'fr', '--template', 'tpl', '--paper', 'Letter', '--date', '2026-11-26T08:00:00Z']],
    [['render', '123', '--lang', '12', '--date', '2026']],
  ])('reads %j as yargs does', async (argv) => {
    const plain = plainRenderArgs(argv);
    expect(plain).toBeDefined();
    expect(pick(plain as Record<string, unknown>)).toEqual(await viaYargs(argv));
  });

  it.each([
    [['render']],
    [['render', '--help']],
    [['render', 'a.txt', '--output=o.pdf']],
    [['render', 'a.txt', '-q', 'true']],
    [['render', 'a.txt', '--no-quiet']],
    [['render', 'a.txt', '-o']],
    [['render', 'a.txt', '-o', '-q']],
    [['render', 'a.txt', '-o', 'x', '-o', 'y']],
    [['render', 'a.txt', '--paper', 'A5']],
    [['render', 'a.txt', '--colour', 'red']],
    [['render', 'a.txt', '--', '-b.txt']],
    [['render', '-']],
    [['render', 'a.txt', '-qo', 'x']],
    [['inspect', 'a.txt']],
    [['batch', 'a.txt']],
  ])('leaves %j to yargs', (argv) => {
    expect(plainRenderArgs(argv)).toBeUndefined();
  });
});
