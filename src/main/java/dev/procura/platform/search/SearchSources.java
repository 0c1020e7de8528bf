package dev.procura.platform.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The search sources the capabilities offer, by type, in type order. */
@ApplicationScoped
public class SearchSources {

    @Inject
    Instance<SearchSource> found;

    private Map<String, SearchSource> byType;

    private synchronized Map<String, SearchSource> byType() {
        if (byType == null) {
            Map<String, SearchSource> sources = new TreeMap<>();
            found.forEach(source -> sources.put(source.type(), source));
            byType = sources;
        }
        return byType;
    }

    public Collection<SearchSource> all() {
        return byType().values();
    }

    public Optional<SearchSource> of(String type) {
        return Optional.ofNullable(byType().get(type));
    }

    public Set<String> types() {
        return byType().keySet();
    }

    /** The types a member holding these permissions may find, in type order. */
    public List<String> readableWith(Set<String> permissions) {
        return all().stream()
                .filter(source -> permissions.contains(source.readPermission()))
                .map(SearchSource::type)
                .toList();
    }
}
