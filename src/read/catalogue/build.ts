import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { MappingError, readsOf, relationOf } from './directives.js';
import type { FieldSpec, Reads } from './specs.js';

/** Whether the service's resolver map has a resolver of its own for `Type.field`. */
export type HasResolver = (typeName: string, fieldName: string) => boolean;

/** A field with the default resolver reads the stored property of its own name. */
const OWN_NAME: (name: string) => Reads = (name) => () => [name];
/** A resolver that does not say what it reads (`@reads`) may read anything: the projection fetches it all. */
const EVERYTHING: Reads = () => '*';

/**
 * What the projection compiler knows of the schema, read from its mapping directives once at
 * start: for each field, the relation it follows or the stored properties it reads. Building
 * it checks every mapping and throws a MappingError naming the first field it cannot compile,
 * so a wrong mapping stops the start instead of failing a request.
 */
export class Catalogue {
  readonly entityTypes: ReadonlySet<string>;
  private readonly relations = new Map<string, FieldSpec>();
  private readonly reads = new Map<string, Reads>();
  private readonly readsAll = new Set<string>();

  constructor(
    readonly schema: GraphQLSchema,
    hasResolver: HasResolver,
  ) {
    const entity = schema.getType('Entity');
    if (!entity || !isInterfaceType(entity)) throw new MappingError('the schema has no interface Entity');
    this.entityTypes = new Set(['Entity', ...schema.getPossibleTypes(entity).map((type) => type.name)]);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) this.add(type.name, field, isObjectType(type), hasResolver);
    }
    this.checkRelationTargets();
  }

  /** The relation of a field selected on `onType` (an object type or interface), if it is one. */
  relation(onType: string, fieldName: string): FieldSpec | undefined {
    return this.relations.get(`${onType}.${fieldName}`);
  }

  /** The stored properties a property field of the object type `typeName` reads. */
  propertiesOf(typeName: string, fieldName: string): Reads {
    return this.reads.get(`${typeName}.${fieldName}`) ?? OWN_NAME(fieldName);
  }

  /** True when the field reads every stored property of what its parent holds (`@reads(allProperties: true)`). */
  readsAllProperties(onType: string, fieldName: string): boolean {
    return this.readsAll.has(`${onType}.${fieldName}`);
  }

  /** True when the field returns a page of a relation (a connection the resolver builds from the projected page). */
  isPaged(onType: string, fieldName: string): boolean {
    const shape = this.relation(onType, fieldName)?.shape;
    return shape === 'linksPage' || shape === 'nodesPage';
  }

  /** The object types' relation fields, `[type, field]`: the resolver map reads each from its projection. */
  relationFields(): Array<[string, string]> {
    return [...this.relations.keys()]
      .map((key) => key.split('.') as [string, string])
      .filter(([type]) => isObjectType(this.schema.getType(type)));
  }

  /** The types of the links that relation fields return (mapped onto LinkRow by codegen.ts). */
  linkTypes(): string[] {
    const names = new Set<string>();
    for (const [key, spec] of this.relations) {
      if (spec.shape === 'links') names.add(this.fieldType(key));
      if (spec.shape === 'linksPage') names.add(spec.nodeType);
    }
    return [...names].sort();
  }

  isAbstract(typeName: string): boolean {
    const type = this.schema.getType(typeName);
    return !!type && isAbstractType(type);
  }

  /** The object types a field selected on `typeName` is resolved by. */
  objectTypes(typeName: string): readonly GraphQLObjectType[] {
    const type = this.schema.getType(typeName);
    if (type && isObjectType(type)) return [type];
    if (type && isAbstractType(type)) return this.schema.getPossibleTypes(type);
    return [];
  }

  /** The named type of `Type.field`. */
  private fieldType(key: string): string {
    const [typeName, fieldName] = key.split('.') as [string, string];
    const type = this.schema.getType(typeName);
    const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`no field ${key}`);
    return getNamedType(field.type).name;
  }

  private add(typeName: string, field: GraphQLField<unknown, unknown>, isObject: boolean, hasResolver: HasResolver): void {
    const key = `${typeName}.${field.name}`;
    const context = { schema: this.schema, entityTypes: this.entityTypes, parentIsEntity: this.entityTypes.has(typeName), name: key };
    const relation = relationOf(field, context);
    const reads = readsOf(field, context);
    const resolver = isObject && hasResolver(typeName, field.name);
    if (relation) {
      if (reads) throw new MappingError(`${key} is a relation: it reads no stored property (drop @reads)`);
      if (resolver) throw new MappingError(`${key} is fetched by the projection: remove its resolver from src/resolvers`);
      this.relations.set(key, relation);
      return;
    }
    if (!isObject) return;
    if (reads && !resolver) throw new MappingError(`${key} has @reads but no resolver of its own: it reads "${field.name}" as it is`);
    if (reads?.all) this.readsAll.add(key);
    if (reads) this.reads.set(key, reads.reads);
    else if (resolver) this.reads.set(key, EVERYTHING);
  }

  /**
   * The types a projection reaches (entities, the links that relationship fields return, claims)
   * may have no composite field the projection cannot fetch: such a field would fail at run time.
   */
  private checkRelationTargets(): void {
    const reached = new Set(this.entityTypes);
    for (const [key, spec] of this.relations) {
      if (spec.shape === 'links' || spec.shape === 'claims' || spec.shape === 'linkClaims' || spec.shape === 'claimLink') {
        reached.add(this.fieldType(key));
      }
      if (spec.shape === 'linksPage') reached.add(spec.nodeType);
    }
    for (const typeName of reached) {
      for (const type of this.objectTypes(typeName)) {
        for (const field of Object.values(type.getFields())) {
          const composite = isCompositeType(getNamedType(field.type));
          if (composite && !this.relations.has(`${type.name}.${field.name}`) && !this.reads.has(`${type.name}.${field.name}`)) {
            throw new MappingError(
              `${type.name}.${field.name} returns ${getNamedType(field.type).name} but has no mapping (@relationship, ...)`,
            );
          }
        }
      }
    }
  }
}
