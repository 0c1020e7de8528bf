package dev.procura.platform.quotas;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The limit warnings of the current request, sent back in {@code Procura-Limit-Warning} headers
 * (one per meter): {@code documents; usage=85; limit=100; percent=85; plan="team"}.
 */
@RequestScoped
public class LimitWarnings {

    public static final String HEADER = "Procura-Limit-Warning";

    private final List<String> warnings = new ArrayList<>();

    public void add(Meter meter, long usage, long limit, String plan) {
        long percent = limit == 0 ? 100 : usage * 100 / limit;
        String warning = meter.wireName() + "; usage=" + usage + "; limit=" + limit + "; percent=" + percent
                + "; plan=\"" + plan + "\"";
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    public List<String> all() {
        return List.copyOf(warnings);
    }
}
