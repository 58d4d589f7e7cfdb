package jp.policygen.model;

/** Where a section's text came from; compare uses it to tell local wording from substitution. */
public enum Provenance {
    /** Written by the project's template, filled with the body's parameters. */
    TEMPLATE,
    /** The body replaced the template's text with its own wording. */
    LOCAL_REPLACED,
    /** A clause the body added; the model has no counterpart. */
    LOCAL_ADDED,
    /** Read from an existing text that policygen did not generate. */
    IMPORTED
}
