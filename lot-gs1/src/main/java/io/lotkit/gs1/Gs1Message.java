package io.lotkit.gs1;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A parsed (or built) GS1 message: the ordered elements (AI and raw value) with typed views, shortcuts for what lot
 * tracking reads most, and the normalised forms. A message may have a composite component (the part after
 * {@code |} in GS1's notation); {@link #compositeStart()} says where it begins.
 *
 * <p>Immutable and thread-safe. Typed views are computed on demand; normalised strings are computed once.
 */
public final class Gs1Message {

    // The elements' entries and raw values in slots [0, size); the arrays may be a few slots longer (they are the
    // parser's, handed over). The Gs1Element records are made when first asked for (see elements()).
    private final AiEntry[] entries;
    private final String[] values;
    private final int size;
    private final int compositeStart;
    // For a message read from a Digital Link: how many leading elements were its path (key and qualifiers).
    private final int dlPathLength;
    private final Gs1Dictionary dictionary;
    // Computed on first use. A race computes them twice, harmlessly: both are immutable with final fields.
    private ElementList elementList;
    private volatile String bracketed;
    private volatile String unbracketed;

    Gs1Message(AiEntry[] entries, String[] values, int size, int compositeStart, int dlPathLength,
            Gs1Dictionary dictionary) {
        this.entries = entries;
        this.values = values;
        this.size = size;
        this.compositeStart = compositeStart;
        this.dlPathLength = dlPathLength;
        this.dictionary = dictionary;
    }

    /**
     * Returns a builder for a new message.
     *
     * @return a new builder
     */
    public static Gs1MessageBuilder builder() {
        return new Gs1MessageBuilder();
    }

    /**
     * Returns the elements in the order they were read.
     *
     * @return an immutable list
     */
    public List<Gs1Element> elements() {
        ElementList list = elementList;
        if (list == null) {
            // Made on first use rather than by the parser: the parser checked each AI and value already, while the
            // records' public constructor checks them again. The list's final fields publish the array safely.
            Gs1Element[] elements = new Gs1Element[size];
            for (int i = 0; i < size; i++) {
                elements[i] = new Gs1Element(entries[i].ai, values[i]);
            }
            list = new ElementList(elements, size);
            elementList = list;
        }
        return list;
    }

    /**
     * Returns the index in {@link #elements()} of the first element of the composite component.
     *
     * @return the index, or {@code -1} if the message has no composite component
     */
    public int compositeStart() {
        return compositeStart;
    }

    /**
     * Returns the dictionary the message was read or built with.
     *
     * @return the dictionary
     */
    public Gs1Dictionary dictionary() {
        return dictionary;
    }

    /**
     * Returns the value of the first element with the given AI.
     *
     * @param ai the AI's digits
     * @return the raw value, or empty if the message lacks the AI
     * @throws IllegalArgumentException if {@code ai} is {@code null}
     */
    public Optional<String> get(String ai) {
        return Optional.ofNullable(valueOf(ai));
    }

    /**
     * Returns the values of every element with the given AI, in order.
     *
     * @param ai the AI's digits
     * @return an immutable list, empty if the message lacks the AI
     * @throws IllegalArgumentException if {@code ai} is {@code null}
     */
    public List<String> getAll(String ai) {
        MessageViews.requireAi(ai);
        return MessageViews.valuesOf(entries, values, size, ai);
    }

    /**
     * Tells whether the message holds the AI.
     *
     * @param ai the AI's digits
     * @return whether an element has that AI
     * @throws IllegalArgumentException if {@code ai} is {@code null}
     */
    public boolean has(String ai) {
        return valueOf(ai) != null;
    }

    // ---- Shortcuts for what lot tracking reads most -------------------------------------------------------------

    /**
     * Returns the GTIN (AI 01).
     *
     * @return the GTIN, or empty if the message has no AI 01
     */
    public Optional<Gtin> gtin() {
        String value = valueOf("01");
        return value == null ? Optional.empty() : Optional.of(new Gtin(value));
    }

    /**
     * Returns the GTIN an AI holds: 01 (GTIN), 02 (GTIN of contained items) or 03 (made-to-order GTIN).
     *
     * @param ai {@code 01}, {@code 02} or {@code 03}
     * @return the GTIN, or empty if the message lacks the AI
     * @throws IllegalArgumentException if {@code ai} is not one of those
     */
    public Optional<Gtin> gtin(String ai) {
        return MessageViews.gtin(this, ai);
    }

    /**
     * Returns the batch or lot number (AI 10).
     *
     * @return the lot number, or empty
     */
    public Optional<String> lot() {
        return get("10");
    }

    /**
     * Returns the serial number (AI 21).
     *
     * @return the serial number, or empty
     */
    public Optional<String> serial() {
        return get("21");
    }

    /**
     * Returns the SSCC (AI 00), whose check digit the parser verified.
     *
     * @return the 18 digits, or empty
     */
    public Optional<String> sscc() {
        return get("00");
    }

    /**
     * Returns a Global Location Number held by one of the GLN AIs 410–417 (ship to, bill to, … party), whose check
     * digit the parser verified.
     *
     * @param ai one of {@code 410} to {@code 417}
     * @return the 13 digits, or empty if the message lacks the AI
     * @throws IllegalArgumentException if {@code ai} is not a GLN AI
     */
    public Optional<String> gln(String ai) {
        return MessageViews.gln(this, ai);
    }

    /**
     * Returns the expiry ("use by") date (AI 17), the two-digit year resolved against today's date.
     *
     * @return the date, or empty if absent (or {@code 000000}, which a lenient parse reads as absent)
     */
    public Optional<Gs1Date> expiry() {
        return date("17");
    }

    /**
     * Returns the best-before date (AI 15).
     *
     * @return the date, or empty
     */
    public Optional<Gs1Date> bestBefore() {
        return date("15");
    }

    /**
     * Returns the production date (AI 11).
     *
     * @return the date, or empty
     */
    public Optional<Gs1Date> productionDate() {
        return date("11");
    }

    /**
     * Returns the count of items: AI 37 (count of trade items in a logistic unit), else AI 30 (variable count).
     *
     * @return the count, or empty if neither AI is present
     */
    public Optional<BigDecimal> count() {
        return MessageViews.count(this);
    }

    /**
     * Returns the lot identity of {@code lot-core}: item = the GTIN's 14 digits, lot number = AI 10.
     *
     * @return the lot identity, or empty unless both GTIN and lot are present
     */
    public Optional<LotId> lotId() {
        String gtin = valueOf("01");
        String lot = valueOf("10");
        return gtin == null || lot == null ? Optional.empty() : Optional.of(LotId.of(gtin, lot));
    }

    // ---- Typed views by AI --------------------------------------------------------------------------------------

    /**
     * Returns the date an AI holds, resolving a two-digit year against today's date (system clock and zone).
     *
     * @param ai a date AI, e.g. {@code 17}, {@code 7003} or {@code 7250}
     * @return the date, or empty if the message lacks the AI or it holds {@code 000000}
     * @throws IllegalArgumentException if {@code ai} is {@code null} or not a date AI
     */
    public Optional<Gs1Date> date(String ai) {
        return MessageViews.date(this, ai, CurrentYear.get());
    }

    /**
     * Returns the date an AI holds, resolving a two-digit year by the GS1 rule relative to {@code today}.
     *
     * @param ai a date AI
     * @param today the reference date for the century of two-digit years
     * @return the date, or empty if the message lacks the AI or it holds {@code 000000}
     * @throws IllegalArgumentException if an argument is {@code null} or {@code ai} is not a date AI
     */
    public Optional<Gs1Date> date(String ai, LocalDate today) {
        MessageViews.checkReferenceDate(this, ai, today);
        return MessageViews.date(this, ai, today.getYear());
    }

    /**
     * Returns the date and time an AI holds (e.g. 7003, 8008, 4324), resolving a two-digit year against
     * {@code today}.
     *
     * @param ai a date-and-time AI
     * @param today the reference date for the century of two-digit years
     * @return the date and time, or empty if the AI is absent or its value gives no time
     * @throws IllegalArgumentException if an argument is {@code null} or {@code ai} is not a date AI
     */
    public Optional<LocalDateTime> dateTime(String ai, LocalDate today) {
        MessageViews.checkReferenceDate(this, ai, today);
        return MessageViews.dateTime(this, ai, today.getYear());
    }

    /**
     * Returns the measure an AI holds: 310n–369n (weights, lengths, areas, volumes with {@code n} decimals), 337n,
     * 394n (percent) and 4330–4333 (temperatures).
     *
     * @param ai a measure AI
     * @return the value and unit, or empty if the message lacks the AI
     * @throws IllegalArgumentException if {@code ai} is {@code null} or not a measure AI
     */
    public Optional<Measure> measure(String ai) {
        return MessageViews.measure(this, ai);
    }

    /**
     * Returns the amount an AI holds: 390n and 392n (local currency), 391n and 393n (with an ISO 4217 currency).
     *
     * @param ai an amount AI
     * @return the amount, or empty if the message lacks the AI
     * @throws IllegalArgumentException if {@code ai} is {@code null} or not an amount AI
     */
    public Optional<Amount> amount(String ai) {
        return MessageViews.amount(this, ai);
    }

    /**
     * Returns the country codes an AI holds (ISO 3166 numeric, or alpha-2 for 4307 and 4317), e.g. the one of
     * 422 (origin) or up to five of 423.
     *
     * @param ai an AI with country components
     * @return the codes in order; empty if the message lacks the AI
     * @throws IllegalArgumentException if {@code ai} is {@code null} or has no country component
     */
    public List<String> countries(String ai) {
        return MessageViews.countries(this, ai);
    }

    String valueOf(String ai) {
        MessageViews.requireAi(ai);
        for (int i = 0; i < size; i++) {
            if (entries[i].ai.equals(ai)) {
                return values[i];
            }
        }
        return null;
    }

    /**
     * Returns the bracketed form, e.g. {@code (01)09501101020917(10)ABC123}, with {@code (} in a value written
     * {@code \(} and {@code |} before a composite component.
     *
     * @return the bracketed string
     */
    public String toBracketed() {
        String text = bracketed;
        if (text == null) {
            text = ElementStringWriter.bracketed(this);
            bracketed = text;
        }
        return text;
    }

    /**
     * Returns the unbracketed form in GS1's text convention: {@code ^} for FNC1 in first position and as the
     * separator after each variable-length value that another element follows, {@code |^} before a composite
     * component; e.g. {@code ^010950110102091710ABC123^21XYZ}.
     *
     * @return the unbracketed string
     */
    public String toUnbracketed() {
        String text = unbracketed;
        if (text == null) {
            text = ElementStringWriter.dataString(this, '^', '^', false);
            unbracketed = text;
        }
        return text;
    }

    /**
     * Returns the data string a barcode encoder needs: FNC1 in first position, and FNC1 (the same character) as the
     * separator after each variable-length value that another element follows.
     *
     * @param fnc1 the character standing for FNC1, e.g. {@code ^} or GS (29)
     * @param predefinedFirst whether the elements of predefined length may be moved before the others (within
     *     each component), which saves separators
     * @return the data string
     */
    public String toDataString(char fnc1, boolean predefinedFirst) {
        return ElementStringWriter.dataString(this, fnc1, fnc1, predefinedFirst);
    }

    /**
     * Returns the canonical GS1 Digital Link URI on {@code https://id.gs1.org}.
     *
     * @return the URI, or empty when the message has no primary key, mixes qualifiers of alternative sequences
     *     (such as 235 with 10), or holds an AI that may not be a Digital Link attribute
     */
    public Optional<String> toDigitalLink() {
        return Optional.ofNullable(DigitalLinkWriter.write(this, DigitalLinkWriter.DEFAULT_DOMAIN));
    }

    /**
     * Returns the canonical GS1 Digital Link URI on the given domain (which may carry a path stem).
     *
     * @param domain e.g. {@code https://example.com} or {@code https://example.com/stem}
     * @return the URI, or empty when no Digital Link can be made (see {@link #toDigitalLink()})
     * @throws IllegalArgumentException if {@code domain} is {@code null} or not an http(s) URI without query
     */
    public Optional<String> toDigitalLink(String domain) {
        return Optional.ofNullable(DigitalLinkWriter.write(this, DigitalLinkWriter.checkDomain(domain)));
    }

    int dlPathLength() {
        return dlPathLength;
    }

    /**
     * Two messages are equal when they have the same elements in the same order and the same composite split.
     *
     * @param other the object to compare with
     * @return whether they are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Gs1Message that && compositeStart == that.compositeStart
                && elements().equals(that.elements());
    }

    @Override
    public int hashCode() {
        return elements().hashCode() * 31 + compositeStart;
    }

    /** Returns the bracketed form. */
    @Override
    public String toString() {
        return toBracketed();
    }
}
