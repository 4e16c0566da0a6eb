/** Language of an article, by trigram statistics (franc-min), among the languages we hyphenate. */
import { franc } from 'franc-min';

// ISO 639-3 (franc) -> ISO 639-1 (everything else in briefpress).
const SUPPORTED: Record<string, string> = {
  fra: 'fr', eng: 'en', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl',
};

/** Trigram statistics settle long before this many characters; more only costs time. */
const SAMPLE = 3000;

/** The language's ISO 639-1 code, or null when the text is too short or unclear to tell. */
export function detectLang(text: string): string | null {
  const code = franc(text.slice(0, SAMPLE), { only: Object.keys(SUPPORTED), minLength: 20 });
  return SUPPORTED[code] ?? null;
}
