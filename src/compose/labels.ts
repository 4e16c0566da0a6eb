/** The words a brief prints around the article, in the article's language (English otherwise). */

export interface Labels {
  kicker: string;
  quotes: string;
  figures: string;
  source: string;
  page: string;
  photo: string;
  credit: string;
  subject: string;
}

const LABELS: Record<string, Labels> = {
  fr: { kicker: 'Note de synthèse', quotes: 'Ils l’ont dit', figures: 'Chiffres clés', source: 'Source', page: 'page', photo: 'Photo', credit: 'Crédit', subject: 'Note de synthèse' },
  en: { kicker: 'Briefing', quotes: 'What they said', figures: 'Key figures', source: 'Source', page: 'page', photo: 'Photo', credit: 'Credit', subject: 'Briefing' },
};

export function labelsFor(lang: string): Labels {
  return LABELS[lang] ?? LABELS.en!;
}
