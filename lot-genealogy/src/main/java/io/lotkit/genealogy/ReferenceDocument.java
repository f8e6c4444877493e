package io.lotkit.genealogy;

/**
 * The business document behind a critical tracking event, a key data element of the FSMA 204 record: for example
 * a bill of lading, an invoice, a production order or a count sheet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the document type, e.g. {@code "BOL"}, {@code "Invoice"}, {@code "Production order"}
 * @param number the document number
 */
public record ReferenceDocument(String type, String number) {

    /**
     * Validates the parts.
     *
     * @param type the document type
     * @param number the document number
     * @throws IllegalArgumentException if a part is {@code null}, blank or contains a control character
     */
    public ReferenceDocument {
        Checks.text("type", type);
        Checks.text("number", number);
    }

    /**
     * Returns the reference document {@code number} of {@code type}.
     *
     * @param type the document type
     * @param number the document number
     * @return the reference
     * @throws IllegalArgumentException if a part is {@code null}, blank or contains a control character
     */
    public static ReferenceDocument of(String type, String number) {
        return new ReferenceDocument(type, number);
    }
}
