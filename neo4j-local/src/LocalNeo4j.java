import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j community server with its Bolt connector on 127.0.0.1 for the Node service.
 *
 * Protocol with the parent process: one line "READY <bolt uri>" on stdout once Bolt answers, one line
 * "ERROR <message>" on stderr before a non-zero exit. The server stops when stdin closes, so it never
 * outlives its parent, even one killed with SIGKILL.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) {
        String dataDir = requiredEnv("LOCAL_NEO4J_DATA_DIR");
        int boltPort = Integer.parseInt(requiredEnv("LOCAL_NEO4J_BOLT_PORT"));
        String password = requiredEnv("LOCAL_NEO4J_PASSWORD");
        long pageCacheMb = Long.parseLong(System.getenv().getOrDefault("LOCAL_NEO4J_PAGECACHE_MB", "256"));

        // Neo4j's default lets transactions take 70% of the heap; with a heap of a few hundred MB, 16
        // concurrent path searches then left too little for plans and buffers and the JVM exited on
        // OutOfMemoryError (code 3). At 45% the same load fails queries with a memory error instead.
        long transactionsMaxBytes = Runtime.getRuntime().maxMemory() * 45 / 100;

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(Path.of(dataDir))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, transactionsMaxBytes)
                    .setConfig(GraphDatabaseSettings.logs_directory, Path.of(dataDir, "logs"))
                    .build();
        } catch (RuntimeException e) {
            fail("Neo4j did not start: " + rootMessage(e));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            // Community keeps the native user store in the system database; make the configured password authoritative.
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
                fail("could not set the neo4j user's password: " + rootMessage(e));
            }
        }

        System.out.println("READY bolt://127.0.0.1:" + boltPort);
        System.out.flush();
        waitForStdinToClose(System.in);
        System.exit(0);
    }

    private static void waitForStdinToClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // The parent never writes; any bytes are ignored.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone: shut down as on EOF.
        }
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            fail(name + " is not set");
        }
        return value;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        StringBuilder chain = new StringBuilder();
        while (cause != null) {
            if (cause.getMessage() != null) {
                if (chain.length() > 0) chain.append(" <- ");
                chain.append(cause.getMessage());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return chain.toString().replace('\n', ' ');
    }

    private static void fail(String message) {
        System.err.println("ERROR " + message);
        System.err.flush();
        System.exit(1);
    }
}
