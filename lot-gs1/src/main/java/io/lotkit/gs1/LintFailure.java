package io.lotkit.gs1;

/**
 * Why a component failed a {@link Linter}, and where.
 *
 * @param code a stable reason code in upper snake case, e.g. {@code INCORRECT_CHECK_DIGIT}
 * @param message a sentence a person can act on
 * @param start the index in the component where the offending span starts
 * @param end the index in the component just past the offending span ({@code start == end} for something missing)
 */
record LintFailure(String code, String message, int start, int end) {
}
