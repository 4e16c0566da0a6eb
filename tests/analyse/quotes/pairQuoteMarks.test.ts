import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../../../src/analyse/quotes/pairQuoteMarks.js';

const inner = (text: string) => pairQuoteMarks(text).map((q) => [text.slice(q.start, q.end), q.defect]);

describe('pairQuoteMarks', () => {
  it('pairs guillemets with no-break spaces, narrow ones or plain spaces alike', () => {
    expect(inner('Il a dit «\u00a0oui\u00a0», puis «\u202fnon\u202f» et enfin « peut-être ».'))
      .toEqual([['oui', null], ['non', null], ['peut-être', null]]);
  });

  it('opens a guillemet after an elided word: qu\'« … », l\'« … »', () => {
    expect(inner('S\'il estime qu\'« une hausse serait injuste », il parle de l\'« affaire des primes ».'))
      .toEqual([['une hausse serait injuste', null], ['affaire des primes', null]]);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(inner('« Nous avons vu une « vraie » reprise au printemps », dit-il.'))
      .toEqual([['Nous avons vu une « vraie » reprise au printemps', null]]);
  });

  it('runs an opening « never closed to the end of the paragraph', () => {
    expect(inner('Elle ajoute : « Le chantier reprendra lundi. Les riverains seront prévenus.'))
      .toEqual([['Le chantier reprendra lundi. Les riverains seront prévenus.', 'unclosed']]);
  });

  it('closes a quotation with a « followed by punctuation', () => {
    expect(inner('« Le budget est voté. « , a indiqué le maire. « Il reste à le tenir. »'))
      .toEqual([['Le budget est voté.', 'closed-with-opening-mark'], ['Il reste à le tenir.', null]]);
  });

  it('pairs straight double quotes by their position against words', () => {
    expect(inner('"We won", she said, and then "we celebrated".')).toEqual([['We won', null], ['we celebrated', null]]);
  });

  it('pairs curly quotes, and single quotes that are not apostrophes', () => {
    expect(inner('The “firm’s best year” ended in a \'quasi-recession\' for the workers\' union.'))
      .toEqual([['firm’s best year', null], ['quasi-recession', null]]);
  });

  it('ignores an apostrophe that opens nothing', () => {
    expect(inner("The '90s were the band's best years.")).toEqual([]);
  });

  it('reads a plural possessive inside single quotes as an apostrophe', () => {
    expect(inner("It was 'a betrayal of our members' trust' and 'a disgrace'."))
      .toEqual([["a betrayal of our members' trust", null], ['a disgrace', null]]);
  });
});
