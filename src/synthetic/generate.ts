import type { EntityKind } from '../model/kinds.js';
import type { Basis } from '../model/relations.js';
import { Random } from './random.js';
import { jurisdictionCode, Rows, stateId, type GeneratedState } from './rows.js';
export { jurisdictionCode, ORIGIN, stateId, type GeneratedEntity, type GeneratedLink, type GeneratedState } from './rows.js';
import { INSTITUTION_NAMES, INSTITUTION_TYPES, POPULAR_ARTICLES, SOURCE_TYPES, SUBSTANTIVE_ARTICLES, TOPICS } from './vocabulary.js';

/**
 * A synthetic State party, shaped like the real one: a constitution with articles, 20 to 200
 * laws, codes and decrees with provisions, IMPLEMENTS links to CRC articles with basis and
 * sources, institutions responsible for the laws, a UN document with recommendations, and
 * sources. Everything carries `origin: 'generated'`, so the dataset loader never touches it and
 * `--clear` removes it. The same State number always gives the same State (seeded), so adding
 * States to an existing corpus leaves the ones already there unchanged.
 */
const pad = (n: number, width = 4) => String(n).padStart(width, '0');

export function generateState(number: number): GeneratedState {
  return new StateBuilder(number).build();
}

class StateBuilder {
  private readonly random: Random;
  private readonly s: string;
  private readonly rows = new Rows();
  private readonly generalSources: string[] = [];

  constructor(private readonly number: number) {
    this.random = new Random(0x5eed + number * 7919);
    this.s = stateId(number);
  }

  build(): GeneratedState {
    const s = this.s;
    const generalSources = this.random.int(20, 40);
    for (let i = 1; i <= generalSources; i += 1) {
      const id = `src:${s}-${pad(i)}`;
      this.generalSources.push(id);
      const type = this.random.pick(SOURCE_TYPES);
      this.rows.entity(id, 'SOURCE', this.text(`Source ${i} on children's rights in Synthetic State ${this.number}`), {
        sourceType: type,
        year: this.random.int(1995, 2025),
        url: `https://example.org/${s}/sources/${i}`,
      });
      if (i > 1 && this.random.next() < 0.3) this.rows.link('CITES', id, `src:${s}-${pad(this.random.int(1, i - 1))}`, { position: i });
    }

    this.rows.entity(
      s,
      'STATE',
      { en: `Synthetic State ${this.number}`, ru: `Условное государство ${this.number}`, kk: `Шартты мемлекет ${this.number}` },
      {
        isoCode: jurisdictionCode(this.number),
      },
      [this.random.pick(this.generalSources)],
    );
    const ratified = this.random.date(1990, 1995);
    this.rows.link('SIGNED', s, 'crc', { date: this.random.date(1990, 1990), ...this.provenance('OFFICIAL') });
    this.rows.link('RATIFIED', s, 'crc', { date: ratified, ...this.provenance('OFFICIAL') });
    if (this.random.next() < 0.8)
      this.rows.link('RATIFIED', s, 'opac', { date: this.random.date(2001, 2010), ...this.provenance('OFFICIAL') });
    if (this.random.next() < 0.8)
      this.rows.link('RATIFIED', s, 'opsc', { date: this.random.date(2001, 2010), ...this.provenance('OFFICIAL') });

    this.constitution();
    const laws = this.laws();
    const institutions = this.institutions(laws);
    this.programmesAndChallenges(institutions, laws);
    this.recommendations(laws);
    return { stateId: s, entities: this.rows.entities, links: this.rows.allLinks() };
  }

  private constitution(): void {
    const year = this.random.int(1990, 2020);
    const id = `${this.s}:const:${year}`;
    const source = this.registerSource(id, `Constitution of Synthetic State ${this.number}`);
    this.rows.entity(
      id,
      'CONSTITUTION',
      {
        en: `Constitution of Synthetic State ${this.number}`,
        ru: `Конституция Условного государства ${this.number}`,
        kk: `Шартты мемлекет ${this.number} Конституциясы`,
      },
      {
        adopted: this.random.date(year, year),
        validFrom: this.random.date(year, year),
        jurisdiction: jurisdictionCode(this.number),
      },
      [source],
    );
    const articles = this.random.int(60, 120);
    for (let a = 1; a <= articles; a += 1) {
      const art = this.provision(id, a, source);
      if (this.random.next() < 0.1) this.implementsLink(art, source);
    }
  }

