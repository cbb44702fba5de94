package org.childrightsgraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts Neo4j Community embedded, with the settings of a neo4j.conf file, and serves Bolt.
 *
 * <p>Usage: {@code java -cp ... EmbeddedNeo4j <home-dir> <neo4j.conf>}; the password of the
 * {@code neo4j} user comes from the NEO4J_PASSWORD environment variable (never the command line,
 * which other users of the machine can read). Prints {@code BOLT_READY host:port} once Bolt
 * accepts connections, so a listen address with port 0 works. Stops when its standard input
 * closes, which happens when the parent process exits for any reason, so no Neo4j is left
 * running after a crash of the service or the tests.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: EmbeddedNeo4j <home-dir> <neo4j.conf>");
      System.exit(2);
    }
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must be set to at least 8 characters");
      System.exit(2);
    }
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(Path.of(args[0]))
            .loadPropertiesFromFile(Path.of(args[1]))
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    try {
      setPassword(dbms, password);
    } catch (RuntimeException failure) {
      // Neo4j's own threads would keep the JVM running, never ready: end the start instead, so
      // whoever waits for BOLT_READY learns why at once.
      failure.printStackTrace();
      System.err.println(
          "Error: could not set the password of the neo4j user: " + failure.getMessage());
      System.exit(1);
    }

    var db = (GraphDatabaseAPI) dbms.database("neo4j");
    var bolt =
        db.getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
    System.out.println("BOLT_READY " + bolt);
    System.out.flush();

    while (System.in.read() != -1) {
      // Nothing is read on purpose: end of input is the signal to stop.
    }
    System.exit(0);
  }

  /**
   * Its own transaction timeout: on a busy machine, planning this one statement has taken more
   * than the 30 s that tests set as db.transaction.timeout, which then ended the start.
   */
  private static final Duration SET_PASSWORD_TIMEOUT = Duration.ofMinutes(10);

  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED",
              Map.of("pw", password),
              result -> null,
              SET_PASSWORD_TIMEOUT);
    } catch (RuntimeException unchanged) {
      // A reused home directory already has this password, and Neo4j refuses to set it again.
      for (Throwable t = unchanged; t != null; t = t.getCause()) {
        if (String.valueOf(t.getMessage()).contains("cannot be the same")) {
          return;
        }
      }
      throw unchanged;
    }
  }
}
