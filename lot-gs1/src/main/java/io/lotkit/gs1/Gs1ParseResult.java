package io.lotkit.gs1;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a parse that does not throw: the message, or the errors; and in either case the warnings of a
 * lenient parse.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gs1ParseResult {

    private final Gs1Message message;
    private final List<Gs1Error> errors;
    private final List<Gs1Error> warnings;

    Gs1ParseResult(Gs1Message message, List<Gs1Error> errors, List<Gs1Error> warnings) {
        this.message = message;
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Tells whether the input was accepted.
     *
     * @return {@code true} if there are no errors (warnings may remain)
     */
    public boolean isOk() {
        return errors.isEmpty();
    }

    /**
     * Returns the message read.
     *
     * @return the message, or empty if the input was rejected
     */
    public Optional<Gs1Message> message() {
        return Optional.ofNullable(message);
    }

    /**
     * Returns the message, or throws the errors.
     *
     * @return the message
     * @throws Gs1ParseException if the input was rejected
     */
    public Gs1Message orElseThrow() {
        if (message == null) {
            throw new Gs1ParseException(errors);
        }
        return message;
    }

    /**
     * Returns the problems found, first one first.
     *
     * @return an immutable list, empty if the input was accepted
     */
    public List<Gs1Error> errors() {
        return errors;
    }

    /**
     * Returns what a lenient parse repaired (never anything in strict mode).
     *
     * @return an immutable list
     */
    public List<Gs1Error> warnings() {
        return warnings;
    }

    /** Returns the message, or the errors, and the warnings. */
    @Override
    public String toString() {
        return (message != null ? "ok " + message : "errors " + errors)
                + (warnings.isEmpty() ? "" : " warnings " + warnings);
    }
}