  private laws(): string[] {
    const count = this.random.int(20, 200);
    const ids: string[] = [];
    for (let i = 1; i <= count; i += 1) {
      const roll = this.random.next();
      const kind: EntityKind = roll < 0.7 ? 'LAW' : roll < 0.8 ? 'CODE' : 'DECREE';
      const id = `${this.s}:${kind.toLowerCase()}:${pad(i)}`;
      const topic = this.random.pick(TOPICS);
      const year = this.random.int(1995, 2025);
      const number = `${this.random.int(1, 600)}-${this.random.pick(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'])}`;
      const source = this.registerSource(id, `${kind === 'CODE' ? 'Code' : kind === 'DECREE' ? 'Decree' : 'Law'} ${number} (${year})`);
      const title =
        kind === 'CODE'
          ? ['Code on', 'Кодекс', 'кодексі']
          : kind === 'DECREE'
            ? ['Decree on', 'Постановление', 'туралы қаулы']
            : ['Law on', 'Закон', 'туралы заң'];
      const adopted = this.random.date(year, year);
      this.rows.entity(
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
          ...(this.random.next() < 0.1 ? { validTo: this.random.date(year + 1, 2025) } : {}),
          number,
          registerCode: `${this.s.toUpperCase()}${String(year).slice(2)}${pad(i, 6)}`,
          jurisdiction: jurisdictionCode(this.number),
          aliases: [`register:${this.s}/${year}/${number}`],
          summary_en: `Regulates ${topic.en} in Synthetic State ${this.number}, including the guarantees it gives children.`,
        },
        [source, ...(this.random.next() < 0.5 ? [this.random.pick(this.generalSources)] : [])],
      );
      const implemented = this.random.int(1, 3);
      for (let k = 0; k < implemented; k += 1) this.implementsLink(id, source);
      const provisions = this.random.int(5, 30);
      for (let a = 1; a <= provisions; a += 1) {
        const art = this.provision(id, a, source);
        if (this.random.next() < 0.08) this.implementsLink(art, source);
      }
      if (ids.length && this.random.next() < 0.15) {
        this.rows.link('AMENDS', id, this.random.pick(ids), { date: adopted, ...this.provenance('OFFICIAL', source) });
      }
      ids.push(id);
    }
    return ids;
  }

  private institutions(laws: string[]): string[] {
    const count = this.random.int(10, 30);
    const ids: string[] = [];
    for (let i = 1; i <= count; i += 1) {
      const id = `${this.s}:inst:${pad(i)}`;
      const base = INSTITUTION_NAMES[(i - 1) % INSTITUTION_NAMES.length] as (typeof INSTITUTION_NAMES)[number];
      const suffix = i > INSTITUTION_NAMES.length ? ` ${Math.ceil(i / INSTITUTION_NAMES.length)}` : '';
      this.rows.entity(
        id,
        'INSTITUTION',
        { en: `${base.en}${suffix}`, ru: `${base.ru}${suffix}`, kk: `${base.kk}${suffix}` },
        {
          institutionType: this.random.pick(INSTITUTION_TYPES),
          validFrom: this.random.date(1991, 2020),
        },
        [this.random.pick(this.generalSources)],
      );
      if (ids.length && this.random.next() < 0.5) this.rows.link('OVERSEES', this.random.pick(ids), id, this.provenance('OFFICIAL'));
      const established = this.random.pick(laws);
      this.rows.link('ESTABLISHED_BY', id, established, this.provenance('OFFICIAL', this.sourceOf(established)));
      ids.push(id);
    }
    for (const law of laws) {
      this.rows.link('RESPONSIBLE_FOR', this.random.pick(ids), law, {
        role: 'implementation',
        ...this.provenance('EDITORIAL', this.sourceOf(law)),
      });
      if (this.random.next() < 0.3)
        this.rows.link('MONITORS', this.random.pick(ids), law, this.provenance('EDITORIAL', this.sourceOf(law)));
    }
    return ids;
  }

  private programmesAndChallenges(institutions: string[], laws: string[]): void {
    const challenges: string[] = [];
    for (let i = 1; i <= this.random.int(5, 15); i += 1) {
      const id = `${this.s}:challenge:${pad(i)}`;
      const topic = this.random.pick(TOPICS);
      this.rows.entity(id, 'CHALLENGE', this.text(`Gaps in ${topic.en} for children (${i})`), {}, [this.random.pick(this.generalSources)]);
      this.rows.link('AFFECTS', id, this.crcArticle(), this.provenance('EDITORIAL'));
      challenges.push(id);
    }
    for (let i = 1; i <= this.random.int(3, 10); i += 1) {
      const id = `${this.s}:prog:${pad(i)}`;
      this.rows.entity(id, 'PROGRAM', this.text(`National programme ${i} for children`), { validFrom: this.random.date(2000, 2024) }, [
        this.random.pick(this.generalSources),
      ]);
      this.rows.link('RUNS', this.random.pick(institutions), id, this.provenance('OFFICIAL'));
      this.rows.link('ADDRESSES', id, this.random.pick(challenges), this.provenance('EDITORIAL'));
    }
    for (const law of laws)
      if (this.random.next() < 0.2)
        this.rows.link('ADDRESSES', law, this.random.pick(challenges), this.provenance('EDITORIAL', this.sourceOf(law)));
  }

  private recommendations(laws: string[]): void {
    const symbol = `CRC/C/${this.s.toUpperCase()}/CO/${this.random.int(1, 6)}`;
    const date = this.random.date(2005, 2024);
    const source = `src:${this.s}-un-co`;
    this.rows.entity(source, 'SOURCE', this.text(`Concluding observations ${symbol}`), {
      sourceType: 'UN_DOCUMENT',
      year: Number(date.iso.slice(0, 4)),
    });
    this.rows.entity(
      symbol,
      'DOCUMENT',
      this.text(`Concluding observations on the report of Synthetic State ${this.number}`),
      { symbol, date, docType: 'CONCLUDING_OBSERVATIONS' },
      [source],
    );
    for (let p = 1; p <= this.random.int(30, 80); p += 1) {
      const id = `${symbol}#para-${p}`;
      this.rows.entity(
        id,
        'RECOMMENDATION',
        this.text(`${symbol.split('/').slice(-2).join('/')}, para. ${p}`),
        { symbol, paragraph: String(p), date },
        [source],
      );
      this.rows.link('PART_OF', id, symbol, {});
      for (let k = 0; k < this.random.int(1, 2); k += 1)
        this.rows.link('CONCERNS', id, this.crcArticle(), this.provenance('OFFICIAL', source));
      if (this.random.next() < 0.3) this.rows.link('ASKS_TO_CHANGE', id, this.random.pick(laws), this.provenance('OFFICIAL', source));
    }
  }

  private provision(instrument: string, n: number, source: string): string {
    const id = `${instrument}:art:${n}`;
    const topic = this.random.pick(TOPICS);
    this.rows.entity(
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
      [source, ...(this.random.next() < 0.4 ? [this.random.pick(this.generalSources)] : [])],
    );
    this.rows.link('PART_OF', id, instrument, {});
    return id;
  }

  private implementsLink(from: string, ownSource: string): void {
    const roll = this.random.next();
    const basis: Basis = roll < 0.3 ? 'OFFICIAL' : roll < 0.9 ? 'EDITORIAL' : 'SEED_PAPER';
    this.rows.link('IMPLEMENTS', from, this.crcArticle(), {
      ...this.provenance(basis, ownSource),
      ...(this.random.next() < 0.3 ? { note: 'Synthetic mapping of the provision to the article.' } : {}),
    });
  }

  private registerSource(of: string, title: string): string {
    const id = `src:${of.replace(/:/g, '-')}`;
    this.rows.entity(id, 'SOURCE', this.text(`Official register: ${title}`), {
      sourceType: 'OFFICIAL_REGISTER',
      url: `https://example.org/register/${of}`,
    });
    return id;
  }

  private sourceOf(instrument: string): string {
    return `src:${instrument.replace(/:/g, '-')}`;
  }

  private provenance(basis: Basis, source?: string): Record<string, unknown> {
    const sources = [source ?? this.random.pick(this.generalSources)];
    if (this.random.next() < 0.4) sources.push(this.random.pick(this.generalSources));
    return { basis, status: basis === 'OFFICIAL' ? 'OFFICIAL' : 'ACCEPTED', sources: [...new Set(sources)] };
  }

  private crcArticle(): string {
    const n = this.random.next() < 0.5 ? this.random.pick(POPULAR_ARTICLES) : this.random.int(1, SUBSTANTIVE_ARTICLES);
    return `crc:art:${n}`;
  }

  private text(en: string): Record<string, string> {
    return { en };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
