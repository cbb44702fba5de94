import { inForceCondition } from '../model/in-force.js';

/**
 * A query file of cypher/queries with its slots, the `{{...}}` the service fills:
 *   - `{{n}}` (at most once): the projection of the node variable `n` that the request selects;
 *   - `{{edgeProperties}}`: the stored properties of a subgraph's links the request reads;
 *   - `{{inForce(v, $asOf)}}`: the in-force rule of src/model/in-force.ts for variable `v`;
 *   - `{{name}}`: an integer the root field checked (Cypher takes only a literal in some places,
 *     such as a path's hop bound).
 * This file is the one place slots are read and filled.
 */
export interface Template {
  name: string;
  /** True when the text holds `{{n}}`. */
  projects: boolean;
  /** True when the text holds `{{edgeProperties}}`. */
  projectsEdges: boolean;
  /** The names of its integer slots. */
  literals: readonly string[];
  /** The text with the slots that never change (the in-force rule) filled. */
  text: string;
}

/** What a request fills the other slots with. */
export interface Filling {
  /** A Cypher map projection of `n`: `n {.id, ...}`. */
  projection: string;
  /** Map projection items for each link: `.id, .basis`, or `.*`. */
  edgeProperties: string;
  literals: Readonly<Record<string, number>>;
}

const SLOT = /\{\{([^{}]*)\}\}/g;
const IN_FORCE = /^inForce\((\w+),\s*\$(\w+)\)$/;
const LITERAL = /^\w+$/;

/** Parses a query file's text; an unknown or malformed slot fails, naming the file. */
export function parseTemplate(name: string, source: string): Template {
  let projections = 0;
  let projectsEdges = false;
  const literals = new Set<string>();
  const text = source.replace(SLOT, (slot, body: string) => {
    const inForce = IN_FORCE.exec(body);
    if (inForce) return inForceCondition(inForce[1] as string, `date($${inForce[2] as string})`);
    if (body === 'n') projections += 1;
    else if (body === 'edgeProperties') projectsEdges = true;
    else if (LITERAL.test(body)) literals.add(body);
    else throw new Error(`cypher/queries/${name}.cypher: unknown slot ${slot}`);
    return slot;
  });
  if (projections > 1) throw new Error(`cypher/queries/${name}.cypher: {{n}} may appear once, found ${projections} times`);
  return { name, projects: projections === 1, projectsEdges, literals: [...literals].sort(), text };
}

/** The statement: every remaining slot filled. A literal that is missing or not a safe integer is a bug. */
export function render(template: Template, filling: Filling): string {
  return template.text.replace(SLOT, (slot, body: string) => {
    if (body === 'n') return filling.projection;
    if (body === 'edgeProperties') return filling.edgeProperties;
    const value = filling.literals[body];
    if (value === undefined || !Number.isSafeInteger(value)) throw new Error(`${template.name}: no integer for ${slot}`);
    return String(value);
  });
}
