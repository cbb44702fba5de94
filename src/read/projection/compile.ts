import { getNamedType, isAbstractType, isObjectType } from 'graphql';
import { allInForceCondition } from '../../model/in-force.js';
import type { Catalogue } from '../catalogue/build.js';
import type { FieldSpec, Pattern } from '../catalogue/specs.js';
import { DEFAULT_MAX_PAGE_SIZE, pageArguments, pageExpression } from './page.js';
import { propertyItems, storedProperties } from './properties.js';
import type { SelectedField } from './selection.js';

/** A projection compiled to Cypher: a map expression, and how to get its parameters. */
export interface CompiledProjection {
  text: string;
  params: (variables: Record<string, unknown>) => Record<string, unknown>;
}

type Slot = (variables: Record<string, unknown>) => unknown;
/** The variables of a link's real start and end, and of the end that is not the parent. */
interface Ends {
  from: string;
  to: string;
  other: string;
}

/**
 * Turns the selection under a root field into one Cypher map projection of a node variable, with
 * every relationship field as a COLLECT subquery nested inside it, however deep. This is what
 * makes each root field exactly one Cypher statement. The text depends only on the shape of the
 * selection; every argument value becomes a parameter `$p<n>`, numbered in selection order.
 * Relationship results are keyed `@<response key>` so aliases with different arguments coexist
 * and cannot collide with stored properties.
 */
export function compileProjection(
  catalogue: Catalogue,
  variable: string,
  typeName: string,
  fields: SelectedField[],
  options: { allProperties?: boolean; maxPageSize?: number } = {},
): CompiledProjection {
  const compiler = new ProjectionCompiler(catalogue, options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE);
  const text = compiler.project(variable, typeName, fields, undefined, '', options.allProperties);
  const slots = compiler.slots;
  return {
    text,
    params: (variables) => Object.fromEntries(slots.map((slot, i) => [`p${i}`, slot(variables) ?? null])),
  };
}

