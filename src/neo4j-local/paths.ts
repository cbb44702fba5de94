import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';

/** The files of the checkout that build the project's own Neo4j. */
export const EMBEDDED_POM = join(PROJECT_ROOT, 'neo4j', 'embedded', 'pom.xml');
export const LAUNCHER_SOURCE = join(PROJECT_ROOT, 'neo4j', 'embedded', 'src/main/java/org/childrightsgraph/neo4j/EmbeddedNeo4j.java');
/** The Maven Wrapper: scripts that fetch the Maven version pinned in its properties (`npm` needs no Maven installed). */
export const MAVEN_WRAPPER = join(PROJECT_ROOT, process.platform === 'win32' ? 'mvnw.cmd' : 'mvnw');
export const MAVEN_WRAPPER_PROPERTIES = join(PROJECT_ROOT, '.mvn', 'wrapper', 'maven-wrapper.properties');
