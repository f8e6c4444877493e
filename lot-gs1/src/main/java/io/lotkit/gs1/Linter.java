package io.lotkit.gs1;

/**
 * One of the check routines ("linters") that the GS1 Barcode Syntax Dictionary names for a component of an AI's
 * value, such as {@code csum} (a GS1 check digit) or {@code yymmdd} (a date).
 *
 * <p>Implementations are stateless and thread-safe.
 */
@FunctionalInterface
interface Linter {

    /**
     * Checks one component value.
     *
     * @param component the component's characters alone (not the whole element string)
     * @return {@code null} when the component passes, otherwise what is wrong and where
     */
    LintFailure lint(String component);
}
