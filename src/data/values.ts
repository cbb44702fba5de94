import { CalendarDate } from '../model/date.js';
import { LANGUAGE_KEYS } from '../model/languages.js';
import type { PropertyType } from '../model/properties.js';
import { webAddressProblem } from '../model/web-address.js';

/** A value read from a data file or a mutation, checked against its declared type. */
export type Converted = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Converts one field to what is stored. `text` fields come back as a map of languages; the caller
 * flattens it to `<field>_<lang>` properties. YAML reads `number: 19` as a number, so string
 * fields accept numbers and keep them as text.
 */
export function convertValue(type: PropertyType, value: unknown): Converted {
  switch (type) {
    case 'string':
    case 'ref':
      if (typeof value === 'string' && value.trim()) return { ok: true, value: value.trim() };
      if (type === 'string' && typeof value === 'number') return { ok: true, value: String(value) };
      return { ok: false, message: 'must be a non-empty string' };
    case 'strings':
    case 'refs': {
      if (!Array.isArray(value)) return { ok: false, message: 'must be a list of strings' };
      const items = (value as unknown[]).map((v) => (typeof v === 'number' && type === 'strings' ? String(v) : v));
      if (!items.every((v): v is string => typeof v === 'string' && v.trim().length > 0)) {
        return { ok: false, message: 'must be a list of non-empty strings' };
      }
      return { ok: true, value: items.map((v) => v.trim()) };
    }
    case 'text': {
      if (typeof value === 'string')
        return value.trim() ? { ok: true, value: { en: value.trim() } } : { ok: false, message: 'must not be empty' };
      if (!value || typeof value !== 'object' || Array.isArray(value))
        return { ok: false, message: 'must be a map of languages (en, kk, ru)' };
      const out: Record<string, string> = {};
      for (const [lang, text] of Object.entries(value)) {
        if (!(LANGUAGE_KEYS as readonly string[]).includes(lang))
          return { ok: false, message: `unknown language "${lang}" (use en, kk, ru)` };
        if (typeof text !== 'string' || !text.trim()) return { ok: false, message: `the ${lang} text must be a non-empty string` };
        out[lang] = text.trim();
      }
      return { ok: true, value: out };
    }
    case 'date': {
      const date = typeof value === 'string' ? CalendarDate.parse(value) : undefined;
      return date ? { ok: true, value: date } : { ok: false, message: 'must be a date written YYYY-MM-DD' };
    }
    case 'int':
      return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, message: 'must be a whole number' };
    case 'bool':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: 'must be true or false' };
    case 'url': {
      if (typeof value !== 'string' || !value.trim()) return { ok: false, message: 'must be a non-empty string' };
      const problem = webAddressProblem(value.trim());
      return problem ? { ok: false, message: problem } : { ok: true, value: value.trim() };
    }
  }
}

/** `{ en: 'x', ru: 'y' }` under `name` becomes `name_en`, `name_ru`. */
export function flattenText(field: string, value: Record<string, string>, into: Record<string, unknown>): void {
  for (const [lang, text] of Object.entries(value)) into[`${field}_${lang}`] = text;
}