class ProjectionCompiler {
  readonly slots: Slot[] = [];
  private counter = 0;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly maxPageSize: number,
  ) {}

  project(variable: string, typeName: string, fields: SelectedField[], ends?: Ends, extra = '', allProperties = false): string {
    const entries = this.relationEntries(variable, typeName, fields, ends);
    const properties = allProperties ? '*' : storedProperties(this.catalogue, fields, this.catalogue.entityTypes.has(typeName));
    return `${variable} {${[propertyItems(properties), extra, ...entries].filter(Boolean).join(', ')}}`;
  }

  private relationEntries(variable: string, typeName: string, fields: SelectedField[], ends?: Ends): string[] {
    const byKey = new Map<string, SelectedField[]>();
    for (const field of fields) {
      if (!this.spec(field)) continue;
      const group = byKey.get(field.key) ?? [];
      group.push(field);
      byKey.set(field.key, group);
    }
    return [...byKey].map(([key, group]) => `\`@${key}\`: ${this.keyExpression(variable, typeName, group, ends)}`);
  }

  /**
   * Fields with one response key, selected directly or in fragments on narrower types. A fragment
   * on a concrete type only applies to nodes with that label, so it becomes a CASE branch; the
   * fields selected on the field's own type apply to every branch (GraphQL's field merging).
   */
  private keyExpression(variable: string, typeName: string, group: SelectedField[], ends?: Ends): string {
    const unconditional = group.filter((f) => f.onType === typeName || this.catalogue.isAbstract(f.onType));
    const shared = unconditional.flatMap((f) => f.children);
    const conditional = new Map<string, SelectedField[]>();
    for (const f of group) {
      if (unconditional.includes(f)) continue;
      conditional.set(f.onType, [...(conditional.get(f.onType) ?? []), f]);
    }
    const base = unconditional[0];
    const baseExpression = base ? this.relation(variable, base, shared, ends) : 'null';
    if (conditional.size === 0) return baseExpression;
    const branches = [...conditional].map(([onType, fs]) => {
      const first = fs[0] as SelectedField;
      const children = [...shared, ...fs.flatMap((f) => f.children)];
      return `WHEN ${variable}:${onType} THEN ${this.relation(variable, first, children, ends)}`;
    });
    return `CASE ${branches.join(' ')} ELSE ${baseExpression} END`;
  }

  private relation(variable: string, field: SelectedField, children: SelectedField[], ends?: Ends): string {
    const spec = this.spec(field) as FieldSpec;
    const target = this.targetType(field);
    switch (spec.shape) {
      case 'endpoint': {
        const end = ends?.[spec.end];
        if (!end) throw new Error(`${field.onType}.${field.fieldName} is only valid inside a link`);
        return this.project(end, target, children);
      }
      case 'idList': {
        // The hint keeps this an index seek even while statistics are stale (after a bulk load).
        const s = `s${++this.counter}`;
        return `COLLECT { MATCH (${s}:Entity) USING INDEX ${s}:Entity(id) WHERE ${s}.id IN coalesce(${variable}.${spec.property}, []) AND ${s}:${spec.targetLabel} WITH ${s} ORDER BY ${s}.id RETURN ${this.project(s, target, children)} }`;
      }
      case 'idRef': {
        const s = `s${++this.counter}`;
        return `head(COLLECT { MATCH (${s}:Entity {id: ${variable}.${spec.property}}) USING INDEX ${s}:Entity(id) WHERE ${s}:${spec.targetLabel} RETURN ${this.project(s, target, children)} })`;
      }
      case 'claims': {
        // Claims about the entity's own properties; a claim about one of its links has `link` set.
        const c = `c${++this.counter}`;
        return `COLLECT { MATCH (${c}:Claim)-[:ABOUT]->(${variable}) WHERE ${c}.link IS NULL WITH ${c} ORDER BY ${c}.property, ${c}.id RETURN ${this.project(c, target, children)} }`;
      }
      case 'linkClaims': {
        // A claim about a link is stored ABOUT the link's start, with the link's id in `link`.
        const from = ends?.from;
        if (!from) throw new Error(`${field.onType}.${field.fieldName} is only valid inside a link`);
        const c = `c${++this.counter}`;
        return `COLLECT { MATCH (${c}:Claim)-[:ABOUT]->(${from}) WHERE ${c}.link = ${variable}.id WITH ${c} ORDER BY ${c}.property, ${c}.id RETURN ${this.project(c, target, children)} }`;
      }
      case 'claimLink': {
        const n = ++this.counter;
        const [a, r, b] = [`a${n}`, `r${n}`, `t${n}`];
        const linkEnds = { from: a, to: b, other: b };
        return `head(COLLECT { MATCH (${variable})-[:ABOUT]->(${a}:Entity)-[${r}]->(${b}:Entity) WHERE ${r}.id = ${variable}.link RETURN ${this.project(r, target, children, linkEnds, `__type: type(${r})`)} })`;
      }
      case 'nodes':
      case 'node': {
        const n = ++this.counter;
        const { match, where } = this.pattern(variable, n, spec.pattern, field);
        const limit = spec.shape === 'node' ? ' LIMIT 1' : '';
        const list = `COLLECT { MATCH ${match}${where} WITH DISTINCT t${n} ORDER BY ${spec.order.expression(`t${n}`, `r${n}`)}${limit} RETURN ${this.project(`t${n}`, target, children)} }`;
        return spec.shape === 'node' ? `head(${list})` : list;
      }
      case 'linksPage':
      case 'nodesPage':
        return this.page(variable, field, spec, children);
      case 'links': {
        const n = ++this.counter;
        const [r, t] = [`r${n}`, `t${n}`];
        const { match, where, from, to } = this.pattern(variable, n, spec.pattern, field);
        const carry = from === variable || to === variable ? `${variable}, ${r}, ${t}` : `${r}, ${t}`;
        const ends = this.linkEnds(variable, n, spec.pattern, from, to);
        return `COLLECT { MATCH ${match}${where} WITH ${carry}${ends.with} ORDER BY ${spec.order.expression(t, r)} RETURN ${this.project(r, target, children, ends, `__type: type(${r})`)} }`;
      }
    }
  }

  /** A paged field (a connection): its page arguments are checked when the parameters are made. */
  private page(
    variable: string,
    field: SelectedField,
    spec: Extract<FieldSpec, { shape: 'linksPage' | 'nodesPage' }>,
    children: SelectedField[],
  ) {
    const n = ++this.counter;
    const [r, t] = [`r${n}`, `t${n}`];
    const { match, where, from, to } = this.pattern(variable, n, spec.pattern, field);
    const arguments_ = (v: Record<string, unknown>) => pageArguments(field.args(v), this.maxPageSize);
    const first = this.param((v) => arguments_(v).first);
    const after = this.param((v) => arguments_(v).after);
    const nodeFields = children
      .filter((c) => c.fieldName === 'edges')
      .flatMap((c) => c.children)
      .filter((c) => c.fieldName === 'node')
      .flatMap((c) => c.children);
    const ends = this.linkEnds(variable, n, spec.pattern, from, to);
    const node =
      spec.shape === 'linksPage'
        ? this.project(r, spec.nodeType, nodeFields, ends, `__type: type(${r})`)
        : this.project(t, spec.nodeType, nodeFields);
    const carry = from === variable || to === variable ? `${variable}, ${r}, ${t}` : `${r}, ${t}`;
    const counted = children.some((c) => c.fieldName === 'totalCount');
    return pageExpression({ parent: variable, rel: r, target: t, pattern: spec.pattern, match, where, carry, first, after, node, counted });
  }

  private pattern(variable: string, n: number, pattern: Pattern, field: SelectedField) {
    const [r, t] = [`r${n}`, `t${n}`];
    const conditions: string[] = [];
    let relationship = `[${r}:${pattern.types === 'args' ? '' : pattern.types.join('|')}]`;
    if (pattern.types === 'args') {
      relationship = `[${r}]`;
      const types = this.param((v) => field.args(v)['types']);
      conditions.push(`(${types} IS NULL OR type(${r}) IN ${types})`);
    }
    // A link is in force only while both its ends are: the parent it hangs from, the link, the
    // entity at its other end.
    const temporal = [variable, r, t];
    let start = variable;
    let prefix = '';
    if (pattern.throughProvisions) {
      start = `b${n}`;
      prefix = `(${variable})<-[:PART_OF*0..2]-(${start}:Entity)`;
      // The instrument itself, or the provision that carries the link, must be in force too.
      temporal.push(start);
    }
    const other = `(${t}:${pattern.targetLabel})`;
    let match: string;
    let from = start;
    let to = t;
    if (pattern.direction === 'OUT') match = `${prefix || `(${start})`}-${relationship}->${other}`;
    else if (pattern.direction === 'IN') {
      match = `${prefix || `(${start})`}<-${relationship}-${other}`;
      [from, to] = [t, start];
    } else {
      match = `(${start})-${relationship}-${other}`;
      if (pattern.direction === 'args') {
        const direction = this.param((v) => field.args(v)['direction'] ?? 'BOTH');
        conditions.push(
          `(${direction} = 'BOTH' OR (${direction} = 'OUT' AND startNode(${r}) = ${start}) OR (${direction} = 'IN' AND endNode(${r}) = ${start}))`,
        );
      }
      [from, to] = [`f${n}`, `e${n}`];
    }
    if (pattern.temporal) conditions.push(this.temporal(field, temporal));
    const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
    return { match, where, from, to };
  }

  /** For links matched in either direction, name their real start and end nodes. */
  private linkEnds(variable: string, n: number, pattern: Pattern, from: string, to: string) {
    const [r, t] = [`r${n}`, `t${n}`];
    if (pattern.direction === 'OUT' || pattern.direction === 'IN') {
      const carryStart = pattern.throughProvisions ? `, b${n}` : '';
      return { with: carryStart, from, to, other: t };
    }
    return {
      with: `, CASE WHEN startNode(${r}) = ${variable} THEN ${variable} ELSE ${t} END AS ${from}, CASE WHEN startNode(${r}) = ${variable} THEN ${t} ELSE ${variable} END AS ${to}`,
      from,
      to,
      other: t,
    };
  }

  /**
   * In force on the field's `asOf`, or else the root field's `$asOf` (the rule of
   * src/model/in-force.ts); no date means no filter.
   */
  private temporal(field: SelectedField, variables: string[]): string {
    const own = this.param((v) => field.args(v)['asOf']);
    return allInForceCondition(variables, `date(coalesce(${own}, $asOf))`);
  }

  private param(slot: Slot): string {
    this.slots.push(slot);
    return `$p${this.slots.length - 1}`;
  }

  private spec(field: SelectedField): FieldSpec | undefined {
    return this.catalogue.relation(field.onType, field.fieldName);
  }

  private targetType(field: SelectedField): string {
    const type = this.catalogue.schema.getType(field.onType);
    const definition =
      type && (isObjectType(type) || isAbstractType(type)) && 'getFields' in type ? type.getFields()[field.fieldName] : undefined;
    if (!definition) throw new Error(`unknown field ${field.onType}.${field.fieldName}`);
    return getNamedType(definition.type).name;
  }
}
