import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { withHttpStatus } from '../errors.js';
import { CalendarDate } from '../model/date.js';
import { badDate } from '../read/arguments.js';

/**
 * A malformed or impossible date (`2024-13-40`, `"yesterday"`) is refused with BAD_USER_INPUT
 * naming the argument, as every other bad argument is. The Date scalar alone cannot name it (a
 * scalar does not know which argument it parses), so the argument is checked where it is known:
 * a literal during validation, a variable once the operation is resolved, before its variables
 * are coerced.
 */
const DATE = 'Date';

/**
 * The validation rule: a date written in the document, for an argument or an input field below
 * one, must be a calendar date. The Date scalar's parseLiteral leaves strings to this rule, so
 * the one error names where the date is (`asOf`, `input.date`).
 */
export function dateArgumentsRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node, _key, parent, _path, ancestors) {
      if (getNamedType(context.getInputType())?.name !== DATE || CalendarDate.parse(node.value)) return;
      const argument = [...ancestors, ...(parent ? [parent] : [])].flatMap((a) => (isNamed(a) ? [a.name.value] : [])).join('.');
      context.reportError(badDate(argument, node.value));
    },
  };
}

function isNamed(node: ASTNode | readonly ASTNode[]): node is ASTNode & { name: { value: string } } {
  return !Array.isArray(node) && 'kind' in node && (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD);
}

/** The plugin: a variable given to a Date argument must hold a calendar date (HTTP 400 if not). */
export function dateVariablesPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ schema, document, request }) {
          const variables = request.variables ?? {};
          for (const [argument, variable] of dateVariableUses(schema, document)) {
            const value: unknown = variables[variable];
            if (value === undefined || value === null) continue;
            if (typeof value === 'string' && CalendarDate.parse(value)) continue;
            throw withHttpStatus(badDate(argument, typeof value === 'string' ? value : JSON.stringify(value)), 400);
          }
          return Promise.resolve();
        },
      }),
  };
}

/** Each (argument, variable) pair where a variable is passed to a Date argument, in document order. */
function dateVariableUses(schema: GraphQLSchema, document: DocumentNode): [string, string][] {
  const uses: [string, string][] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument && getNamedType(argument.type).name === DATE && node.value.kind === Kind.VARIABLE) {
          uses.push([node.name.value, node.value.name.value]);
        }
      },
    }),
  );
  return uses;
}
