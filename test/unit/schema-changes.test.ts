import { describe, expect, it } from 'vitest';
import { compareSchemas, namedInUnreleased } from '../../scripts/schema-changes.js';

/** The breaking-change check behind `npm run schema:check`. */
const RELEASED = `
  "The root."
  type Query {
    "A thing."
    thing(id: ID!, first: Int = 20): Thing
  }
  "A thing."
  type Thing {
    "Its id."
    id: ID!
    "Its name."
    name: String
  }
`;
const changelog = (unreleased: string) =>
  `# Changelog\n\nIntro naming \`Query.thing\`.\n\n## Unreleased\n\n${unreleased}\n\n## 0.1.0\n\n\`Thing.name\`\n`;

describe('schema check', () => {
  it('passes additions without a changelog entry', async () => {
    const current = `${RELEASED}\nextend type Query {\n  "Everything."\n  things: [Thing!]!\n}\nextend type Thing {\n  "New."\n  note: String\n}`;
    const changes = await compareSchemas(RELEASED, current, changelog(''));
    expect(changes.unrecorded).toEqual([]);
    expect(changes.safe.map((c) => c.path)).toEqual(expect.arrayContaining(['Query.things', 'Thing.note']));
  });

  it('fails a removed field or a changed argument that the Unreleased section does not name', async () => {
    const current = RELEASED.replace('name: String', 'title: String').replace('first: Int = 20', 'first: Int!');
    const changes = await compareSchemas(RELEASED, current, changelog('- nothing relevant'));
    expect(changes.unrecorded.map((c) => c.path).sort()).toEqual(['Query.thing.first', 'Thing.name']);
  });

  it('accepts a breaking change named in the Unreleased section, a parent path covering its children', async () => {
    const current = RELEASED.replace('name: String', 'title: String').replace('first: Int = 20', 'first: Int!');
    const changes = await compareSchemas(
      RELEASED,
      current,
      changelog('- `Thing.name` is now `Thing.title`.\n- `Query.thing` requires `first`.'),
    );
    expect(changes.unrecorded).toEqual([]);
    expect(changes.recorded).toHaveLength(2);
  });

  it('reads names only from the Unreleased section, not from released ones or the intro', () => {
    expect([...namedInUnreleased(changelog('- `Query.other` removed'))]).toEqual(['Query.other']);
    expect([...namedInUnreleased('# Changelog\n\n## Unreleased\n\n- `A.b`\n')]).toEqual(['A.b']);
    expect(namedInUnreleased('# Changelog\n\n## 0.1.0\n\n`A.b`\n').size).toBe(0);
  });
});
