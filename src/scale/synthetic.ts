import { linkId } from '../data/prepare.js';
import { CalendarDate } from '../model/date.js';
import { TYPE_OF_KIND, type EntityKind } from '../model/kinds.js';
import type { Basis, RelationType } from '../model/relations.js';
import { INSTITUTION_NAMES, INSTITUTION_TYPES, POPULAR_ARTICLES, SOURCE_TYPES, SUBSTANTIVE_ARTICLES, TOPICS } from './vocabulary.js';

/**
 * A synthetic State party, shaped like the real one: a constitution with articles, 20 to 200
 * laws, codes and decrees with provisions, IMPLEMENTS links to CRC articles with basis and
 * sources, institutions responsible for the laws, a UN document with recommendations, and
 * sources. Everything carries `origin: 'generated'`, so the dataset loader never touches it and
 * `--clear` removes it. The same State number always gives the same State (seeded), so adding
 * States to an existing corpus leaves the ones already there unchanged.
 */
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

const pad = (n: number, width = 4) => String(n).padStart(width, '0');

/**
 * The jurisdiction code of synthetic State n: `X` and two letters (ISO 3166 keeps X-codes for
 * user-assigned use, so no real State has one): 1 → XAB, 42 → XBQ.
 */
export function jurisdictionCode(n: number): string {
  const letter = (i: number) => String.fromCharCode(65 + (i % 26));
  return `X${letter(Math.floor(n / 26))}${letter(n)}`;
}

export function generateState(number: number): GeneratedState {
  return new StateBuilder(number).build();
}

class StateBuilder {
  private readonly random: () => number;
  private readonly s: string;
  private readonly entities: GeneratedEntity[] = [];
  private readonly links = new Map<string, GeneratedLink>();
  private readonly generalSources: string[] = [];

  constructor(private readonly number: number) {
    this.random = mulberry32(0x5eed + number * 7919);
    this.s = stateId(number);
  }

  build(): GeneratedState {
    const s = this.s;
    const generalSources = this.int(20, 40);
    for (let i = 1; i <= generalSources; i += 1) {
      const id = `src:${s}-${pad(i)}`;
      this.generalSources.push(id);
      const type = this.pick(SOURCE_TYPES);
      this.entity(id, 'SOURCE', this.text(`Source ${i} on children's rights in Synthetic State ${this.number}`), {
        sourceType: type,
        year: this.int(1995, 2025),
        url: `https://example.org/${s}/sources/${i}`,
      });
      if (i > 1 && this.random() < 0.3) this.link('CITES', id, `src:${s}-${pad(this.int(1, i - 1))}`, { position: i });
    }

    this.entity(
      s,
      'STATE',
      { en: `Synthetic State ${this.number}`, ru: `Условное государство ${this.number}`, kk: `Шартты мемлекет ${this.number}` },
      {
        isoCode: jurisdictionCode(this.number),
      },
      [this.pick(this.generalSources)],
    );
    const ratified = this.date(1990, 1995);
    this.link('SIGNED', s, 'crc', { date: this.date(1990, 1990), ...this.provenance('OFFICIAL') });
    this.link('RATIFIED', s, 'crc', { date: ratified, ...this.provenance('OFFICIAL') });
    if (this.random() < 0.8) this.link('RATIFIED', s, 'opac', { date: this.date(2001, 2010), ...this.provenance('OFFICIAL') });
    if (this.random() < 0.8) this.link('RATIFIED', s, 'opsc', { date: this.date(2001, 2010), ...this.provenance('OFFICIAL') });

    this.constitution();
    const laws = this.laws();
    const institutions = this.institutions(laws);
    this.programmesAndChallenges(institutions, laws);
    this.recommendations(laws);
    return { stateId: s, entities: this.entities, links: [...this.links.values()] };
  }

  private constitution(): void {
    const year = this.int(1990, 2020);
    const id = `${this.s}:const:${year}`;
    const source = this.registerSource(id, `Constitution of Synthetic State ${this.number}`);
    this.entity(
      id,
      'CONSTITUTION',
      {
        en: `Constitution of Synthetic State ${this.number}`,
        ru: `Конституция Условного государства ${this.number}`,
        kk: `Шартты мемлекет ${this.number} Конституциясы`,
      },
      {
        adopted: this.date(year, year),
        validFrom: this.date(year, year),
        jurisdiction: jurisdictionCode(this.number),
      },
      [source],
    );
    const articles = this.int(60, 120);
    for (let a = 1; a <= articles; a += 1) {
      const art = this.provision(id, a, source);
      if (this.random() < 0.1) this.implementsLink(art, source);
    }
  }

