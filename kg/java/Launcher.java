// Starts an embedded Neo4j 5 Community database with a Bolt connector on
// loopback. Run without a build step:
//   java -cp "jars/*" Launcher.java HOME PORT PASSWORD_FILE PAGECACHE
// The password is read from a 0600 file so it never shows in the process list.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2])).strip();
        String pagecache = args.length > 3 ? args[3] : "1g";

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Transaction logs are kept only as far as recovery needs them: the default
                // keeps two days of them, which made a 100,000-article load take 22 GB.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size")
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
                // LOAD CSV may not read local files (a read-only `kg cypher` must not return /etc/passwd).
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // No transaction waits forever on a lock, nor stays open for ever: a rerun after a
                // killed load gets a clear error instead of hanging behind a transaction left open.
                .setConfig(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofSeconds(seconds("KG_LOCK_TIMEOUT", 60)))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(seconds("KG_TX_TIMEOUT", 900)))
                // How soon a cached plan may be replanned once the graph's statistics moved (Neo4j's
                // default 10 s). The store's statements MERGE on unique ids, whose plan never changes;
                // the test suite, which empties and refills one graph hundreds of times, sets it longer.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofSeconds(seconds("KG_NEO4J_REPLAN_SECONDS", 10)))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));

        // The embedded API is not subject to auth, so it can set the
        // password that Bolt clients must then present.
        // Only when it changed: setting the same password again logs an error on every start.
        Path marker = home.resolve("password.sha256");
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        if (!Files.exists(marker) || !Files.readString(marker).strip().equals(digest)) {
            service.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            Files.writeString(marker, digest);
        }
        System.out.println("kg-neo4j ready on 127.0.0.1:" + port);
        Thread.currentThread().join();
    }

    static long seconds(String variable, long otherwise) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? otherwise : Long.parseLong(value.strip());
    }
}
