package jp.policygen.render.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Keeps openhtmltopdf from printing its log (dozens of INFO lines and CSS warnings per
 * document) to stderr. Its diagnostics still reach the consumer {@link PdfWriter} registers,
 * which turns engine errors into failures.
 */
final class QuietLog implements XRLogger {

    private QuietLog() {
    }

    static void install() {
        XRLog.setLoggerImpl(new QuietLog());
        XRLog.setLoggingEnabled(true);
    }

    @Override
    public void log(String where, Level level, String msg) {
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
