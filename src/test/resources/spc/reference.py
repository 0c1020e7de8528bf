#!/usr/bin/env python3
"""Independent reference values for dev.procura.quality.spc tests.

Reads the CSV fixtures next to this script and prints centre lines, control limits and
capability indices at full double precision; ControlChartsReferenceTest hard-codes these.
Needs only python3 and numpy.  Run: python3 src/test/resources/spc/reference.py

Constants: A2, A3, B3, B4, D3, D4, d2 are the published 3-decimal table values (Montgomery,
Appendix VI / ASTM); c4 is exact from the gamma function.  The table is transcribed here
separately from the Java one and checked against the exact definitions by integrating the
distribution of the normal range, so a transcription slip shows up as a failed check.
"""
import csv
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))

# n: (A2, A3, B3, B4, D3, D4, d2, d3)
TABLE = {
    2: (1.880, 2.659, 0.000, 3.267, 0.000, 3.267, 1.128, 0.853),
    3: (1.023, 1.954, 0.000, 2.568, 0.000, 2.574, 1.693, 0.888),
    4: (0.729, 1.628, 0.000, 2.266, 0.000, 2.282, 2.059, 0.880),
    5: (0.577, 1.427, 0.000, 2.089, 0.000, 2.114, 2.326, 0.864),
    6: (0.483, 1.287, 0.030, 1.970, 0.000, 2.004, 2.534, 0.848),
    7: (0.419, 1.182, 0.118, 1.882, 0.076, 1.924, 2.704, 0.833),
    8: (0.373, 1.099, 0.185, 1.815, 0.136, 1.864, 2.847, 0.820),
    9: (0.337, 1.032, 0.239, 1.761, 0.184, 1.816, 2.970, 0.808),
    10: (0.308, 0.975, 0.284, 1.716, 0.223, 1.777, 3.078, 0.797),
    11: (0.285, 0.927, 0.321, 1.679, 0.256, 1.744, 3.173, 0.787),
    12: (0.266, 0.886, 0.354, 1.646, 0.283, 1.717, 3.258, 0.778),
    13: (0.249, 0.850, 0.382, 1.618, 0.307, 1.693, 3.336, 0.770),
    14: (0.235, 0.817, 0.406, 1.594, 0.328, 1.672, 3.407, 0.763),
    15: (0.223, 0.789, 0.428, 1.572, 0.347, 1.653, 3.472, 0.756),
    16: (0.212, 0.763, 0.448, 1.552, 0.363, 1.637, 3.532, 0.750),
    17: (0.203, 0.739, 0.466, 1.534, 0.378, 1.622, 3.588, 0.744),
    18: (0.194, 0.718, 0.482, 1.518, 0.391, 1.608, 3.640, 0.739),
    19: (0.187, 0.698, 0.497, 1.503, 0.403, 1.597, 3.689, 0.734),
    20: (0.180, 0.680, 0.510, 1.490, 0.415, 1.585, 3.735, 0.729),
    21: (0.173, 0.663, 0.523, 1.477, 0.425, 1.575, 3.778, 0.724),
    22: (0.167, 0.647, 0.534, 1.466, 0.434, 1.566, 3.819, 0.720),
    23: (0.162, 0.633, 0.545, 1.455, 0.443, 1.557, 3.858, 0.716),
    24: (0.157, 0.619, 0.555, 1.445, 0.451, 1.548, 3.895, 0.712),
    25: (0.153, 0.606, 0.565, 1.435, 0.459, 1.541, 3.931, 0.708),
}


def c4(n):
    return math.sqrt(2.0 / (n - 1)) * math.gamma(n / 2) / math.gamma((n - 1) / 2)


def range_moments(n):
    """d2 = E[R], d3 = sd(R) for the range of n standard normals, by numerical integration."""
    x = np.linspace(-9.0, 9.0, 3601)
    h = x[1] - x[0]
    phi = np.array([0.5 * (1 + math.erf(v / math.sqrt(2))) for v in x])
    d2 = np.trapezoid(1 - phi**n - (1 - phi) ** n, dx=h)
    fy, fx = np.meshgrid(phi, phi)  # fx varies along rows (x), fy along columns (y)
    inner = 1 - fy**n - (1 - fx) ** n + np.clip(fy - fx, 0, None) ** n
    upper = np.triu(np.ones_like(inner), k=1) + 0.5 * np.eye(len(x))  # x < y, half weight on the diagonal
    second = 2 * np.sum(inner * upper) * h * h
    return d2, math.sqrt(second - d2 * d2)


