import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { javaTools, parseJavaVersion } from '../../src/neo4j-local/java.js';
import { removeTempDirs, tempDir } from '../support/prerequisites.js';

/** `java -version` as real JDKs print it (on stderr), and the version the preflight reads from it. */
describe('parseJavaVersion', () => {
  it.each([
    // Debian's OpenJDK 17 and Temurin 25: the two JDKs on the project's CI machine.
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', '17.0.15', 17],
    ['openjdk version "25.0.3" 2026-04-21 LTS\nOpenJDK Runtime Environment Temurin-25.0.3+9 (build 25.0.3+9-LTS)', '25.0.3', 25],
    ['openjdk version "21.0.2" 2024-01-16\nOpenJDK Runtime Environment (build 21.0.2+13-58)', '21.0.2', 21],
    // Oracle's JDK 21 names a GA release without minor numbers.
    ['java version "21" 2023-09-19 LTS\nJava(TM) SE Runtime Environment (build 21+35-LTS-2513)', '21', 21],
    ['openjdk version "11.0.22" 2024-01-16\nOpenJDK Runtime Environment (build 11.0.22+7-post-Debian-1deb11u1)', '11.0.22', 11],
    // Java 8 and older call themselves 1.x.
    ['openjdk version "1.8.0_402"\nOpenJDK Runtime Environment (build 1.8.0_402-b06)', '1.8.0_402', 8],
    ['java version "17-ea" 2021-09-14\nJava(TM) SE Runtime Environment (build 17-ea+35-2724)', '17-ea', 17],
    // JAVA_TOOL_OPTIONS makes Java announce itself first.
    ['Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "17.0.9" 2023-10-17', '17.0.9', 17],
  ])('reads %j', (output, version, major) => {
    expect(parseJavaVersion(output)).toEqual({ version, major });
  });

  it('gives null for anything else', () => {
    expect(parseJavaVersion('')).toBeNull();
    expect(parseJavaVersion('Error: could not find libjava.so')).toBeNull();
    expect(parseJavaVersion('java version "unknown"')).toBeNull();
  });
});

describe('javaTools', () => {
  afterAll(removeTempDirs);

  it('takes java and javac from JAVA_HOME when it is set, as Maven does, even when PATH has another', async () => {
    const home = await tempDir('java-home');
    await mkdir(join(home, 'bin'));
    await writeFile(join(home, 'bin', 'java'), '#!/bin/sh\n');
    await chmod(join(home, 'bin', 'java'), 0o755);
    const tools = javaTools({ JAVA_HOME: home, PATH: '/usr/bin' });
    expect(tools).toEqual({
      java: join(home, 'bin', 'java'),
      javac: join(home, 'bin', 'javac'),
      origin: `JAVA_HOME=${home}`,
      javaPath: join(home, 'bin', 'java'),
      // No javac there: a JRE.
      javacPath: null,
    });
  });

  it('looks on PATH otherwise, and says when nothing is there', async () => {
    const empty = await tempDir('empty-path');
    expect(javaTools({ PATH: empty })).toEqual({ java: 'java', javac: 'javac', origin: 'PATH', javaPath: null, javacPath: null });
  });
});
