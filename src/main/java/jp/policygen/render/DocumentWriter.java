package jp.policygen.render;

import jp.policygen.numbering.Numbering;

/** Renders a numbered document into one output format. Writers hold no per-document state. */
public interface DocumentWriter {

    /** The file extension, without the dot: md, html, pdf. */
    String extension();

    byte[] write(Numbering numbered);
}
