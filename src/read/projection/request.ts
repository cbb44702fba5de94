import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { Catalogue } from '../catalogue/build.js';
import { compileProjection, type CompiledProjection } from './compile.js';
import { propertyItems, storedProperties } from './properties.js';
import { selectFields, type SelectedField } from './selection.js';

/** What a request's selection asks the statement to return: the node projection and the links' properties. */
export interface RequestProjection {
  projection: string;
  edgeProperties: string;
  params: CompiledProjection['params'];
}

/**
 * The projection of the node a root field returns, from the field's selection. `at` names the
 * sub-field that holds it when the field returns a wrapper (SearchHit.entity), a dotted path when
 * it is deeper (`edges.node` in a connection). A subgraph's or a path's links (`edges`) carry
 * only the stored properties their selection reads; everything when an export is selected.
 */
export function projectSelection(
  catalogue: Catalogue,
  info: GraphQLResolveInfo,
  at: string | undefined,
  projectsEdges: boolean,
  maxPageSize?: number,
): RequestProjection {
  const returnType = getNamedType(info.returnType);
  if (!isCompositeType(returnType)) throw new Error(`${info.fieldName} does not return an object`);
  let fields = selectFields({ schema: info.schema, fragments: info.fragments }, returnType, info.fieldNodes);
  const allProperties = fields.some((f) => catalogue.readsAllProperties(f.onType, f.fieldName));
  const edgeFields = fields.filter((f) => f.fieldName === 'edges').flatMap((f) => f.children);
  const edgeProperties = projectsEdges && !allProperties ? propertyItems(storedProperties(catalogue, edgeFields, false)) : '.*';
  let holder: GraphQLNamedType = returnType;
  for (const step of at ? at.split('.') : []) {
    fields = fields.filter((f) => f.fieldName === step).flatMap((f: SelectedField) => f.children);
    const holderField: GraphQLField<unknown, unknown> | undefined =
      isObjectType(holder) || isInterfaceType(holder) ? holder.getFields()[step] : undefined;
    if (!holderField) throw new Error(`${holder.name}.${step} does not exist`);
    holder = getNamedType(holderField.type);
  }
  const compiled = compileProjection(catalogue, 'n', holder.name, fields, { allProperties, ...(maxPageSize ? { maxPageSize } : {}) });
  return { projection: compiled.text, edgeProperties, params: compiled.params };
}
