package io.lotkit.genealogy;

/** Which way a trace follows the genealogy. */
public enum TraceDirection {
    /** From a lot to every lot made from it (its descendants). */
    FORWARD,
    /** From a lot to every lot it was made from (its ancestors), up to the lots received from suppliers. */
    BACKWARD
}
