import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/analyse/Analysis.js';
import { selectSidebar, sidebarExcerpt } from '../../../src/analyse/quotes/selectSidebar.js';

const quote = (text: string, speaker: string | null, kind: Quote['kind'] = 'full'): Quote =>
  ({ start: 0, end: text.length, text, speaker, kind, sidebar: false });
const long = (n: number, word: string) => `${Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ')}.`;

describe('selectSidebar', () => {
  it('takes complete, attributed statements only, at most four', () => {
    const qs = [
      quote('We will rebuild every school that the flood destroyed this spring.', 'Ann Lee'),
      quote('rebuild every school that the flood destroyed this spring', 'Ann Lee', 'fragment'),
      quote('Nobody told us the river would rise so fast in one single night.', null),
      ...['alpha', 'beta', 'gamma', 'delta', 'eps'].map((w) => quote(long(14, w), 'Ann Lee')),
    ];
    const chosen = selectSidebar(qs.map((q) => ({ quote: q, inHeadline: false, surelyAttributed: true })));
    expect(chosen.size).toBe(4);
    expect(chosen.has(1) || chosen.has(2)).toBe(false);
  });

  it('leaves out a quotation whose speaker was only guessed from a pronoun or carried on', () => {
    const qs = [quote(long(15, 'a'), 'Ann Lee'), quote(long(15, 'b'), 'Bo Chen')];
    const chosen = selectSidebar(qs.map((q, i) => ({ quote: q, inHeadline: false, surelyAttributed: i === 0 })));
    expect([...chosen.keys()]).toEqual([0]);
  });

  it('gives every speaker a place before a second quote of the same speaker', () => {
    const qs = [...['a', 'b', 'c', 'd'].map((w) => quote(long(15, w), 'Ann Lee')), quote(long(10, 'z'), 'Bo Chen')];
    const chosen = selectSidebar(qs.map((q) => ({ quote: q, inHeadline: false, surelyAttributed: true })));
    expect(chosen.has(4)).toBe(true);
  });

  it('drops a near-duplicate and a quotation already in the headline', () => {
    const a = 'We are several years behind the competition in terms of scale.';
    const qs = [quote(a, 'Ann Lee'), quote(`And ${a}`, 'Ann Lee'), quote('The harbour will be closed to all ships until Friday.', 'Bo Chen')];
    const chosen = selectSidebar(qs.map((q, i) => ({ quote: q, inHeadline: i === 2, surelyAttributed: true })));
    expect(chosen.size).toBe(1);
    expect(chosen.has(2)).toBe(false);
  });
});

describe('sidebarExcerpt', () => {
  it('keeps a short quotation whole', () => {
    expect(sidebarExcerpt('Short and sweet, as it should be.')).toBe('Short and sweet, as it should be.');
  });

  it('shortens at a sentence boundary with an ellipsis', () => {
    expect(sidebarExcerpt('One two three four. Five six seven eight. Nine ten.', 8)).toBe('One two three four. Five six seven eight. […]');
  });

  it('does not cut after a lower-case word: "cela… et aussi"', () => {
    expect(sidebarExcerpt('One two… three four. Five six.', 5)).toBe('One two… three four. […]');
  });

  it('keeps a long single sentence whole up to a hard limit, and gives up beyond it', () => {
    expect(sidebarExcerpt('One two three four five six. Seven.', 4, 6)).toBe('One two three four five six. […]');
    expect(sidebarExcerpt('One two three four five six seven eight nine ten.', 4, 6)).toBeNull();
  });

  it('prefers a statement that does not lean on the sentence before', () => {
    const qs = [quote(long(14, 'and'), 'Ann Lee'), quote(long(14, 'we'), 'Ann Lee')];
    qs[0] = quote(`And ${qs[0]!.text}`, 'Ann Lee');
    qs[1] = quote(`We ${qs[1]!.text}`, 'Ann Lee');
    const chosen = selectSidebar(qs.map((q) => ({ quote: q, inHeadline: false, surelyAttributed: true })), new Set(['and']));
    expect([...chosen.keys()][0]).toBe(1);
  });
});
