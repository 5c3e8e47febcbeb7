package policygraph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community in this JVM with only the Bolt connector, for machines without Docker.
 *
 * Protocol with the Node side (platform/db/embedded.ts): exactly one line starting with
 * {@code NEO4J_READY } followed by a JSON object is printed on stdout once Cypher answers;
 * errors go to stderr prefixed with {@code NEO4J_ERROR }. The process exits 0 after a clean
 * shutdown (SIGINT, SIGTERM, or stdin closing when --exit-on-stdin-close is given, so the
 * database never outlives the Node process that started it).
 */
public final class Launcher {
    private static final String DEFAULT_HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 7687;
    private static final String DEFAULT_DATA_DIR = ".data/neo4j";
    private static final String DEFAULT_PAGE_CACHE = "64m";
    private static final String DEFAULT_LOCK_TIMEOUT = "60s";

    private Launcher() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage() + "\n" + Options.USAGE, 2);
            return;
        }
        try {
            run(options);
        } catch (Exception e) {
            fail("Neo4j failed to start: " + e, 1);
        }
    }

    private static void run(Options options) throws IOException, InterruptedException {
        Path dataDir = Path.of(options.dataDir).toAbsolutePath();
        Files.createDirectories(dataDir);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.host, options.port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                // Small local stores: no need to pre-allocate 250 MB transaction log files.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // A transaction's own timeout stops at commit, yet relationship locks are taken while committing;
                // this bounds every lock wait, so no writer waits on another without end.
                .setConfig(GraphDatabaseSettings.lock_acquisition_timeout, options.lockTimeout)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // dbms.shutdown() checkpoints and closes the store, so the next start needs no recovery.
            dbms.shutdown();
            System.out.println("NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        // After an unclean stop, indexes may be rebuilt in the background; "ready" means queries can use them.
        db.executeTransactionally("CALL db.awaitIndexes(600)");

        var boltAddress = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        Map<String, String> ready = new LinkedHashMap<>();
        ready.put("bolt", "bolt://" + boltAddress.getHost() + ":" + boltAddress.getPort());
        ready.put("version", Version.getNeo4jVersion());
        ready.put("dataDir", dataDir.toString());
        ready.put("pid", Long.toString(ProcessHandle.current().pid()));
        System.out.println("NEO4J_READY " + toJson(ready));
        System.out.flush();

        if (options.exitOnStdinClose) {
            Thread watcher = new Thread(Launcher::exitWhenStdinCloses, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static void exitWhenStdinCloses() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only the end of the stream matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, same as EOF.
        }
        System.exit(0);
    }

    private static void fail(String message, int code) {
        System.err.println("NEO4J_ERROR " + message);
        System.exit(code);
    }

    private static String toJson(Map<String, String> map) {
        StringBuilder sb = new StringBuilder("{");
        for (var entry : map.entrySet()) {
            if (sb.length() > 1) sb.append(',');
            sb.append('"').append(escape(entry.getKey())).append("\":\"").append(escape(entry.getValue())).append('"');
        }
        return sb.append('}').toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Command-line options, with environment variables as fallbacks. */
    static final class Options {
        static final String USAGE = "usage: neo4j-local [--host 127.0.0.1] [--port 7687|0] [--data-dir .data/neo4j]"
                + " [--page-cache 64m] [--allow-remote] [--exit-on-stdin-close]";

        String host = env("NEO4J_LOCAL_HOST", DEFAULT_HOST);
        int port = Integer.parseInt(env("NEO4J_LOCAL_PORT", Integer.toString(DEFAULT_PORT)));
        String dataDir = env("NEO4J_LOCAL_DATA_DIR", DEFAULT_DATA_DIR);
        long pageCacheBytes = parseSize(env("NEO4J_LOCAL_PAGE_CACHE", DEFAULT_PAGE_CACHE));
        Duration lockTimeout = parseDuration(env("NEO4J_LOCAL_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT));
        boolean allowRemote = false;
        boolean exitOnStdinClose = false;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--host" -> o.host = value(args, ++i, arg);
                    case "--port" -> o.port = parsePort(value(args, ++i, arg));
                    case "--data-dir" -> o.dataDir = value(args, ++i, arg);
                    case "--page-cache" -> o.pageCacheBytes = parseSize(value(args, ++i, arg));
                    case "--allow-remote" -> o.allowRemote = true;
                    case "--exit-on-stdin-close" -> o.exitOnStdinClose = true;
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            if (!o.allowRemote && !isLoopback(o.host)) {
                throw new IllegalArgumentException("refusing to listen on non-loopback address " + o.host
                        + " (auth is disabled in the embedded database); pass --allow-remote to insist");
            }
            return o;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) throw new IllegalArgumentException(flag + " needs a value");
            return args[i];
        }

        private static int parsePort(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port < 0 || port > 65535) throw new NumberFormatException();
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be 0..65535, got " + text);
            }
        }

        static Duration parseDuration(String text) {
            String t = text.trim().toLowerCase();
            try {
                if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
                if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
                return Duration.ofSeconds(Long.parseLong(t));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("NEO4J_LOCAL_LOCK_TIMEOUT must look like 60s or 500ms, got " + text);
            }
        }

        static long parseSize(String text) {
            String t = text.trim().toLowerCase();
            try {
                if (t.endsWith("g")) return ByteUnit.gibiBytes(Long.parseLong(t.substring(0, t.length() - 1)));
                if (t.endsWith("m")) return ByteUnit.mebiBytes(Long.parseLong(t.substring(0, t.length() - 1)));
                if (t.endsWith("k")) return ByteUnit.kibiBytes(Long.parseLong(t.substring(0, t.length() - 1)));
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--page-cache must look like 64m or 1g, got " + text);
            }
        }

        private static boolean isLoopback(String host) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host " + host);
            }
        }
    }
}
