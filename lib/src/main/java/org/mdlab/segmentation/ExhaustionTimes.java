package org.mdlab.segmentation;

import java.util.Arrays;

/**
 * An indexed binary min-heap of the "exhaustion times" of the values in the greedy algorithm of
 * {@link GreedySegmentation}: the cumulative level at which each value's residual mass runs out. Supports
 * insertion, lowering a key and removing the minimum in O(log K).
 */
final class ExhaustionTimes {

    private final int[] heap;
    private final int[] position;
    private final double[] time;
    private int size;

    ExhaustionTimes(int capacity) {
        heap = new int[capacity];
        position = new int[capacity];
        time = new double[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void insert(int item, double t) {
        time[item] = t;
        heap[size] = item;
        position[item] = size;
        up(size++);
    }

    void lower(int item, double t) {
        time[item] = t;
        up(position[item]);
        down(position[item]);
    }

    int peek() {
        return heap[0];
    }

    double time(int item) {
        return time[item];
    }

    int removeMin() {
        int top = heap[0];
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            down(0);
        }
        position[top] = -1;
        return top;
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (time[heap[parent]] <= time[heap[i]]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && time[heap[left]] < time[heap[smallest]]) {
                smallest = left;
            }
            if (right < size && time[heap[right]] < time[heap[smallest]]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int i, int j) {
        int a = heap[i];
        heap[i] = heap[j];
        heap[j] = a;
        position[heap[i]] = i;
        position[heap[j]] = j;
    }
}
