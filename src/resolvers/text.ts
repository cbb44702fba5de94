import type { Plain } from '../db/convert.js';
import { LANGS } from '../model/kinds.js';

type Lang = 'EN' | 'KK' | 'RU';
type Row = Record<string, Plain>;

/** A per-language text property (`name_kk`), falling back to English when that language is missing. */
export function textIn(row: Row, field: string, lang: Lang = 'EN'): string | null {
  const value = row[`${field}_${lang.toLowerCase()}`] ?? row[`${field}_en`];
  return typeof value === 'string' ? value : null;
}

export function langsOf(row: Row, field: string): Lang[] {
  return LANGS.filter((lang) => typeof row[`${field}_${lang}`] === 'string').map((lang) => lang.toUpperCase() as Lang);
}

export function stringList(value: Plain | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
