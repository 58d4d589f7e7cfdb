package jp.policygen.model;

/** One entry of the revision history: the date as printed (和暦) and an optional note. */
public record Revision(String date, String note) {
}
