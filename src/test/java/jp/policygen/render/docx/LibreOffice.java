package jp.policygen.render.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless ({@code soffice}, Debian's libreoffice-writer-nogui; .ci/run installs it),
 * the independent reader the Office files are proved against. All files go through one process
 * (its start is most of the cost), with a profile of its own so a desktop LibreOffice or another
 * test run does not get in the way, and a font setup that finds the project's Noto Serif JP
 * (standing in for 游明朝 and the other house-style faces a Linux machine lacks).
 */
public final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    public static boolean present() {
        return Files.isExecutable(SOFFICE);
    }

    /**
     * Converts {@code files} into {@code format} ("txt:Text (encoded):UTF8", "pdf") in {@code out};
     * returns the converted files in the order given.
     */
    public static List<Path> convert(List<Path> files, String format, Path out) {
        try {
            Files.createDirectories(out);
            Path work = Files.createTempDirectory("policygen-soffice");
            Path fonts = work.resolve("fonts.conf");
            Files.writeString(fonts, """
                    <?xml version="1.0"?>
                    <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                    <fontconfig>
                      <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                      <dir>%s</dir>
                      <cachedir>%s</cachedir>
                      <alias><family>游明朝</family><prefer><family>Noto Serif JP</family></prefer></alias>
                      <alias><family>ＭＳ 明朝</family><prefer><family>Noto Serif JP</family></prefer></alias>
                    </fontconfig>
                    """.formatted(Path.of("fonts").toAbsolutePath(), work.resolve("fc-cache")), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(SOFFICE.toString(),
                    "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--norestore",
                    "--convert-to", format, "--outdir", out.toString()));
            files.forEach(f -> command.add(f.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("log.txt").toFile());
            pb.environment().put("FONTCONFIG_FILE", fonts.toString());
            Process p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("soffice did not finish in 300 s");
            }
            String extension = format.startsWith("txt") ? "txt" : format.split(":")[0];
            List<Path> converted = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                Path c = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
                if (!Files.isRegularFile(c)) {
                    throw new AssertionError("soffice did not convert " + f + " (exit " + p.exitValue() + "): "
                            + Files.readString(work.resolve("log.txt")));
                }
                converted.add(c);
            }
            return converted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
