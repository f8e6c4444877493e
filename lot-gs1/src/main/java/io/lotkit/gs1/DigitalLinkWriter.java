package io.lotkit.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the canonical GS1 Digital Link URI of a message: the first primary key and its qualifiers in the path, in
 * the dictionary's order; the other elements as query attributes, those of predefined length first, each group in
 * message order.
 */
final class DigitalLinkWriter {

    static final String DEFAULT_DOMAIN = "https://id.gs1.org";

    private DigitalLinkWriter() {
    }

    /** Returns the URI, or null when the message cannot be written as a Digital Link. */
    static String write(Gs1Message message, String domain) {
        List<Gs1Element> elements = message.elements();
        Gs1Dictionary dictionary = message.dictionary();
        int keyIndex = -1;
        for (int i = 0; i < elements.size() && keyIndex < 0; i++) {
            AiDefinition definition = dictionary.find(elements.get(i).ai()).orElse(null);
            if (definition != null && definition.dlPrimaryKey()) {
                keyIndex = i;
            }
        }
        if (keyIndex < 0) {
            return null;
        }
        Gs1Element key = elements.get(keyIndex);
        AiDefinition keyDefinition = dictionary.find(key.ai()).orElseThrow();
        List<String> allQualifiers = new ArrayList<>();
        keyDefinition.dlQualifierPaths().forEach(allQualifiers::addAll);
        List<String> present = new ArrayList<>();
        for (Gs1Element element : elements) {
            if (allQualifiers.contains(element.ai()) && !present.contains(element.ai())) {
                present.add(element.ai());
            }
        }
        // A message read from a Digital Link keeps its path: its qualifiers were checked when it was read.
        List<String> sequence = message.dlPathLength() > 0 && keyIndex == 0
                ? pathAis(elements.subList(1, message.dlPathLength()))
                : DigitalLinkKeys.sequenceFor(keyDefinition, present);
        if (sequence == null) {
            return null; // qualifiers of two alternative sequences (e.g. 235 with 10) cannot share one path
        }
        StringBuilder uri = new StringBuilder(domain.length() + 24 * elements.size());
        uri.append(domain);
        appendPathElement(uri, key);
        for (String qualifier : sequence) {
            for (Gs1Element element : elements) {
                if (element.ai().equals(qualifier)) {
                    appendPathElement(uri, element);
                    break;
                }
            }
        }
        List<Gs1Element> attributes = new ArrayList<>();
        for (boolean predefined : new boolean[] {true, false}) {
            for (int i = 0; i < elements.size(); i++) {
                Gs1Element element = elements.get(i);
                if (element.ai().equals(key.ai()) || sequence.contains(element.ai()) || containsAi(attributes, element.ai())) {
                    continue;
                }
                AiDefinition definition = dictionary.find(element.ai()).orElse(null);
                if (definition == null || !definition.dlDataAttribute()) {
                    return null;
                }
                if (definition.predefinedLength() == predefined) {
                    attributes.add(element);
                }
            }
        }
        for (int i = 0; i < attributes.size(); i++) {
            uri.append(i == 0 ? '?' : '&').append(attributes.get(i).ai()).append('=');
            PercentCoding.encode(uri, attributes.get(i).value());
        }
        return uri.toString();
    }

    private static List<String> pathAis(List<Gs1Element> qualifiers) {
        List<String> ais = new ArrayList<>(qualifiers.size());
        qualifiers.forEach(q -> ais.add(q.ai()));
        return ais;
    }

    private static void appendPathElement(StringBuilder uri, Gs1Element element) {
        uri.append('/').append(element.ai()).append('/');
        PercentCoding.encode(uri, element.value());
    }

    private static boolean containsAi(List<Gs1Element> elements, String ai) {
        for (Gs1Element element : elements) {
            if (element.ai().equals(ai)) {
                return true;
            }
        }
        return false;
    }

    /** Checks a domain prefix such as {@code https://example.com/some/stem} and removes a trailing slash. */
    static String checkDomain(String domain) {
        if (domain == null) {
            throw new IllegalArgumentException("domain must not be null");
        }
        boolean scheme = domain.startsWith("https://") || domain.startsWith("http://");
        int hostStart = domain.indexOf("://") + 3;
        if (!scheme || domain.length() <= hostStart || domain.indexOf('?') >= 0 || domain.indexOf('#') >= 0) {
            throw new IllegalArgumentException(
                    "domain must be http:// or https:// with a host and optional path, no query: " + domain);
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (c <= ' ' || c >= 127) {
                throw new IllegalArgumentException("domain has an illegal character at index " + i + ": " + domain);
            }
        }
        return domain.endsWith("/") ? domain.substring(0, domain.length() - 1) : domain;
    }
}
