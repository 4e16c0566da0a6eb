/** Splits a plain-text article into blocks separated by blank lines, with their spans and lines. */

export interface RawBlock {
  start: number;
  end: number;
  line: number;
  /** Source text of the block, trimmed. */
  raw: string;
}

export function splitBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  // A block is a run of lines holding something other than white space.
  const re = /[^\n]*\S[^\n]*(?:\r?\n[^\n]*\S[^\n]*)*/g;
  let line = 1;
  let lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = text.indexOf('\n', lastIndex); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    lastIndex = m.index;
    const lead = m[0].length - m[0].trimStart().length;
    const raw = m[0].trim();
    blocks.push({ start: m.index + lead, end: m.index + lead + raw.length, line: line, raw });
  }
  return blocks;
}
