package org.mountainsseas.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.ProvinceFigure;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.TimelineEvent;

/**
 * The data files that can be replaced by an import, each with the items it contributes keyed by
 * id. Counties cannot be imported: they must match the boundary file shipped with the app.
 */
public enum ImportKind {
    PAIRINGS("pairings", DatasetReader.PAIRINGS, d -> byId(d.pairings(), Pairing::id)),
    ENCLAVES("enclaves", DatasetReader.ENCLAVES, d -> byId(d.enclaves(), Enclave::id)),
    PROJECTS("projects", DatasetReader.PROJECTS, d -> byId(d.projects(), Project::id)),
    SOURCES("sources", DatasetReader.SOURCES, d -> byId(d.sources(), Source::id)),
    FIGURES("figures", DatasetReader.FIGURES, d -> byId(d.figures(), ProvinceFigure::id)),
    TIMELINE("timeline", DatasetReader.TIMELINE, d -> byId(d.timeline(), TimelineEvent::id)),
    MEMBERSHIPS("mountain-counties", DatasetReader.MEMBERSHIPS, d -> byId(d.memberships(), Membership::adcode)),
    QINGDA_LINE("qingda-line", DatasetReader.QINGDA_LINE,
            d -> d.qingdaLine() == null ? Map.of() : Map.of("Qingda Line", d.qingdaLine()));

    private final String format;
    private final String file;
    private final Function<Dataset, Map<String, Object>> items;

    ImportKind(String format, String file, Function<Dataset, Map<String, Object>> items) {
        this.format = format;
        this.file = file;
        this.items = items;
    }

    /** The envelope's format name without the {@code mountainsseas/} prefix. */
    public String format() {
        return format;
    }

    /** The file's path under the data root, e.g. {@code data/pairings.json}. */
    public String file() {
        return file;
    }

    /** The items of this kind in a dataset, by id, in file order. */
    public Map<String, Object> items(Dataset data) {
        return items.apply(data);
    }

    /** The kind whose envelope says {@code mountainsseas/<format>}, or null. */
    public static ImportKind ofFormat(String format) {
        for (ImportKind k : values()) {
            if (("mountainsseas/" + k.format).equals(format)) {
                return k;
            }
        }
        return null;
    }

    private static <T> Map<String, Object> byId(Iterable<T> items, Function<T, String> id) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (T t : items) {
            out.put(id.apply(t), t);
        }
        return out;
    }
}
