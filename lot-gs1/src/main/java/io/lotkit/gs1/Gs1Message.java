package io.lotkit.gs1;

import java.util.ArrayList;
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

    private final List<Gs1Element> elements;
    private final int compositeStart;
    private final Gs1Dictionary dictionary;
    private volatile String bracketed;
    private volatile String unbracketed;

    Gs1Message(List<Gs1Element> elements, int compositeStart, Gs1Dictionary dictionary) {
        this.elements = elements;
        this.compositeStart = compositeStart;
        this.dictionary = dictionary;
    }

    /**
     * Returns the elements in the order they were read.
     *
     * @return an immutable list
     */
    public List<Gs1Element> elements() {
        return elements;
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
        requireAi(ai);
        List<String> values = new ArrayList<>(2);
        for (Gs1Element element : elements) {
            if (element.ai().equals(ai)) {
                values.add(element.value());
            }
        }
        return List.copyOf(values);
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

    String valueOf(String ai) {
        requireAi(ai);
        for (Gs1Element element : elements) {
            if (element.ai().equals(ai)) {
                return element.value();
            }
        }
        return null;
    }

    private static void requireAi(String ai) {
        if (ai == null) {
            throw new IllegalArgumentException("ai must not be null");
        }
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
            StringBuilder out = new StringBuilder(16 * elements.size());
            for (int i = 0; i < elements.size(); i++) {
                Gs1Element element = elements.get(i);
                out.append(i == compositeStart ? "|" : "").append('(').append(element.ai()).append(')');
                String value = element.value();
                for (int c = 0; c < value.length(); c++) {
                    char ch = value.charAt(c);
                    if (ch == '(') {
                        out.append('\\');
                    }
                    out.append(ch);
                }
            }
            text = out.toString();
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

    boolean needsSeparator(String ai) {
        Optional<AiDefinition> definition = dictionary.find(ai);
        return definition.isEmpty() || definition.get().fnc1Required();
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
                && elements.equals(that.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode() * 31 + compositeStart;
    }

    /** Returns the bracketed form. */
    @Override
    public String toString() {
        return toBracketed();
    }
}