  private laws(): string[] {
    const count = this.int(20, 200);
    const ids: string[] = [];
    for (let i = 1; i <= count; i += 1) {
      const roll = this.random();
      const kind: EntityKind = roll < 0.7 ? 'LAW' : roll < 0.8 ? 'CODE' : 'DECREE';
      const id = `${this.s}:${kind.toLowerCase()}:${pad(i)}`;
      const topic = this.pick(TOPICS);
      const year = this.int(1995, 2025);
      const number = `${this.int(1, 600)}-${this.pick(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'])}`;
      const source = this.registerSource(id, `${kind === 'CODE' ? 'Code' : kind === 'DECREE' ? 'Decree' : 'Law'} ${number} (${year})`);
      const title =
        kind === 'CODE'
          ? ['Code on', 'Кодекс', 'кодексі']
          : kind === 'DECREE'
            ? ['Decree on', 'Постановление', 'туралы қаулы']
            : ['Law on', 'Закон', 'туралы заң'];
      const adopted = this.date(year, year);
      this.entity(
        id,
        kind,
        {
          en: `${title[0]} ${topic.en} (No. ${number})`,
          ru: `${title[1]} ${kind === 'LAW' ? topic.ru : `«${topic.ru.replace(/^о[б]? /, '')}»`} № ${number}`,
          kk: `«${topic.kk} ${title[2]}» № ${number}`,
        },
        {
          adopted,
          validFrom: adopted,
          ...(this.random() < 0.1 ? { validTo: this.date(year + 1, 2025) } : {}),
          number,
          registerCode: `${this.s.toUpperCase()}${String(year).slice(2)}${pad(i, 6)}`,
          jurisdiction: jurisdictionCode(this.number),
          aliases: [`register:${this.s}/${year}/${number}`],
          summary_en: `Regulates ${topic.en} in Synthetic State ${this.number}, including the guarantees it gives children.`,
        },
        [source, ...(this.random() < 0.5 ? [this.pick(this.generalSources)] : [])],
      );
      const implemented = this.int(1, 3);
      for (let k = 0; k < implemented; k += 1) this.implementsLink(id, source);
      const provisions = this.int(5, 30);
      for (let a = 1; a <= provisions; a += 1) {
        const art = this.provision(id, a, source);
        if (this.random() < 0.08) this.implementsLink(art, source);
      }
      if (ids.length && this.random() < 0.15) {
        this.link('AMENDS', id, this.pick(ids), { date: adopted, ...this.provenance('OFFICIAL', source) });
      }
      ids.push(id);
    }
    return ids;
  }

  private institutions(laws: string[]): string[] {
    const count = this.int(10, 30);
    const ids: string[] = [];
    for (let i = 1; i <= count; i += 1) {
      const id = `${this.s}:inst:${pad(i)}`;
      const base = INSTITUTION_NAMES[(i - 1) % INSTITUTION_NAMES.length] as (typeof INSTITUTION_NAMES)[number];
      const suffix = i > INSTITUTION_NAMES.length ? ` ${Math.ceil(i / INSTITUTION_NAMES.length)}` : '';
      this.entity(
        id,
        'INSTITUTION',
        { en: `${base.en}${suffix}`, ru: `${base.ru}${suffix}`, kk: `${base.kk}${suffix}` },
        {
          institutionType: this.pick(INSTITUTION_TYPES),
          validFrom: this.date(1991, 2020),
        },
        [this.pick(this.generalSources)],
      );
      if (ids.length && this.random() < 0.5) this.link('OVERSEES', this.pick(ids), id, this.provenance('OFFICIAL'));
      const established = this.pick(laws);
      this.link('ESTABLISHED_BY', id, established, this.provenance('OFFICIAL', this.sourceOf(established)));
      ids.push(id);
    }
    for (const law of laws) {
      this.link('RESPONSIBLE_FOR', this.pick(ids), law, { role: 'implementation', ...this.provenance('EDITORIAL', this.sourceOf(law)) });
      if (this.random() < 0.3) this.link('MONITORS', this.pick(ids), law, this.provenance('EDITORIAL', this.sourceOf(law)));
    }
    return ids;
  }

  private programmesAndChallenges(institutions: string[], laws: string[]): void {
    const challenges: string[] = [];
    for (let i = 1; i <= this.int(5, 15); i += 1) {
      const id = `${this.s}:challenge:${pad(i)}`;
      const topic = this.pick(TOPICS);
      this.entity(id, 'CHALLENGE', this.text(`Gaps in ${topic.en} for children (${i})`), {}, [this.pick(this.generalSources)]);
      this.link('AFFECTS', id, this.crcArticle(), this.provenance('EDITORIAL'));
      challenges.push(id);
    }
    for (let i = 1; i <= this.int(3, 10); i += 1) {
      const id = `${this.s}:prog:${pad(i)}`;
      this.entity(id, 'PROGRAM', this.text(`National programme ${i} for children`), { validFrom: this.date(2000, 2024) }, [
        this.pick(this.generalSources),
      ]);
      this.link('RUNS', this.pick(institutions), id, this.provenance('OFFICIAL'));
      this.link('ADDRESSES', id, this.pick(challenges), this.provenance('EDITORIAL'));
    }
    for (const law of laws)
      if (this.random() < 0.2) this.link('ADDRESSES', law, this.pick(challenges), this.provenance('EDITORIAL', this.sourceOf(law)));
  }

