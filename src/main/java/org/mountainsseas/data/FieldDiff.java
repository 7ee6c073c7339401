package org.mountainsseas.data;

import org.mountainsseas.model.Cut;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mountainsseas.model.Text;

/**
 * The fields that differ between two versions of a record, with both values written out for a
 * person: nested records are followed ("since.year"), so a report names the smallest part that
 * changed; long values are cut to {@link #MAX_VALUE} characters, keeping where two values differ in sight.
 */
final class FieldDiff {
    /** The longest value a report shows, in characters, before it is cut with "…". */
    static final int MAX_VALUE = 80;
    private static final int MAX_DEPTH = 3;

    private FieldDiff() {
    }

    static List<ImportReport.FieldChange> of(Object before, Object after) {
        List<ImportReport.FieldChange> out = new ArrayList<>();
        diff("", before, after, 0, out);
        return out;
    }

    private static void diff(String path, Object a, Object b, int depth, List<ImportReport.FieldChange> out) {
        RecordComponent[] components = a.getClass().getRecordComponents();
        for (RecordComponent c : components) {
            Object va = value(c, a);
            Object vb = value(c, b);
            if (Objects.equals(va, vb)) {
                continue;
            }
            String name = path + c.getName();
            if (va != null && vb != null && va.getClass() == vb.getClass() && va.getClass().isRecord()
                    && !(va instanceof Text) && depth < MAX_DEPTH) {
                diff(name + ".", va, vb, depth + 1, out);
            } else {
                // cut so that two long values differing near their end still read differently
                String[] cut = Cut.apart(text(va), text(vb), MAX_VALUE);
                out.add(new ImportReport.FieldChange(name, cut[0], cut[1]));
            }
        }
    }

    private static Object value(RecordComponent c, Object r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    /** A value as a reader of the data file would write it, cut to {@link #MAX_VALUE} characters. */
    static String describe(Object v) {
        return cut(text(v));
    }

    private static String text(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof Text t) {
            return t.zh().equals(t.en()) ? t.zh() : t.zh() + " / " + t.en();
        }
        if (v instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(text(o));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        if (v.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                Object part = value(c, v);
                if (part != null) {
                    parts.add(c.getName() + "=" + text(part));
                }
            }
            return "{" + String.join(", ", parts) + "}";
        }
        return v.toString();
    }

    private static String cut(String s) {
        return Cut.toLength(s, MAX_VALUE);
    }
}
