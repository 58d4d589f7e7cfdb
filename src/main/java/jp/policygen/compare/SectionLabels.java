package jp.policygen.compare;

import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;

/**
 * The numbers shown with a section's text: from a numbering style for generated documents, or
 * the numbers an imported text carried ({@code found}). Numbers are structure, not wording:
 * the comparison can leave them out.
 */
interface SectionLabels {

    /** The heading line (label and title). */
    String heading(Section section);

    /** The label of item {@code n} (1-based) of a list {@code depth} deep, or "" for none. */
    String item(Section owner, Block.Item item, boolean numbered, int depth, int n);

    /** The prefix of the {@code n}-th paragraph (「２」 for 項), or "". */
    String paragraphPrefix(Section owner, int n);

    /** The words of a cross reference (「上記3」). */
    String reference(Inline.Ref ref, Section from);

    static SectionLabels of(Numbering numbering) {
        return numbering == null ? FOUND : new Numbered(numbering);
    }

    /** The labels a text carried when it was imported. */
    SectionLabels FOUND = new SectionLabels() {
        @Override
        public String heading(Section section) {
            String found = section.found();
            String title = section.titleText();
            if (found == null || found.isBlank()) {
                return title;
            }
            return title.isEmpty() ? found : found + " " + title;
        }

        @Override
        public String item(Section owner, Block.Item item, boolean numbered, int depth, int n) {
            if (item.found() != null) {
                return item.found();
            }
            return numbered ? "" : "・";
        }

        @Override
        public String paragraphPrefix(Section owner, int n) {
            return "";
        }

        @Override
        public String reference(Inline.Ref ref, Section from) {
            return ref.found() != null ? ref.found() : "";
        }
    };

    /** Labels from a numbering style; imported labels win where a section carries them. */
    final class Numbered implements SectionLabels {
        private final Numbering numbering;

        Numbered(Numbering numbering) {
            this.numbering = numbering;
        }

        @Override
        public String heading(Section section) {
            return numbering.contains(section.id()) ? numbering.heading(section) : FOUND.heading(section);
        }

        @Override
        public String item(Section owner, Block.Item item, boolean numbered, int depth, int n) {
            if (item.found() != null) {
                return item.found();
            }
            if (!numbered) {
                return "・";
            }
            return numbering.contains(owner.id()) ? numbering.itemLabel(owner, depth, n) : "";
        }

        @Override
        public String paragraphPrefix(Section owner, int n) {
            return numbering.contains(owner.id()) ? numbering.paragraphPrefix(owner, n) : "";
        }

        @Override
        public String reference(Inline.Ref ref, Section from) {
            if (ref.found() != null) {
                return ref.found();
            }
            try {
                return numbering.referenceText(ref, from);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
    }
}
