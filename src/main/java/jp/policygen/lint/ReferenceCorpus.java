package jp.policygen.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jp.policygen.Project;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.render.MarkdownWriter;

/**
 * The wording a text is expected to follow, for the rule that finds slips by reading
 * ({@code terms.slip}): the model's generated text, as its Markdown reads. A small interface so
 * the pipeline can hand lint the text it has already built; {@link #NONE} when there is none (the
 * rule then reads the text against its own repeated wording only).
 */
public interface ReferenceCorpus {

    /** The texts, each as printed (Markdown or plain). */
    List<String> texts();

    ReferenceCorpus NONE = List::of;

    static ReferenceCorpus of(List<String> texts) {
        List<String> copy = List.copyOf(texts);
        return () -> copy;
    }

    /** Built when first read (lint of a text that never needs it does not pay for it). */
    static ReferenceCorpus lazy(Supplier<List<String>> texts) {
        return new ReferenceCorpus() {
            private List<String> built;

            @Override
            public synchronized List<String> texts() {
                if (built == null) {
                    built = List.copyOf(texts.get());
                }
                return built;
            }
        };
    }

    /** The national model of a project ({@code municipalities/model}), both documents; NONE when it has none. */
    static ReferenceCorpus model(Project project) {
        if (!project.bodyIds().contains("model")) {
            return NONE;
        }
        return lazy(() -> {
            BodyParams model = project.params().read("model");
            List<String> out = new ArrayList<>();
            MarkdownWriter writer = new MarkdownWriter();
            for (Numbering n : project.build(model)) {
                out.add(writer.render(n));
            }
            return out;
        });
    }
}
