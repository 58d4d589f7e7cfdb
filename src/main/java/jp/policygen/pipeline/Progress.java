package jp.policygen.pipeline;

import java.io.PrintStream;
import jp.policygen.i18n.Texts;

/**
 * What a person sees while a run works through its bodies: a bar on a terminal, nothing
 * otherwise (the per-body lines and the summary are printed when the run ends), nothing at all
 * with {@code --quiet}. Called from worker threads.
 */
public interface Progress {

    /** {@code total} bodies are about to be worked on; {@code verb} says how (生成, 検査). */
    void start(int total, String verb);

    /** One body is done. */
    void step(String bodyId, boolean ok);

    /** The work is over; whatever the bar drew is cleared. */
    void end();

    Progress NONE = new Progress() {
        @Override
        public void start(int total, String verb) {
        }

        @Override
        public void step(String bodyId, boolean ok) {
        }

        @Override
        public void end() {
        }
    };

    /** A bar redrawn in place on a terminal's stderr, at most every 100 ms. */
    static Progress bar(PrintStream terminal) {
        return new Bar(terminal);
    }

    /** A bar on a terminal; nothing when output goes to a file or a pipe, or when quiet. */
    static Progress forConsole(PrintStream err, boolean quiet) {
        return !quiet && System.console() != null ? bar(err) : NONE;
    }

    final class Bar implements Progress {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private int total;
        private int done;
        private int failed;
        private String verb = "";
        private long lastDraw;

        Bar(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void start(int total, String verb) {
            this.total = total;
            this.verb = verb;
            this.done = 0;
            this.failed = 0;
            draw("", true);
        }

        @Override
        public synchronized void step(String bodyId, boolean ok) {
            done++;
            if (!ok) {
                failed++;
            }
            draw(bodyId, done == total);
        }

        @Override
        public synchronized void end() {
            out.print("\r\033[K");
            out.flush();
        }

        private void draw(String last, boolean force) {
            long now = System.nanoTime();
            if (!force && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            out.print("\r\033[K" + verb + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + (failed > 0 ? Texts.get("pipeline.progress.failed", failed) : "") + (last.isEmpty() ? "" : "  " + last));
            out.flush();
        }
    }
}
