package org.mountainsseas.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.EnclaveType;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;

/**
 * One sheet of the data workbook (docs/spreadsheets.md): its name, the data file it stands for,
 * and its columns, each with a code (the first line of its header cell), a Chinese name (the
 * second line) and the JSON field it fills. The same columns serve XLSX and CSV.
 *
 * @param name    the sheet's name, which is also its code ("pairings")
 * @param zh      the sheet's Chinese name, shown beside the code in the tab
 * @param kind    the data file the sheet replaces, or null for the figures sheet (its rows go into enclaves and projects)
 * @param columns the columns in order
 */
public record SheetSpec(String name, String zh, ImportKind kind, List<Column> columns) {
    /** How a cell becomes a JSON value. */
    public enum Type {
        /** Text as typed (a number typed in it is read as its digits, e.g. an adcode). */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** Any number. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** Several values separated by commas. */
        LIST,
        /** Shown for reading only (e.g. a county's name beside its adcode); ignored on import. */
        REFERENCE
    }

    /**
     * A column.
     *
     * @param code    the header's code, e.g. {@code since_year}
     * @param zh      the header's Chinese name
     * @param path    the JSON field it fills, nested fields joined by dots ({@code since.year}); for a reference
     *                column, the adcode field whose county it names
     * @param choices the values a data-validation list offers, or empty
     */
    public record Column(String code, String zh, String path, Type type, List<String> choices) {
        public Column {
            choices = List.copyOf(choices);
        }

        /** The header cell: the code, a line break, the Chinese name. */
        public String header() {
            return code + "\n" + zh;
        }

        boolean imported() {
            return type != Type.REFERENCE;
        }
    }

    public SheetSpec {
        columns = List.copyOf(columns);
    }

    /** The sheet's tab name, e.g. "pairings 结对". */
    public String tab() {
        return name + " " + zh;
    }

    /** The column with this code, or null. */
    public Column column(String code) {
        for (Column c : columns) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        return null;
    }

    /** The column that shows a reader's field ("since.year", "partnerName", "sources[1]"), or null. */
    public Column columnFor(String field) {
        if (field == null) {
            return null;
        }
        String f = field.replaceAll("\\[\\d+]", "");
        for (Column c : columns) {
            if (c.imported() && (c.path().equals(f) || c.path().startsWith(f + "."))) {
                return c;
            }
        }
        return null;
    }

    public static final SheetSpec PAIRINGS = new SheetSpec("pairings", "结对", ImportKind.PAIRINGS, join(
            List.of(text("id", "编号", "id"), text("mountain", "山区县代码", "mountain"),
                    new Column("mountain_name", "山区县名称（仅供阅读，导入时忽略）", "mountain", Type.REFERENCE, List.of()),
                    text("partner", "结对县代码（非90个县级单位时留空）", "partner")),
            texts("partner_name", "结对方名称", "partnerName"),
            dating("since", "结对时间", "since"),
            List.of(choice("status", "状态", "status", Pairing.Status.values())),
            texts("note", "备注", "note"),
            provenance()));

    public static final SheetSpec ENCLAVES = new SheetSpec("enclaves", "飞地", ImportKind.ENCLAVES, join(
            List.of(text("id", "编号", "id")),
            texts("name", "名称", "name"),
            List.of(choice("type", "类型", "type", EnclaveType.values())),
            texts("type_note", "类型说明", "typeNote"),
            List.of(text("host", "所在县代码", "host")),
            texts("host_place", "所在地", "hostPlace"),
            List.of(text("beneficiary", "受益县代码", "beneficiary")),
            texts("beneficiary_name", "受益方", "beneficiaryName"),
            dating("opened", "设立时间", "opened"),
            texts("note", "备注", "note"),
            provenance()));

    public static final SheetSpec PROJECTS = new SheetSpec("projects", "项目", ImportKind.PROJECTS, join(
            List.of(text("id", "编号", "id")),
            texts("name", "名称", "name"),
            List.of(choice("kind", "类别", "kind", Project.Kind.values()), text("location", "所在县代码", "location")),
            texts("location_place", "所在地", "locationPlace"),
            List.of(new Column("partners", "合作县代码（逗号分隔）", "partners", Type.LIST, List.of())),
            dating("date", "时间", "year"),
            List.of(text("enclave", "对应飞地编号", "enclave")),
            texts("note", "备注", "note"),
            provenance()));

    /** The figures of enclaves and projects, one row each, in order, under the id of the item they belong to. */
    public static final SheetSpec FIGURES = new SheetSpec("figures", "数字", null, join(
            List.of(text("owner", "所属飞地或项目编号", "owner")),
            texts("label", "指标", "label"),
            List.of(new Column("value", "数值（非纯数字时留空）", "value", Type.NUMBER, List.of()),
                    new Column("unit", "单位", "unit", Type.TEXT, new ArrayList<>(new TreeSet<>(Item.UNITS)))),
            texts("text", "显示文字", "text"),
            List.of(new Column("approx", "约数（true/false）", "approx", Type.BOOLEAN, List.of("true", "false")))));

    /** The data sheets in workbook order. */
    public static final List<SheetSpec> ALL = List.of(PAIRINGS, ENCLAVES, PROJECTS, FIGURES);

    /** The sheet that replaces this data file, or null. */
    public static SheetSpec of(ImportKind kind) {
        for (SheetSpec s : ALL) {
            if (s.kind == kind) {
                return s;
            }
        }
        return null;
    }

    private static Column text(String code, String zh, String path) {
        return new Column(code, zh, path, Type.TEXT, List.of());
    }

    private static List<Column> texts(String code, String zh, String path) {
        return List.of(text(code + "_zh", zh + "（中文）", path + ".zh"), text(code + "_en", zh + "（英文）", path + ".en"));
    }

    private static Column choice(String code, String zh, String path, Enum<?>[] values) {
        return new Column(code, zh, path, Type.TEXT, codes(values));
    }

    private static List<Column> dating(String code, String zh, String path) {
        List<Column> out = new ArrayList<>(List.of(
                new Column(code + "_year", zh + "：年", path + ".year", Type.INTEGER, List.of()),
                new Column(code + "_month", zh + "：月", path + ".month", Type.INTEGER, List.of()),
                new Column(code + "_day", zh + "：日", path + ".day", Type.INTEGER, List.of()),
                choice(code + "_qualifier", zh + "：确切程度", path + ".qualifier", Dating.Qualifier.values())));
        out.addAll(texts(code + "_text", zh + "：文字", path + ".text"));
        return out;
    }

    private static List<Column> provenance() {
        return join(List.of(new Column("sources", "来源编号（逗号分隔）", "sources", Type.LIST, List.of()),
                        choice("confidence", "可信度", "confidence", Confidence.values())),
                texts("confidence_note", "可信度说明", "confidenceNote"));
    }

    /** An enum's values as the data files write them: lower case, hyphens ("sci-tech"). */
    static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }

    @SafeVarargs
    private static List<Column> join(List<Column>... parts) {
        List<Column> out = new ArrayList<>();
        for (List<Column> p : parts) {
            out.addAll(p);
        }
        return out;
    }
}
