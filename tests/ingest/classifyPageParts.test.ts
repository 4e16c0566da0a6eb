import { describe, expect, it } from 'vitest';
import { classifyPageParts, isCaption, isCredit, isHeading, isTrailer } from '../../src/ingest/classifyPageParts.js';

const block = (raw: string) => ({ start: 0, end: raw.length, line: 1, raw });

describe('page parts', () => {
  it('recognises credit lines by their parenthesised owner or an agency', () => {
    expect(isCredit('Marie Curie, chimiste (Wikimedia Commons)')).toBe(true);
    expect(isCredit('Photo : Jean Dupont / AFP')).toBe(true);
    expect(isCredit('© Reuters')).toBe(true);
  });

  it('does not take a sentence with a parenthesis for a credit', () => {
    expect(isCredit('Le ministre a démissionné hier (selon Le Monde).')).toBe(false);
    expect(isCredit('The index fell by 3 % (the steepest fall since 2008).')).toBe(false);
  });

  it('recognises trailers: source lines and identifiers', () => {
    expect(isTrailer('Source-145')).toBe(true);
    expect(isTrailer('Sources : AFP, Reuters')).toBe(true);
    expect(isTrailer('Via The Guardian')).toBe(true);
    expect(isTrailer('Le gouvernement a répondu.')).toBe(false);
  });

  it('takes the block before a credit for a caption, and announced captions', () => {
    expect(isCaption('La ministre pose devant le Parlement.', 'La ministre (AFP)')).toBe(true);
    expect(isCaption('Photo : le port de Brest au lever du jour.', undefined)).toBe(true);
    expect(isCaption('« Nous irons jusqu’au bout », a-t-elle dit.', 'Crédit : AFP')).toBe(false);
  });

  it('keeps ordinary paragraphs and subheadings as article text', () => {
    const kinds = classifyPageParts([
      block('Le conseil a voté la réforme hier soir après un long débat.'),
      block('Les réactions'),
      block('L’opposition a dénoncé un passage en force.'),
      block('Source-12'),
    ]);
    expect(kinds).toEqual([null, null, null, 'trailer']);
    expect(isHeading('Les réactions')).toBe(true);
    expect(isHeading('L’opposition a dénoncé un passage en force.')).toBe(false);
  });
});
