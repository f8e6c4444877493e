/**
 * Lotkit genealogy: the in-memory lot genealogy graph with forward and backward traces, recall scope and the
 * FSMA 204 and EPCIS 2.0 exports.
 */
module io.lotkit.genealogy {
    requires transitive io.lotkit.core;
    requires io.lotkit.gs1;
    requires com.fasterxml.jackson.databind;

}
