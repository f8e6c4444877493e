package io.lotkit.gs1;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list over the first {@code size} slots of an array that nobody changes: the elements of a message,
 * without a second copy.
 */
final class ElementList extends AbstractList<Gs1Element> implements RandomAccess {

    private final Gs1Element[] elements;
    private final int size;

    ElementList(Gs1Element[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    @Override
    public Gs1Element get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is out of bounds for a list of " + size);
        }
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
