import { describe, expect, it } from 'vitest';
import { FetchProgress } from '../../src/neo4j-local/fetch-progress.js';
import { downloadedBytes, mavenFailure, mavenVersionLine } from '../../src/neo4j-local/maven-output.js';

/** What the first fetch shows, read from Maven 3.9's own output (lines copied from real runs). */
describe('downloadedBytes', () => {
  it.each([
    [
      '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (6.1 MB at 12 MB/s)',
      6_100_000,
    ],
    [
      '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/commons-codec/commons-codec/1.19.0/commons-codec-1.19.0.jar (375 kB at 719 kB/s)',
      375_000,
    ],
    ['Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j/5.26.30/neo4j-5.26.30.pom (0 B at 0 B/s)', 0],
    ['[INFO] Downloaded from mirror: https://nexus.example/repository/central/a/b/1/b-1.jar (1.2 GB at 80 MB/s)', 1_200_000_000],
  ])('reads the size in %j', (line, bytes) => {
    expect(downloadedBytes(line)).toBe(bytes);
  });

  it('ignores every other line', () => {
    expect(downloadedBytes('[INFO] Downloading from central: https://repo.maven.apache.org/maven2/x/y/1/y-1.jar')).toBeNull();
    expect(downloadedBytes('[INFO] Copying neo4j-kernel-5.26.30.jar to /x/lib/neo4j-kernel-5.26.30.jar')).toBeNull();
  });
});

describe('FetchProgress', () => {
  it('sums what was downloaded into a short line, and a closing one', () => {
    const progress = new FetchProgress();
    progress.record('[INFO] Downloaded from central: https://repo/a.jar (6.1 MB at 12 MB/s)');
    progress.record('[INFO] Downloading from central: https://repo/b.jar');
    progress.record('[INFO] Downloaded from central: https://repo/b.jar (375 kB at 719 kB/s)');
    expect(progress.report(15_400)).toBe("Fetching Neo4j's jars: 2 files, 6.5 MB downloaded so far (15 s)");
    expect(progress.done(213, 62_000)).toBe('Fetched 213 jars in 62 s (6.5 MB downloaded in 2 files)');
  });

  it('says so when Maven had every jar in its local repository', () => {
    expect(new FetchProgress().done(213, 3_000)).toBe('Fetched 213 jars in 3 s (all were in the local Maven repository already)');
  });
});

describe('mavenFailure', () => {
  it("gives Maven's first real [ERROR] line, not its advice", () => {
    const lines = [
      '[INFO] BUILD FAILURE',
      '[ERROR] Failed to execute goal on project embedded-neo4j: Could not resolve dependencies for project org.childrightsgraph:embedded-neo4j:pom:1: Could not transfer artifact org.neo4j:neo4j:jar:5.26.30',
      '[ERROR] ',
      '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
      '[ERROR] Re-run Maven using the -X switch to enable full debug logging.',
      '[ERROR] -> [Help 1]',
    ];
    expect(mavenFailure(lines)).toBe(
      'Failed to execute goal on project embedded-neo4j: Could not resolve dependencies for project org.childrightsgraph:embedded-neo4j:pom:1: Could not transfer artifact org.neo4j:neo4j:jar:5.26.30',
    );
  });

  it("gives the wrapper's own last line when Maven never ran", () => {
    const url = 'http://127.0.0.1:1/maven2/org/apache/maven/apache-maven/3.9.16/apache-maven-3.9.16-bin.zip';
    expect(mavenFailure([`wget: Failed to fetch ${url}`, ''])).toBe(`wget: Failed to fetch ${url}`);
    expect(mavenFailure([])).toBe('no output');
  });
});

describe('mavenVersionLine', () => {
  it('drops the colour codes Maven 3.8 writes even into a pipe', () => {
    expect(mavenVersionLine('\x1b[1mApache Maven 3.8.7\x1b[m\nMaven home: /usr/share/maven\n')).toBe('Apache Maven 3.8.7');
  });
});
