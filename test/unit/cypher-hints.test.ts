import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/paths.js';

/**
 * Every statement that starts from an entity's id says so with an index hint. Right after a bulk
 * load Neo4j's statistics are stale and the planner was seen scanning the whole id index (2,400
 * database hits instead of 3) until it resampled; the hint makes the seek unconditional.
 */
const dir = join(CYPHER_DIR, 'queries');
const anchors = readdirSync(dir)
  .filter((f) => f.endsWith('.cypher'))
  .flatMap((file) => {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    return lines.flatMap((line, i) => {
      // A clause that starts a query part (not a pattern inside EXISTS or COLLECT) on an id.
      const match = /^(?:OPTIONAL )?MATCH \((\w*):Entity \{id: [^}]+\}\)/.exec(line);
      return match ? [{ where: `${file}:${i + 1}`, variable: match[1] ?? '', next: `${line}\n${lines[i + 1] ?? ''}` }] : [];
    });
  });

describe('id-anchored Cypher', () => {
  it('finds the anchors to check', () => {
    expect(anchors.length).toBeGreaterThanOrEqual(8);
  });

  it.each(anchors.map((a) => [a.where, a] as const))('%s seeks the id index by hint', (_where, anchor) => {
    expect(anchor.variable, 'name the node so it can be hinted').not.toBe('');
    expect(anchor.next).toContain(`USING INDEX ${anchor.variable}:Entity(id)`);
  });
});
