package dev.procura.quality.spc;

import java.util.List;

/**
 * A run rule broken: rule is e.g. "western_electric_1".."western_electric_4", "nelson_1".."nelson_8"; points are the
 * indexes involved (the whole run/pattern), in order and contiguous.
 */
public record Violation(String rule, String description, List<Integer> points) {

    public Violation {
        points = List.copyOf(points);
    }
}
