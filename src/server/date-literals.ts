import { getNamedType, GraphQLError, Kind, type ASTNode, type ValidationRule } from 'graphql';
import { CalendarDate } from '../model/date.js';

/**
 * A date written in the document (`asOf: "2024-13-40"`) is checked here rather than by the Date
 * scalar's parseLiteral, because only validation knows where it is: the error names the argument
 * (and the input fields below it) and carries BAD_USER_INPUT, as a bad variable's does.
 */
export const dateLiteralRule: ValidationRule = (context) => ({
  StringValue(node, _key, parent, _path, ancestors) {
    if (getNamedType(context.getInputType())?.name !== 'Date' || CalendarDate.parse(node.value)) return;
    const argument = [...ancestors, ...(parent ? [parent] : [])].flatMap((a) => (isNamed(a) ? [a.name.value] : [])).join('.');
    context.reportError(
      new GraphQLError(`${argument}: "${node.value}" is not a date; write a calendar date as YYYY-MM-DD`, {
        nodes: [node],
        extensions: { code: 'BAD_USER_INPUT', argument },
      }),
    );
  },
});

function isNamed(node: ASTNode | readonly ASTNode[]): node is ASTNode & { name: { value: string } } {
  return !Array.isArray(node) && 'kind' in node && (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD);
}
