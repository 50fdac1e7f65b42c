package dev.lectern.library;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A growing big-endian byte buffer for the cache format (a DataOutputStream over a ByteArrayOutputStream locks on every write). */
final class GrowingBuffer {

    private ByteBuffer buffer;

    GrowingBuffer(int capacity) {
        buffer = ByteBuffer.allocate(Math.max(capacity, 64));
    }

    int size() {
        return buffer.position();
    }

    private ByteBuffer room(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
            buffer.flip();
            buffer = bigger.put(buffer);
        }
        return buffer;
    }

    void putInt(int value) {
        room(4).putInt(value);
    }

    void putLong(long value) {
        room(8).putLong(value);
    }

    void put(byte value) {
        room(1).put(value);
    }

    void put(byte[] bytes, int length) {
        room(length).put(bytes, 0, length);
    }

    void putString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        putInt(utf8.length);
        put(utf8, utf8.length);
    }

    /** The backing array; its first {@link #size()} bytes are the content. */
    byte[] array() {
        return buffer.array();
    }
}
