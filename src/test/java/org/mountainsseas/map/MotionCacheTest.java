package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MotionCacheTest {
    private static final int W = 4;
    private static final int H = 3;

    /** Pixel values 1..12, row by row, so a moved pixel says where it came from. */
    private static int[] numbered() {
        int[] px = new int[W * H];
        for (int i = 0; i < px.length; i++) {
            px[i] = i + 1;
        }
        return px;
    }

    private static int[] resample(double k, double ox, double oy) {
        int[] out = new int[W * H];
        java.util.Arrays.fill(out, -7);
        MotionCache.resample(numbered(), out, W, H, W, k, ox, oy, new int[4 * W]);
        return out;
    }

    @Test
    void anUnmovedFrameIsCopiedPixelForPixel() {
        assertArrayEquals(numbered(), resample(1, 0, 0));
    }

    @Test
    void aPanMovesEveryPixelAndLeavesTheUncoveredEdgeClear() {
        int[] out = resample(1, 1, 0);
        assertArrayEquals(new int[] {0, 1, 2, 3, 0, 5, 6, 7, 0, 9, 10, 11}, out);
        int[] up = resample(1, 0, -1);
        assertArrayEquals(new int[] {5, 6, 7, 8, 9, 10, 11, 12, 0, 0, 0, 0}, up);
    }

    @Test
    void zoomingInTwiceRepeatsEachSourcePixelTwiceEachWay() {
        int[] out = resample(2, 0, 0);
        assertArrayEquals(new int[] {1, 1, 2, 2, 1, 1, 2, 2, 5, 5, 6, 6}, out);
    }

    @Test
    void zoomingOutKeepsEveryOtherPixelAndClearsTheRest() {
        int[] out = resample(0.5, 0, 0);
        // pixel centres: target (0, 0) samples source (1, 1), target (1, 0) source (3, 1)
        assertEquals(6, out[0]);
        assertEquals(8, out[1]);
        assertEquals(0, out[2], "beyond the shrunken image: clear");
        assertEquals(0, out[W], "row 1 samples source row 3, outside");
    }

    @Test
    void aWiderTargetKeepsItsRowsApartAndItsSpareColumnsUntouched() {
        int[] out = new int[6 * H];
        java.util.Arrays.fill(out, -7);
        MotionCache.resample(numbered(), out, W, H, 6, 1, 0, 0, new int[4 * 6]);
        assertArrayEquals(new int[] {1, 2, 3, 4, -7, -7, 5, 6, 7, 8, -7, -7, 9, 10, 11, 12, -7, -7}, out);
    }

    @Test
    void copyingInRunsGivesWhatSamplingEachPixelGives() {
        int w = 37, h = 23;
        java.util.Random random = new java.util.Random(21);
        int[] source = new int[w * h];
        for (int i = 0; i < source.length; i++) {
            source[i] = random.nextInt();
        }
        double[] scales = {1, 1.0001, 0.999, 1.37, 2, 2.8, 0.5, 0.73, 3.9};
        for (double k : scales) {
            for (int t = 0; t < 20; t++) {
                double ox = (random.nextDouble() - 0.5) * 2 * w, oy = (random.nextDouble() - 0.5) * 2 * h;
                if (t == 0) {
                    ox = Math.rint(ox);
                    oy = Math.rint(oy);
                }
                int stride = w + t % 3;
                int[] out = new int[stride * h], expected = new int[stride * h];
                java.util.Arrays.fill(out, -7);
                java.util.Arrays.fill(expected, -7);
                MotionCache.resample(source, out, w, h, stride, k, ox, oy, new int[4 * w]);
                eachPixel(source, expected, w, h, stride, k, ox, oy);
                assertArrayEquals(expected, out, "k=" + k + " ox=" + ox + " oy=" + oy);
            }
        }
    }

    @Test
    void aPanIsTheFrameMovedByItsPanShift() {
        int w = 23, h = 9;
        int[] source = new int[w * h];
        for (int i = 0; i < source.length; i++) {
            source[i] = i + 1;
        }
        java.util.Random random = new java.util.Random(7);
        double[] offsets = {0, 0.5, -0.5, 1.5, -2.5, 3.49, 3.51};
        for (int t = 0; t < 40; t++) {
            double ox = t < offsets.length ? offsets[t] : (random.nextDouble() - 0.5) * 20;
            double oy = t < offsets.length ? -offsets[t] : (random.nextDouble() - 0.5) * 10;
            int[] out = new int[w * h];
            MotionCache.resample(source, out, w, h, w, 1, ox, oy, new int[4 * w]);
            int dx = (int) MotionCache.panShift(ox), dy = (int) MotionCache.panShift(oy);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int sx = x - dx, sy = y - dy;
                    int moved = sx < 0 || sx >= w || sy < 0 || sy >= h ? 0 : source[sy * w + sx];
                    assertEquals(moved, out[y * w + x], "ox=" + ox + " oy=" + oy + " at " + x + "," + y);
                }
            }
        }
    }

    /** The definition, pixel by pixel. */
    private static void eachPixel(int[] source, int[] out, int w, int h, int stride, double k, double ox, double oy) {
        for (int y = 0; y < h; y++) {
            int sy = (int) Math.floor((y + 0.5 - oy) / k);
            for (int x = 0; x < w; x++) {
                int sx = (int) Math.floor((x + 0.5 - ox) / k);
                out[y * stride + x] = sx < 0 || sx >= w || sy < 0 || sy >= h ? 0 : source[sy * w + sx];
            }
        }
    }
}