def check_table():
    worst = {}
    for n, (a2, a3, b3, b4, d3c, d4c, d2t, d3t) in TABLE.items():
        d2, d3 = range_moments(n)
        c = c4(n)
        k = 3 * math.sqrt(1 - c * c) / c
        exact = {
            "d2": (d2t, d2),
            "d3": (d3t, d3),
            "A2": (a2, 3 / (d2 * math.sqrt(n))),
            "D3": (d3c, max(0.0, 1 - 3 * d3 / d2)),
            "D4": (d4c, 1 + 3 * d3 / d2),
            "A3": (a3, 3 / (c * math.sqrt(n))),
            "B3": (b3, max(0.0, 1 - k)),
            "B4": (b4, 1 + k),
        }
        for name, (table, value) in exact.items():
            diff = abs(table - value)
            worst[name] = max(worst.get(name, 0.0), diff)
            # a 3-decimal table value is within rounding (plus slack for tables derived from rounded d2, d3)
            assert diff <= 0.0011, f"n={n} {name}: table {table} vs exact {value:.6f}"
    print("table check: worst |table - exact| " + ", ".join(f"{k}={v:.5f}" for k, v in worst.items()))


def rows(name):
    with open(os.path.join(HERE, name), newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def show(label, value):
    print(f"{label} = {value!r}")


def capability(values, mean, within, lsl, usl):
    overall = float(np.std(values, ddof=1))
    show("  withinSigma", within)
    show("  overallSigma", overall)
    for prefix, sigma in (("c", within), ("p", overall)):
        if lsl is not None and usl is not None:
            show(f"  {prefix}p", (usl - lsl) / (6 * sigma))
        sides = [s for s in ((usl - mean) if usl is not None else None, (mean - lsl) if lsl is not None else None) if s is not None]
        show(f"  {prefix}pk", min(sides) / (3 * sigma))


def xbar_charts(lsl, usl):
    data = np.array([[float(r[f"x{i}"]) for i in range(1, 6)] for r in rows("pistonrings.csv")])
    n = data.shape[1]
    a2, a3, b3, b4, d3c, d4c, d2, _ = TABLE[n]
    means = data.mean(axis=1)
    grand = float(data.mean())
    rbar = float(np.mean(data.max(axis=1) - data.min(axis=1)))
    sbar = float(np.mean(data.std(axis=1, ddof=1)))
    print("piston rings X-bar/R")
    show("  grandMean", grand)
    show("  rBar", rbar)
    show("  xbar lower", grand - a2 * rbar)
    show("  xbar upper", grand + a2 * rbar)
    show("  r lower", d3c * rbar)
    show("  r upper", d4c * rbar)
    capability(data.ravel(), grand, rbar / d2, lsl, usl)
    print("piston rings X-bar/S")
    show("  sBar", sbar)
    show("  xbar lower", grand - a3 * sbar)
    show("  xbar upper", grand + a3 * sbar)
    show("  s lower", b3 * sbar)
    show("  s upper", b4 * sbar)
    capability(data.ravel(), grand, sbar / c4(n), lsl, usl)
    show("  first subgroup mean", float(means[0]))


def individuals(lsl, usl):
    x = np.array([float(r["viscosity"]) for r in rows("viscosity.csv")])
    mrbar = float(np.mean(np.abs(np.diff(x))))
    d2 = TABLE[2][6]
    mean = float(x.mean())
    print("viscosity I-MR")
    show("  mean", mean)
    show("  mrBar", mrbar)
    show("  individuals lower", mean - 3 / d2 * mrbar)
    show("  individuals upper", mean + 3 / d2 * mrbar)
    show("  mr upper", TABLE[2][5] * mrbar)
    capability(x, mean, mrbar / d2, lsl, usl)


def p_chart(name):
    data = rows(name)
    d = np.array([float(r["nonconforming"]) for r in data])
    n = np.array([float(r["inspected"]) for r in data])
    pbar = float(d.sum() / n.sum())
    sigma = np.sqrt(pbar * (1 - pbar) / n)
    print(f"p chart {name}")
    show("  pBar", pbar)
    show("  upper (per point)", [float(v) for v in pbar + 3 * sigma])
    show("  lower (per point)", [float(v) for v in np.maximum(0.0, pbar - 3 * sigma)])
    show("  beyond 3 sigma (0-based)", [i for i, z in enumerate((d / n - pbar) / sigma) if abs(z) > 3])


def c_chart():
    c = np.array([float(r["nonconformities"]) for r in rows("circuit.csv")])
    cbar = float(c.mean())
    print("c chart circuit.csv")
    show("  cBar", cbar)
    show("  lower", max(0.0, cbar - 3 * math.sqrt(cbar)))
    show("  upper", cbar + 3 * math.sqrt(cbar))
    show("  beyond 3 sigma (0-based)", [i for i, v in enumerate(c) if abs(v - cbar) > 3 * math.sqrt(cbar)])


if __name__ == "__main__":
    check_table()
    print("c4: " + ", ".join(f"{n}:{c4(n)!r}" for n in (2, 5, 10, 25)))
    xbar_charts(lsl=73.95, usl=74.05)
    individuals(lsl=None, usl=35.0)
    p_chart("orangejuice.csv")
    p_chart("p-varying.csv")
    c_chart()
