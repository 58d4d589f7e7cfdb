package jp.policygen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process and measures it: wall time, user and system CPU time and
 * peak resident memory. Under GNU time ({@code /usr/bin/time}, Debian package {@code time}) the
 * figures are the kernel's own (wait4's rusage: exact CPU and the true peak RSS). Without it the
 * child's {@code /proc/<pid>/stat} and {@code status} are sampled every 10 ms; CPU and VmHWM (the
 * peak so far) then miss at most the last interval before the child exits.
 */
final class MeasuredProcess {

    /** What one run of the child measured; CPU and RSS are NaN / -1 where nothing could be read. */
    record Figures(int exitCode, double wallSeconds, double userSeconds, double sysSeconds, long peakRssKib,
                   String method) {
        double cpuSeconds() {
            return userSeconds + sysSeconds;
        }

        /** Cores used on average: CPU time over wall time. */
        double cores() {
            return cpuSeconds() / wallSeconds;
        }
    }

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    /** Linux reports /proc times in USER_HZ ticks, 100 per second on every architecture it supports. */
    private static final double TICKS_PER_SECOND = 100.0;

    private MeasuredProcess() {
    }

    /** Whether the exact measurement (GNU time) is available here. */
    static boolean exact() {
        return Files.isExecutable(GNU_TIME);
    }

    /** Runs {@code command} in {@code dir}; its stdout and stderr go to the given files. */
    static Figures run(List<String> command, Path dir, Path stdout, Path stderr) {
        try {
            return exact() ? underGnuTime(command, dir, stdout, stderr) : sampled(command, dir, stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring " + command.get(0), e);
        }
    }

    private static Figures underGnuTime(List<String> command, Path dir, Path stdout, Path stderr)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile("policygen-time-", ".txt");
        try {
            List<String> timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", report.toString()));
            timed.addAll(command);
            long start = System.nanoTime();
            Process p = start(timed, dir, stdout, stderr);
            int exit = p.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            // "Command exited with non-zero status 1" may come first; the figures are the last line
            List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
            String[] f = lines.isEmpty() ? new String[0] : lines.get(lines.size() - 1).trim().split("\\s+");
            if (f.length != 4) {
                return new Figures(exit, wall, Double.NaN, Double.NaN, -1, "wall clock only (time wrote nothing)");
            }
            // our own clock for wall time: GNU time prints it to 10 ms only
            return new Figures(exit, wall, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]),
                    "GNU time (rusage)");
        } finally {
            Files.deleteIfExists(report);
        }
    }

    static Figures sampled(List<String> command, Path dir, Path stdout, Path stderr)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = start(command, dir, stdout, stderr);
        Path proc = Path.of("/proc", Long.toString(p.pid()));
        long[] ticks = null;
        long hwm = -1;
        while (!p.waitFor(10, TimeUnit.MILLISECONDS)) {
            long[] t = cpuTicks(proc);
            if (t != null) {
                ticks = t;
            }
            hwm = Math.max(hwm, peakRss(proc));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (ticks == null) {
            return new Figures(p.exitValue(), wall, Double.NaN, Double.NaN, -1, "wall clock only (no /proc)");
        }
        return new Figures(p.exitValue(), wall, ticks[0] / TICKS_PER_SECOND, ticks[1] / TICKS_PER_SECOND, hwm,
                "sampled /proc every 10 ms (install Debian's time for exact figures)");
    }

    /** The child running now, if any. */
    private static volatile Process running;

    /** Stops the child running now and the processes it started (the benchmark is being stopped). */
    static void stop() {
        Process p = running;
        if (p != null && p.isAlive()) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Process start(List<String> command, Path dir, Path stdout, Path stderr) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        running = p;
        return p;
    }

    /** utime and stime (fields 14 and 15) of /proc/PID/stat, or null once the process is gone. */
    private static long[] cpuTicks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"), StandardCharsets.US_ASCII);
            // the command name (field 2) is in parentheses and may hold spaces: count after it
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** VmHWM of /proc/PID/status in KiB, or -1. */
    private static long peakRss(Path proc) {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process exited between two samples
        }
        return -1;
    }
}
