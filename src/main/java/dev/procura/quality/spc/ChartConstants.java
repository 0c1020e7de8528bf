package dev.procura.quality.spc;

/**
 * Control chart constants (A2, A3, B3, B4, D3, D4, d2, c4) for subgroup sizes 2..25: the standard 3-decimal table values
 * (ASTM / Montgomery Appendix VI), except c4, which is exact from the gamma function.
 */
public final class ChartConstants {

    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 25;

    // Rows are n = 2..25; columns A2, A3, B3, B4, D3, D4, d2.
    private static final double[][] TABLE = {
        {1.880, 2.659, 0.000, 3.267, 0.000, 3.267, 1.128},
        {1.023, 1.954, 0.000, 2.568, 0.000, 2.574, 1.693},
        {0.729, 1.628, 0.000, 2.266, 0.000, 2.282, 2.059},
        {0.577, 1.427, 0.000, 2.089, 0.000, 2.114, 2.326},
        {0.483, 1.287, 0.030, 1.970, 0.000, 2.004, 2.534},
        {0.419, 1.182, 0.118, 1.882, 0.076, 1.924, 2.704},
        {0.373, 1.099, 0.185, 1.815, 0.136, 1.864, 2.847},
        {0.337, 1.032, 0.239, 1.761, 0.184, 1.816, 2.970},
        {0.308, 0.975, 0.284, 1.716, 0.223, 1.777, 3.078},
        {0.285, 0.927, 0.321, 1.679, 0.256, 1.744, 3.173},
        {0.266, 0.886, 0.354, 1.646, 0.283, 1.717, 3.258},
        {0.249, 0.850, 0.382, 1.618, 0.307, 1.693, 3.336},
        {0.235, 0.817, 0.406, 1.594, 0.328, 1.672, 3.407},
        {0.223, 0.789, 0.428, 1.572, 0.347, 1.653, 3.472},
        {0.212, 0.763, 0.448, 1.552, 0.363, 1.637, 3.532},
        {0.203, 0.739, 0.466, 1.534, 0.378, 1.622, 3.588},
        {0.194, 0.718, 0.482, 1.518, 0.391, 1.608, 3.640},
        {0.187, 0.698, 0.497, 1.503, 0.403, 1.597, 3.689},
        {0.180, 0.680, 0.510, 1.490, 0.415, 1.585, 3.735},
        {0.173, 0.663, 0.523, 1.477, 0.425, 1.575, 3.778},
        {0.167, 0.647, 0.534, 1.466, 0.434, 1.566, 3.819},
        {0.162, 0.633, 0.545, 1.455, 0.443, 1.557, 3.858},
        {0.157, 0.619, 0.555, 1.445, 0.451, 1.548, 3.895},
        {0.153, 0.606, 0.565, 1.435, 0.459, 1.541, 3.931},
    };

    private ChartConstants() {}

    // Method names keep the textbook's capitals: D3 and D4 are not the lower-case d3 and d4 of the range distribution.

    public static double A2(int n) {
        return row(n)[0];
    }

    public static double A3(int n) {
        return row(n)[1];
    }

    public static double B3(int n) {
        return row(n)[2];
    }

    public static double B4(int n) {
        return row(n)[3];
    }

    public static double D3(int n) {
        return row(n)[4];
    }

    public static double D4(int n) {
        return row(n)[5];
    }

    /** Lower-case d2: the mean range of n standard normals. */
    public static double d2(int n) {
        return row(n)[6];
    }

    /** c4 = sqrt(2/(n-1)) Γ(n/2) / Γ((n-1)/2), the bias of the sample standard deviation. */
    public static double c4(int n) {
        row(n);
        return Math.sqrt(2.0 / (n - 1)) * gammaOfHalf(n) / gammaOfHalf(n - 1);
    }

    /** Γ(k/2) for k >= 1, exact up to rounding: only half-integers are needed, so the recurrence from Γ(1) and Γ(1/2). */
    private static double gammaOfHalf(int k) {
        double value = (k % 2 == 0) ? 1.0 : Math.sqrt(Math.PI);
        for (int twice = (k % 2 == 0) ? 2 : 1; twice < k; twice += 2) {
            value *= twice / 2.0;
        }
        return value;
    }

    private static double[] row(int n) {
        if (n < MIN_SIZE || n > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "subgroup size must be between " + MIN_SIZE + " and " + MAX_SIZE + ", got " + n);
        }
        return TABLE[n - MIN_SIZE];
    }
}
