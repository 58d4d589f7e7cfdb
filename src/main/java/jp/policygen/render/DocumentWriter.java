package jp.policygen.render;

import jp.policygen.numbering.Numbering;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;

/** Renders a printed document into one output format. Writers hold no per-document state. */
public interface DocumentWriter {

    /** The file extension, without the dot: md, html, pdf. */
    String extension();

    byte[] write(PrintedDocument printed);

    /**
     * The document on a body's page (its house style: paper, margins, grid, fonts); writers whose
     * format has no page of its own (Markdown, HTML) ignore it.
     */
    default byte[] write(PrintedDocument printed, jp.policygen.model.PageSetup page) {
        return write(printed);
    }

    /** A numbered document, printed first; when several writers render one document, print it once instead. */
    default byte[] write(Numbering numbered) {
        return write(Printer.print(numbered));
    }
}
