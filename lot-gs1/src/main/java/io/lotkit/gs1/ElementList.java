package io.lotkit.gs1;

import java.util.AbstractList;
import java.util.RandomAccess;

/** An immutable list over an array that nobody else holds: the elements of a message, without a second copy. */
final class ElementList extends AbstractList<Gs1Element> implements RandomAccess {

    private final Gs1Element[] elements;

    ElementList(Gs1Element[] elements) {
        this.elements = elements;
    }

    @Override
    public Gs1Element get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
