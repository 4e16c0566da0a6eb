import { describe, expect, it } from 'vitest';
import { englishRegularForms, frenchFirstGroupForms } from '../../../src/analyse/quotes/verbForms.js';

describe('verb forms', () => {
  it('conjugates French -er verbs with their spelling changes', () => {
    expect(frenchFirstGroupForms('déclarer')).toEqual(expect.arrayContaining(['déclare', 'déclarent', 'déclara', 'déclaré', 'déclarant']));
    expect(frenchFirstGroupForms('annoncer')).toEqual(expect.arrayContaining(['annonça', 'annonçant', 'annonce']));
    expect(frenchFirstGroupForms('révéler')).toEqual(expect.arrayContaining(['révèle', 'révélé']));
    expect(frenchFirstGroupForms("s'exclamer")).toEqual(expect.arrayContaining(['exclame', 'exclamé']));
  });

  it('keeps e before a doubled consonant or a closing cluster: regrette, proteste, but célèbre', () => {
    expect(frenchFirstGroupForms('regretter')).toEqual(expect.arrayContaining(['regrette', 'regrettent']));
    expect(frenchFirstGroupForms('protester')).toEqual(expect.arrayContaining(['proteste']));
    expect(frenchFirstGroupForms('célébrer')).toEqual(expect.arrayContaining(['célèbre']));
  });

  it('conjugates English regular verbs', () => {
    expect(englishRegularForms('note')).toEqual(['note', 'notes', 'noted', 'noting']);
    expect(englishRegularForms('reply')).toEqual(['reply', 'replies', 'replied', 'replying']);
    expect(englishRegularForms('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing']);
  });
});
