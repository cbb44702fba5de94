import { linkId } from '../data/records.js';
import { TYPE_OF_KIND, type EntityKind } from '../model/kinds.js';
import type { RelationType } from '../model/relations.js';

/** What the generator writes: entities and links as the loader's rows, all marked generated. */
export interface GeneratedEntity {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

export interface GeneratedLink {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface GeneratedState {
  stateId: string;
  entities: GeneratedEntity[];
  links: GeneratedLink[];
}

export const ORIGIN = 'generated';

/** `s042`: the id prefix of synthetic State 42 (real States use ISO codes, never this shape). */
export function stateId(number: number): string {
  return `s${String(number).padStart(3, '0')}`;
}

/**
 * The jurisdiction code of synthetic State n: `X` and two letters (ISO 3166 keeps X-codes for
 * user-assigned use, so no real State has one): 1 → XAB, 42 → XBQ.
 */
export function jurisdictionCode(n: number): string {
  const letter = (i: number) => String.fromCharCode(65 + (i % 26));
  return `X${letter(Math.floor(n / 26))}${letter(n)}`;
}

/** Collects a State's rows as the dataset loader would write them (names per language, search text). */
export class Rows {
  readonly entities: GeneratedEntity[] = [];
  private readonly links = new Map<string, GeneratedLink>();

  entity(id: string, kind: EntityKind, name: Record<string, string>, props: Record<string, unknown>, sources: string[] = []): void {
    const flat: Record<string, unknown> = { id, kind, origin: ORIGIN, verified: true, ...props };
    for (const [lang, text] of Object.entries(name)) flat[`name_${lang}`] = text;
    const aliases = Array.isArray(props['aliases']) ? (props['aliases'] as string[]) : [];
    const words = [...aliases, props['registerCode'], props['number']].filter((v): v is string => typeof v === 'string');
    if (words.length) flat['aliasText'] = [...new Set(words.flatMap((w) => [w, ...w.split(/[^\p{L}\p{N}]+/u)]).filter(Boolean))].join(' ');
    this.entities.push({ id, label: TYPE_OF_KIND[kind], props: flat });
    for (const source of new Set(sources)) this.link('SUPPORTED_BY', id, source, {});
  }

  /** One link per (from, type, to): link ids are unique per type, as in the real dataset. */
  link(type: RelationType, from: string, to: string, props: Record<string, unknown>): void {
    const id = linkId(from, type, to);
    if (this.links.has(id)) return;
    this.links.set(id, { id, type, from, to, props: { ...props, id, origin: ORIGIN } });
  }

  allLinks(): GeneratedLink[] {
    return [...this.links.values()];
  }
}
