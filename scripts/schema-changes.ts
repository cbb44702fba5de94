import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaChanges {
  /** Breaking changes that the changelog's Unreleased section names. */
  recorded: Change[];
  /** Breaking changes it does not name: these fail the check. */
  unrecorded: Change[];
  /** Changes that break no query but may surprise a client (a new enum value, say). */
  dangerous: Change[];
  /** Additions and other safe changes. */
  safe: Change[];
}

/**
 * Compares the schema with the last released one. A breaking change is allowed only when the
 * changelog's `## Unreleased` section names what it touches in backticks: `Query.search` covers
 * every change under it (`Query.search.first`, say). Additions never need an entry.
 */
export async function compareSchemas(releasedSdl: string, currentSdl: string, changelog: string): Promise<SchemaChanges> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const named = namedInUnreleased(changelog);
  const isRecorded = (change: Change) => {
    const path = change.path ?? '';
    return [...named].some((name) => path === name || path.startsWith(`${name}.`));
  };
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    recorded: breaking.filter(isRecorded),
    unrecorded: breaking.filter((c) => !isRecorded(c)),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
  };
}

/** The backticked names in the changelog's `## Unreleased` section (up to the next `## `). */
export function namedInUnreleased(changelog: string): Set<string> {
  const section = /^## Unreleased[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? '';
  return new Set([...section.matchAll(/`([A-Za-z_][\w.]*)`/g)].map((match) => match[1] ?? ''));
}
