package dev.procura.quality.spc;

/** Centre line and 3-sigma control limits of one chart. */
public record Limits(double centre, double lower, double upper) {

    /** The sigma the run rules zone by: a third of the distance from centre to upper limit. */
    public double sigma() {
        return (upper - centre) / 3;
    }
}
