package jp.policygen.model;

/** Whether a document (or clause) may be published. The standards are private by nature. */
public enum Visibility {
    PUBLIC, PRIVATE
}
