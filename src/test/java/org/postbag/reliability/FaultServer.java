package org.postbag.reliability;

import java.io.IOException;
import org.postbag.testing.ScratchDatabase;
import org.postbag.testing.ServerProcess;

/**
 * The WildFly the reliability tests launch, kill and restart themselves, configured as an
 * operator would through the environment, with the limits that stand in a load test's way
 * lifted: all writers come from one machine through a trusted proxy header, each writes many
 * letters an hour, and forms are sent as soon as they are filled in.
 */
final class FaultServer {

    private FaultServer() {}

    static ServerProcess prepare(String name, ScratchDatabase database, String databaseUrl) throws IOException {
        ServerProcess server = ServerProcess.prepare(name);
        return server.env("POSTBAG_DB_URL", databaseUrl)
                .env("POSTBAG_DB_USER", database.user())
                .env("POSTBAG_DB_PASSWORD", database.password())
                .env("POSTBAG_BASE_URL", server.base().toString().replaceAll("/$", ""))
                .env("POSTBAG_DEMO", "false")
                // No SMTP server: the confirmation emails wait in the outbox, where the checks count them.
                .env("POSTBAG_OUTBOX_INTERVAL_SECONDS", "60")
                .env("POSTBAG_MIN_FILL_SECONDS", "0")
                .env("POSTBAG_TRUSTED_PROXIES", "127.0.0.1")
                .env("POSTBAG_RATE_LIMIT_ADDRESS_PER_HOUR", "1000000")
                .env("POSTBAG_RATE_LIMIT_ADDRESS_PER_DAY", "1000000")
                .env("POSTBAG_RATE_LIMIT_IP_PER_HOUR", "1000000")
                .env("POSTBAG_RATE_LIMIT_IP_PER_DAY", "1000000")
                // The readers' searches all come from this machine's one address.
                .env("POSTBAG_RATE_LIMIT_SEARCH_PER_MINUTE", "0")
                .env("POSTBAG_RATE_LIMIT_PICKER_PER_MINUTE", "0");
    }
}
