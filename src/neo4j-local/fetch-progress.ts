import { downloadedBytes } from './maven-output.js';

/**
 * Counts what Maven downloaded, from its `Downloaded from` lines, so the first fetch (about
 * 150 MB) prints a short line every few seconds instead of silence or Maven's whole log.
 */
export class FetchProgress {
  files = 0;
  bytes = 0;

  /** Takes one line of Maven's output. */
  record(line: string): void {
    const bytes = downloadedBytes(line);
    if (bytes === null) return;
    this.files += 1;
    this.bytes += bytes;
  }

  /** `Fetching Neo4j's jars: 57 files, 43.2 MB downloaded so far (15 s)`. */
  report(elapsedMs: number): string {
    return `Fetching Neo4j's jars: ${this.files} files, ${megabytes(this.bytes)} downloaded so far (${seconds(elapsedMs)})`;
  }

  /** `Fetched 118 jars in 62 s (121.3 MB downloaded in 243 files)`; Maven takes what it has from its local repository. */
  done(jars: number, elapsedMs: number): string {
    const how =
      this.files === 0 ? 'all were in the local Maven repository already' : `${megabytes(this.bytes)} downloaded in ${this.files} files`;
    return `Fetched ${jars} jars in ${seconds(elapsedMs)} (${how})`;
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}
