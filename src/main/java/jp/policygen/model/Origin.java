package jp.policygen.model;

/**
 * Where printed words came from: a file (relative to the project, '/'-separated), the line and
 * column of their first character there (1-based; 0 when unknown), and for a parameter value the
 * key it came from (「roles.ciso.title」), or null for words written in the file itself.
 */
public record Origin(String file, int line, int column, String parameter) {

    /** 「templates/r7/basic-policy/purpose.ftl:3:5」. */
    public String location() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    public boolean isParameter() {
        return parameter != null;
    }
}