  private recommendations(laws: string[]): void {
    const symbol = `CRC/C/${this.s.toUpperCase()}/CO/${this.int(1, 6)}`;
    const date = this.date(2005, 2024);
    const source = `src:${this.s}-un-co`;
    this.entity(source, 'SOURCE', this.text(`Concluding observations ${symbol}`), {
      sourceType: 'UN_DOCUMENT',
      year: Number(date.iso.slice(0, 4)),
    });
    this.entity(
      symbol,
      'DOCUMENT',
      this.text(`Concluding observations on the report of Synthetic State ${this.number}`),
      { symbol, date, docType: 'CONCLUDING_OBSERVATIONS' },
      [source],
    );
    for (let p = 1; p <= this.int(30, 80); p += 1) {
      const id = `${symbol}#para-${p}`;
      this.entity(
        id,
        'RECOMMENDATION',
        this.text(`${symbol.split('/').slice(-2).join('/')}, para. ${p}`),
        { symbol, paragraph: String(p), date },
        [source],
      );
      this.link('PART_OF', id, symbol, {});
      for (let k = 0; k < this.int(1, 2); k += 1) this.link('CONCERNS', id, this.crcArticle(), this.provenance('OFFICIAL', source));
      if (this.random() < 0.3) this.link('ASKS_TO_CHANGE', id, this.pick(laws), this.provenance('OFFICIAL', source));
    }
  }

  private provision(instrument: string, n: number, source: string): string {
    const id = `${instrument}:art:${n}`;
    const topic = this.pick(TOPICS);
    this.entity(
      id,
      'PROVISION',
      {
        en: `Article ${n}. ${capitalise(topic.en)}`,
        ru: `Статья ${n}. ${capitalise(topic.ru.replace(/^о[б]? /, ''))}`,
        kk: `${n}-бап. ${topic.kk}`,
      },
      {
        number: String(n),
        position: n,
      },
      [source, ...(this.random() < 0.4 ? [this.pick(this.generalSources)] : [])],
    );
    this.link('PART_OF', id, instrument, {});
    return id;
  }

  private implementsLink(from: string, ownSource: string): void {
    const roll = this.random();
    const basis: Basis = roll < 0.3 ? 'OFFICIAL' : roll < 0.9 ? 'EDITORIAL' : 'SEED_PAPER';
    this.link('IMPLEMENTS', from, this.crcArticle(), {
      ...this.provenance(basis, ownSource),
      ...(this.random() < 0.3 ? { note: 'Synthetic mapping of the provision to the article.' } : {}),
    });
  }

  private registerSource(of: string, title: string): string {
    const id = `src:${of.replace(/:/g, '-')}`;
    this.entity(id, 'SOURCE', this.text(`Official register: ${title}`), {
      sourceType: 'OFFICIAL_REGISTER',
      url: `https://example.org/register/${of}`,
    });
    return id;
  }

  private sourceOf(instrument: string): string {
    return `src:${instrument.replace(/:/g, '-')}`;
  }

  private provenance(basis: Basis, source?: string): Record<string, unknown> {
    const sources = [source ?? this.pick(this.generalSources)];
    if (this.random() < 0.4) sources.push(this.pick(this.generalSources));
    return { basis, status: basis === 'OFFICIAL' ? 'OFFICIAL' : 'ACCEPTED', sources: [...new Set(sources)] };
  }

  private crcArticle(): string {
    const n = this.random() < 0.5 ? this.pick(POPULAR_ARTICLES) : this.int(1, SUBSTANTIVE_ARTICLES);
    return `crc:art:${n}`;
  }

  private entity(id: string, kind: EntityKind, name: Record<string, string>, props: Record<string, unknown>, sources: string[] = []): void {
    const flat: Record<string, unknown> = { id, kind, origin: ORIGIN, verified: true, ...props };
    for (const [lang, text] of Object.entries(name)) flat[`name_${lang}`] = text;
    const aliases = Array.isArray(props['aliases']) ? (props['aliases'] as string[]) : [];
    const words = [...aliases, props['registerCode'], props['number']].filter((v): v is string => typeof v === 'string');
    if (words.length) flat['aliasText'] = [...new Set(words.flatMap((w) => [w, ...w.split(/[^\p{L}\p{N}]+/u)]).filter(Boolean))].join(' ');
    this.entities.push({ id, label: TYPE_OF_KIND[kind], props: flat });
    for (const source of new Set(sources)) this.link('SUPPORTED_BY', id, source, {});
  }

  /** One link per (from, type, to): link ids are unique per type, as in the real dataset. */
  private link(type: RelationType, from: string, to: string, props: Record<string, unknown>): void {
    const id = linkId(from, type, to);
    if (this.links.has(id)) return;
    this.links.set(id, { id, type, from, to, props: { ...props, id, origin: ORIGIN } });
  }

  private text(en: string): Record<string, string> {
    return { en };
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private date(fromYear: number, toYear: number): CalendarDate {
    const year = this.int(fromYear, Math.max(fromYear, toYear));
    const iso = `${year}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
    return CalendarDate.parse(iso) as CalendarDate;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A small, fast, seeded PRNG (public domain): the same seed gives the same State every time. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
