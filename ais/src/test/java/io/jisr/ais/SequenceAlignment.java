package io.jisr.ais;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Aligns two sequences of keys that are mostly the same, in the same order, but where either side
 * may have skipped items: Jisr's messages and gpsd's objects for one file, keyed by (type, MMSI).
 */
final class SequenceAlignment {
    /*
     * Implementation note: a longest common subsequence by Myers' O((n + m)·D) difference algorithm
     * ("An O(ND) Difference Algorithm and Its Variations", Algorithmica 1, 1986), D being the number
     * of unpaired items. The decoders disagree on a few per cent of a file at most, so D stays small,
     * and the frontier of every round is kept (about D² integers) to walk the path back. A greedy
     * lookahead was tried first and failed where one decoder drops every other sentence (AMSA's
     * "!=IVDM" lines), which an LCS handles exactly.
     *
     * An LCS cannot tell which of two equal keys in a row is the partner when the other side has the
     * key once (one decoder dropped one of two reports of the same ship). Afterwards, each pair whose
     * neighbour on one side is unpaired with the same key is moved to that neighbour when the caller's
     * cost (the number of disagreeing fields) is strictly lower there.
     */

    /**
     * The result: pairs of indexes, and the indexes of each side that found no partner.
     *
     * @param pairs [left index, right index], in increasing order
     * @param leftOnly left indexes without a partner, in increasing order
     * @param rightOnly right indexes without a partner, in increasing order
     */
    record Result(List<int[]> pairs, List<Integer> leftOnly, List<Integer> rightOnly) {}

    /** More unpaired items than this means the inputs are unrelated; it also bounds memory (about D² ints). */
    static final int MAX_UNPAIRED = 5_000;

    private SequenceAlignment() {}

    /** Aligns two key sequences by {@code equals}, with no preference between equal keys. */
    static <K> Result align(List<K> left, List<K> right) {
        return align(left, right, (i, j) -> 0);
    }

    /**
     * Aligns two key sequences by {@code equals}; {@code cost} of pairing left i with right j decides
     * between equal keys where a key repeats on one side only.
     */
    static <K> Result align(List<K> left, List<K> right, ToIntBiFunction<Integer, Integer> cost) {
        int[] partnerOfLeft = longestCommonSubsequence(left, right);
        int[] partnerOfRight = new int[right.size()];
        Arrays.fill(partnerOfRight, -1);
        for (int i = 0; i < partnerOfLeft.length; i++) {
            if (partnerOfLeft[i] >= 0) {
                partnerOfRight[partnerOfLeft[i]] = i;
            }
        }
        refineRepeats(left, right, partnerOfLeft, partnerOfRight, cost);
        List<int[]> pairs = new ArrayList<>();
        List<Integer> leftOnly = new ArrayList<>();
        List<Integer> rightOnly = new ArrayList<>();
        for (int i = 0; i < partnerOfLeft.length; i++) {
            if (partnerOfLeft[i] >= 0) {
                pairs.add(new int[] {i, partnerOfLeft[i]});
            } else {
                leftOnly.add(i);
            }
        }
        for (int j = 0; j < partnerOfRight.length; j++) {
            if (partnerOfRight[j] < 0) {
                rightOnly.add(j);
            }
        }
        return new Result(pairs, leftOnly, rightOnly);
    }

    /** Returns, for each left index, its right partner in one longest common subsequence, or -1. */
    private static <K> int[] longestCommonSubsequence(List<K> a, List<K> b) {
        int n = a.size();
        int m = b.size();
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        v[offset + 1] = 0;
        // frontiers.get(d) holds v[-d-1 .. d+1] as it was when round d started.
        List<int[]> frontiers = new ArrayList<>();
        int rounds = -1;
        search:
        for (int d = 0; d <= max; d++) {
            if (d > MAX_UNPAIRED) {
                throw new IllegalStateException("sequences of " + n + " and " + m + " keys differ in more than "
                        + MAX_UNPAIRED + " places; they are not two decodings of one input");
            }
            frontiers.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    rounds = d;
                    break search;
                }
            }
        }
        int x = n;
        int y = m;
        for (int d = rounds; d >= 0; d--) {
            int[] frontier = frontiers.get(d);
            int base = -d - 1;
            int k = x - y;
            int previousK = k == -d || (k != d && frontier[k - 1 - base] < frontier[k + 1 - base]) ? k + 1 : k - 1;
            int previousX = d == 0 ? 0 : frontier[previousK - base];
            int previousY = d == 0 ? 0 : previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
                partner[x] = y;
            }
            x = previousX;
            y = previousY;
        }
        return partner;
    }

    /** Moves a pair to an unpaired neighbour with the same key where that pairing costs less. */
    private static <K> void refineRepeats(
            List<K> left,
            List<K> right,
            int[] partnerOfLeft,
            int[] partnerOfRight,
            ToIntBiFunction<Integer, Integer> cost) {
        for (int i = 0; i < partnerOfLeft.length; i++) {
            int j = partnerOfLeft[i];
            if (j < 0) {
                continue;
            }
            List<int[]> candidates = new ArrayList<>();
            for (int dj : new int[] {-1, 1}) {
                int other = j + dj;
                if (other >= 0
                        && other < right.size()
                        && partnerOfRight[other] < 0
                        && right.get(other).equals(left.get(i))) {
                    candidates.add(new int[] {i, other});
                }
            }
            for (int di : new int[] {-1, 1}) {
                int other = i + di;
                if (other >= 0
                        && other < left.size()
                        && partnerOfLeft[other] < 0
                        && left.get(other).equals(right.get(j))) {
                    candidates.add(new int[] {other, j});
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            int best = cost.applyAsInt(i, j);
            int[] chosen = null;
            for (int[] c : candidates) {
                int cc = cost.applyAsInt(c[0], c[1]);
                if (cc < best) {
                    best = cc;
                    chosen = c;
                }
            }
            if (chosen != null) {
                partnerOfLeft[i] = -1;
                partnerOfRight[j] = -1;
                partnerOfLeft[chosen[0]] = chosen[1];
                partnerOfRight[chosen[1]] = chosen[0];
            }
        }
    }
}
