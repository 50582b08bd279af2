package io.jisr.sim;

import java.util.Arrays;

/**
 * A binary min-heap of primitive keys: the next reports of every station, ordered by time. Keys
 * pack the time relative to the start with the station and report kind, so ties break the same way
 * on every run and no object is allocated per report.
 */
final class EventQueue {
    static final int KIND_BITS = 2;
    static final int INDEX_BITS = 21;
    static final int MAX_INDEX = (1 << INDEX_BITS) - 1;

    private long[] heap = new long[1024];
    private int size;

    static long key(long relativeMillis, int index, int kind) {
        return (relativeMillis << (INDEX_BITS + KIND_BITS)) | ((long) index << KIND_BITS) | kind;
    }

    static long millisOf(long key) {
        return key >>> (INDEX_BITS + KIND_BITS);
    }

    static int indexOf(long key) {
        return (int) ((key >>> KIND_BITS) & MAX_INDEX);
    }

    static int kindOf(long key) {
        return (int) (key & ((1 << KIND_BITS) - 1));
    }

    boolean isEmpty() {
        return size == 0;
    }

    long peek() {
        return heap[0];
    }

    void add(long key) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    long poll() {
        long top = heap[0];
        long last = heap[--size];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (last <= heap[child]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (size > 0) {
            heap[i] = last;
        }
        return top;
    }
}
