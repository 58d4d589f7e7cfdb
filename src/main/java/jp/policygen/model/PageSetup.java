package jp.policygen.model;

import java.util.Objects;

/**
 * How a body's documents sit on paper when a word processor opens them (its house style for
 * Word files, {@code houseStyle.page} and {@code houseStyle.font} in policy.yaml): paper,
 * margins in millimetres, the document grid (字数×行数: characters per line and lines per
 * page), the East Asian and Latin fonts by name and the body text's size in points.
 */
public record PageSetup(Paper paper, Margins margins, Grid grid, Font font) {

    /** Sizes of the papers Japanese offices print on, in millimetres (portrait). */
    public enum Paper {
        A4(210, 297), A3(297, 420), B5(182, 257), B4(257, 364);

        public final double widthMm;
        public final double heightMm;

        Paper(double widthMm, double heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }

    public record Margins(double top, double right, double bottom, double left) {
        public Margins {
            if (top < 0 || right < 0 || bottom < 0 || left < 0) {
                throw new IllegalArgumentException("margins cannot be negative");
            }
        }
    }

    /** 字数×行数: 0 characters leaves the characters per line to the font (a line grid only). */
    public record Grid(int characters, int lines) {
        public Grid {
            if (characters < 0 || lines < 1) {
                throw new IllegalArgumentException("grid needs characters >= 0 and lines >= 1");
            }
        }
    }

    /** {@code eastAsia} sets Japanese text, {@code ascii} Latin letters and digits; size in points. */
    public record Font(String eastAsia, String ascii, double size) {
        public Font {
            Objects.requireNonNull(eastAsia, "eastAsia");
            Objects.requireNonNull(ascii, "ascii");
            if (size < 6 || size > 30) {
                throw new IllegalArgumentException("font size out of range: " + size);
            }
        }
    }

    /** The common drafting rule: A4, 35/30/30/30 mm, 40字×36行, 游明朝 10.5 pt. */
    public static final PageSetup DEFAULT = new PageSetup(Paper.A4, new Margins(35, 30, 30, 30), new Grid(40, 36),
            new Font("游明朝", "游明朝", 10.5));

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(font, "font");
    }
}
