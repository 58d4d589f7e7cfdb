package jp.policygen;

/** The documented exit codes of every policygen command. */
public enum ExitCode {
    /** Everything done. */
    OK(0),
    /** The command ran and found something to report (lint findings, differences). */
    FINDINGS(1),
    /** The input is wrong: parameters, templates, clause files, command line. Nothing was written. */
    BAD_INPUT(2),
    /** Output could not be written (disk, permissions). The last good output is kept. */
    IO_ERROR(3),
    /** A bug in policygen. */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
