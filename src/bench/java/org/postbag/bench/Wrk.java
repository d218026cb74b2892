package org.postbag.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk --latency} and reads its report: requests per second, percentiles, errors. */
final class Wrk {

    static final int CONNECTIONS = 32;

    record Result(String target, double requestsPerSecond, double p50, double p90, double p99, long requests, long errors) {}

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {}

    static Result run(String url, int seconds, List<String> headers) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--timeout", "5s", "--latency"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed: " + out);
        }
        return parse(url, out);
    }

    static Result parse(String url, String out) {
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Result(
                url,
                number(RATE, out),
                percentile(out, "50%"),
                percentile(out, "90%"),
                percentile(out, "99%"),
                (long) number(TOTAL, out),
                errors);
    }

    private static double number(Pattern pattern, String out) {
        Matcher matcher = pattern.matcher(out);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + out);
        }
        return Double.parseDouble(matcher.group(1));
    }

    /** A latency percentile in milliseconds ("50%    1.23ms", "99%  12.00us", "99%   1.10s"). */
    private static double percentile(String out, String which) {
        Matcher matcher = Pattern.compile("^\\s+" + Pattern.quote(which) + "\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(out);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + which + " in wrk output:\n" + out);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
