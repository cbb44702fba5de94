import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Kind, type ASTVisitor, type OperationDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { Limits } from '../config.js';

/**
 * The document limits, as graphql-js validation rules from graphql-armor. Wired as validation
 * rules (not armor's Apollo plugin) so a rejected document is a validation error: HTTP 400,
 * `GRAPHQL_VALIDATION_FAILED`, with `extensions.limit` naming the limit and `allowed` its value.
 * Armor's rules throw by default, which Apollo answers with a 500; here they report instead.
 *
 * Introspection is exempt from the depth limit: armor exempts `__schema` itself, and
 * `exemptTypeIntrospection` exempts `__type(name:)` too, which IDEs send with deeply nested
 * `ofType` selections. Introspection is bounded by the schema, not by the data. The cost limit
 * is in cost.ts: it needs the request's variables.
 */
export function limitRules(limits: Limits): ValidationRule[] {
  return [
    armor(maxDepthRule({ n: limits.depth, ...reporting('depth', limits.depth) }), true),
    armor(maxAliasesRule({ n: limits.aliases, ...reporting('aliases', limits.aliases) })),
    armor(maxDirectivesRule({ n: limits.directives, ...reporting('directives', limits.directives) })),
  ];
}

/** graphql-js stops parsing a document beyond this many tokens: a parse error, HTTP 400. */
export function parseOptions(limits: Limits): { maxTokens: number } {
  return { maxTokens: limits.tokens };
}

function reporting(limit: string, allowed: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = error.message.replace(/^Syntax Error: /, '');
        context?.reportError(new GraphQLError(message, { extensions: { limit, allowed } }));
      },
    ],
  };
}

/** Armor's visitors only look at operations; this hands them the operation to measure. */
function armor(
  rule: (context: ValidationContext) => { OperationDefinition: Record<string, unknown> },
  exemptIntrospection = false,
): ValidationRule {
  return (context) => {
    const inner = rule(context);
    const enter = inner.OperationDefinition['enter'] as (this: unknown, node: OperationDefinitionNode) => void;
    const visitor: ASTVisitor = {
      OperationDefinition: {
        enter: (node) => {
          enter.call(inner, exemptIntrospection ? exemptTypeIntrospection(node) : node);
        },
      },
    };
    return visitor;
  };
}

/** The operation without its root `__type` fields (introspection of one type). */
export function exemptTypeIntrospection(node: OperationDefinitionNode): OperationDefinitionNode {
  const selections = node.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && s.name.value === '__type'));
  if (selections.length === node.selectionSet.selections.length) return node;
  return { ...node, selectionSet: { ...node.selectionSet, selections } };
}
