import { describe, expect, it } from 'vitest';
import { javacMissing, javaVersionUnknown } from '../../src/neo4j-local/prerequisite-lines.js';

/** The lines that test/unit/preflight-command.test.ts cannot provoke without a broken JDK. */
describe('prerequisite lines', () => {
  it('names a JRE without javac', () => {
    expect(javacMissing('/usr/lib/jvm/jre-17/bin/java', 'PATH', 'service')).toMatch(
      /^javac \(the Java compiler\) is missing: the first start compiles a small launcher for the embedded Neo4j, and PATH has \/usr\/lib\/jvm\/jre-17\/bin\/java but no javac \(a JRE, not a JDK\)\. Install a JDK: `sudo apt-get install openjdk-17-jdk-headless` \(Debian\/Ubuntu\)/,
    );
  });

  it('quotes the first line of a java -version it cannot read', () => {
    const line = javaVersionUnknown('/opt/java/bin/java', 'Error: dl failure on line 542\nError: failed /opt/java/lib/libjvm.so', 'tests');
    expect(line).toMatch(
      /^Java's version is unknown: the embedded Neo4j needs Java 17 or newer, and `\/opt\/java\/bin\/java -version` said: Error: dl failure on line 542\. /,
    );
    expect(line).toMatch(/The tests always start their own Neo4j, whatever NEO4J_URI says\.$/);
    expect(line).not.toContain('\n');
  });
});
