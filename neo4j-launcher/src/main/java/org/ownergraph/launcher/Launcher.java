package org.ownergraph.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded with its Bolt connector on 127.0.0.1 and auth on.
 *
 * <p>Configured by environment variables (set by server/neo4j/embedded-neo4j.ts). Prints
 * "READY bolt://127.0.0.1:PORT" once the default database is available, and shuts the database
 * down cleanly on SIGTERM/SIGINT or when its standard input closes (the Node parent went away),
 * so no JVM outlives the app and no store needs recovery.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(required("OWNERGRAPH_NEO4J_HOME")).toAbsolutePath();
    int port = Integer.parseInt(required("OWNERGRAPH_NEO4J_BOLT_PORT"));
    String password = required("OWNERGRAPH_NEO4J_PASSWORD");
    long pageCache = parseBytes(optional("OWNERGRAPH_NEO4J_PAGECACHE", "256m"));
    Duration txCeiling = Duration.ofSeconds(Long.parseLong(optional("OWNERGRAPH_NEO4J_TX_CEILING_SECONDS", "600")));
    Files.createDirectories(home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            // LOAD CSV must never read the server's own files (console safety).
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.transaction_timeout, txCeiling)
            // Bolt's event loops otherwise wait a 5 s quiet period twice after every connection
            // is already closed: each stop took 10 s longer (Neo4j's own test harness sets 0 too).
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .build();
    Thread shutdown = new Thread(() -> {
      dbms.shutdown();
      System.out.println("STOPPED");
      System.out.flush();
    }, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    setPassword(dbms, password);
    if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(120_000)) {
      System.err.println("ERROR default database did not become available within 120 s");
      System.exit(2);
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // When the parent process exits, our stdin reaches EOF: shut down with it.
    try {
      while (System.in.read() != -1) {
        // ignore anything written to us
      }
    } catch (IOException ignored) {
      // stdin broke: same as EOF
    }
    System.exit(0);
  }

  /** Keeps the neo4j user's password equal to the one the app holds (first start or changed). */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one it already has; that is the usual case.
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      System.err.println("ERROR environment variable " + name + " is required");
      System.exit(2);
    }
    return value;
  }

  private static String optional(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  /** Parses "512m", "2g", "1048576" into bytes. */
  static long parseBytes(String text) {
    String t = text.trim().toLowerCase();
    long unit = 1;
    char last = t.charAt(t.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * unit;
  }
}
