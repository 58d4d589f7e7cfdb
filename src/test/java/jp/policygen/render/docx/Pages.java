package jp.policygen.render.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Page images of a PDF kept in {@code target/<folder>/} for a person to look at (pdftoppm, when installed). */
public final class Pages {

    private Pages() {
    }

    public static void keep(Path pdf, String folder) {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        try {
            Path out = Path.of("target", folder);
            Files.createDirectories(out);
            String name = pdf.getFileName().toString().replace(".pdf", "");
            Files.copy(pdf, out.resolve(name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (!Files.isExecutable(pdftoppm)) {
                return;
            }
            Process p = new ProcessBuilder(pdftoppm.toString(), "-r", "60", "-png", "-f", "1", "-l", "3",
                    pdf.toString(), out.resolve(name).toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // only for looking at: a machine without pdftoppm still passes
        }
    }
}
