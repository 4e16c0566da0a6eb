/** Where `render` writes: a file for one input, or one PDF per input in a folder. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { uniqueNames } from '../batch/outputNames.js';

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `-o x.pdf` names the file of a single input; anything else is a folder holding `<name>.pdf`
 * per input, names made unique when two inputs share a base name.
 */
export function outputPaths(inputs: string[], output: string): string[] | { error: string } {
  const asFile = output.toLowerCase().endsWith('.pdf') && !isFolder(output);
  if (asFile) {
    if (inputs.length > 1) return { error: `-o ${output} names one file, but ${inputs.length} articles were given: give a folder instead` };
    return [output];
  }
  const names = uniqueNames(inputs.map((f) => ({ key: path.basename(f) })));
  return names.map((n) => path.join(output, n));
}
