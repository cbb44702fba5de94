/**
 * The languages texts are kept in, as the API names them (GraphQL's `Lang`). A text is stored
 * once per language, as `<field>_<lang>`: `name_en`, `name_kk`, `name_ru`. English is the
 * fallback: every entity has an English name, and a text missing in a language reads in English.
 */
export const LANGUAGES = ['EN', 'KK', 'RU'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How the dataset files and the curation inputs write a language: `name: { en: ..., kk: ... }`. */
export type LanguageKey = Lowercase<Language>;
export const LANGUAGE_KEYS = LANGUAGES.map((lang) => lang.toLowerCase() as LanguageKey);

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The stored property of a text in one language: `name` in KK is `name_kk`. */
export function textProperty(field: string, lang: Language | LanguageKey): string {
  return `${field}_${lang.toLowerCase()}`;
}

/** A text in the language asked for, falling back to English when that language is missing. */
export function textIn(row: Readonly<Record<string, unknown>>, field: string, lang: Language = 'EN'): string | null {
  const value = row[textProperty(field, lang)] ?? row[textProperty(field, 'EN')];
  return typeof value === 'string' ? value : null;
}

/** The languages a text is stored in. */
export function languagesOf(row: Readonly<Record<string, unknown>>, field: string): Language[] {
  return LANGUAGES.filter((lang) => typeof row[textProperty(field, lang)] === 'string');
}
