package jp.policygen.amend;

import java.util.Objects;

/** A change of words inside a provision, as an amendment quotes it. */
public sealed interface Edit {

    /** 「「A」を「B」に改める」. */
    record Replace(String from, String to) implements Edit {
        public Replace {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** 「「A」を削る」. */
    record Delete(String text) implements Edit {
        public Delete {
            Objects.requireNonNull(text, "text");
        }
    }

    /** 「「A」の下に「B」を加える」 ({@code after}) or 「「A」の上に「B」を加える」. */
    record Insert(String anchor, String text, boolean after) implements Edit {
        public Insert {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(text, "text");
        }
    }
}
