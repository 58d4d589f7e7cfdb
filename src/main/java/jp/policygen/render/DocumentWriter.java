package jp.policygen.render;

import jp.policygen.numbering.Numbering;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;

/** Renders a printed document into one output format. Writers hold no per-document state. */
public interface DocumentWriter {

    /** The file extension, without the dot: md, html, pdf. */
    String extension();

    byte[] write(PrintedDocument printed);

    /** A numbered document, printed first; when several writers render one document, print it once instead. */
    default byte[] write(Numbering numbered) {
        return write(Printer.print(numbered));
    }
}
