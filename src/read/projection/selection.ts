import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * One field of a selection set, normalised: fragments inlined, the type it was selected on
 * recorded, its arguments coerced. Directives (@skip/@include) are ignored on purpose: the
 * compiled Cypher then depends only on the document, never on variable values, so one operation
 * shape always gives one Cypher text and Neo4j's plan cache hits; a skipped field just costs a
 * little database work that is thrown away.
 */
export interface SelectedField {
  /** Response key: the alias, or the field name. */
  key: string;
  fieldName: string;
  /** The type whose selection set holds the field (an interface or a concrete type). */
  onType: string;
  /** Argument values for the request's variables: a function, so compiled plans can be cached. */
  args: (variables: Record<string, unknown>) => Record<string, unknown>;
  /**
   * The argument values (defaults included) when the document fixes them all, none given by a
   * variable: part of the operation's shape, so the compiled Cypher may depend on them.
   */
  literalArgs?: Record<string, unknown>;
  children: SelectedField[];
}

export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** The fields selected under the given field nodes, whose (named) type is `type`. */
export function selectFields(context: SelectionContext, type: GraphQLCompositeType, fieldNodes: readonly FieldNode[]): SelectedField[] {
  const out: SelectedField[] = [];
  for (const node of fieldNodes) {
    if (node.selectionSet) collect(context, type, node.selectionSet, out, new Set());
  }
  return out;
}

function collect(
  context: SelectionContext,
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  out: SelectedField[],
  visitedFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      out.push(field(context, type, selection));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const onType = selection.typeCondition ? compositeType(context, selection.typeCondition.name.value) : type;
      collect(context, onType, selection.selectionSet, out, visitedFragments);
    } else {
      const name = selection.name.value;
      const fragment = context.fragments[name];
      if (!fragment || visitedFragments.has(name)) continue;
      visitedFragments.add(name);
      collect(context, compositeType(context, fragment.typeCondition.name.value), fragment.selectionSet, out, visitedFragments);
    }
  }
}

function field(context: SelectionContext, onType: GraphQLCompositeType, node: FieldNode): SelectedField {
  const fieldName = node.name.value;
  const definition = 'getFields' in onType ? onType.getFields()[fieldName] : undefined;
  const children: SelectedField[] = [];
  if (definition && node.selectionSet) {
    const childType = getNamedType(definition.type);
    if (isCompositeType(childType)) collect(context, childType, node.selectionSet, children, new Set());
  }
  const usesVariables = (node.arguments ?? []).some((argument) => containsVariable(argument.value));
  return {
    key: node.alias?.value ?? fieldName,
    fieldName,
    onType: onType.name,
    args: definition ? (variables) => getArgumentValues(definition, node, variables) : () => ({}),
    ...(definition && !usesVariables ? { literalArgs: getArgumentValues(definition, node, {}) } : {}),
    children,
  };
}

function containsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(containsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => containsVariable(f.value));
  return false;
}

function compositeType(context: SelectionContext, name: string): GraphQLCompositeType {
  const type = context.schema.getType(name);
  if (!type || !isCompositeType(type)) throw new Error(`unknown type condition ${name}`);
  return type;
}
