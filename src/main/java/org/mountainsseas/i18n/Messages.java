package org.mountainsseas.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.mountainsseas.model.Language;

/**
 * The UI's strings in both languages. Each feature keeps its strings in its own bundle pair
 * ({@code NAME_zh.properties} and {@code NAME_en.properties} in this package), listed in
 * {@link #BUNDLES}; a key is looked up in each bundle in turn.
 */
public final class Messages {
    /** The bundle base names, without the package. Add a feature's bundle here. */
    public static final List<String> BUNDLES = List.of("messages", "timeline", "figures", "lecture", "review", "kiosk", "notices", "polish", "exports", "tours", "compare");

    private static final Map<Language, List<ResourceBundle>> LOADED = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            List<ResourceBundle> bundles = new ArrayList<>();
            for (String name : BUNDLES) {
                bundles.add(load(name, l));
            }
            LOADED.put(l, bundles);
        }
    }

    private Messages() {
    }

    static ResourceBundle load(String name, Language l) {
        return ResourceBundle.getBundle("org.mountainsseas.i18n." + name, l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The string for a key; a missing key shows as {@code !key!} rather than failing. */
    public static String get(Language language, String key) {
        for (ResourceBundle b : LOADED.get(language)) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        return "!" + key + "!";
    }

    public static String format(Language language, String key, Object... args) {
        MessageFormat f = new MessageFormat(get(language, key).replace("'", "''"), language.locale());
        return f.format(args);
    }

    /** Whether every language defines the key. */
    public static boolean defined(String key) {
        for (Language l : Language.values()) {
            if (get(l, key).equals("!" + key + "!")) {
                return false;
            }
        }
        return true;
    }

    /** Every key of one bundle in one language (for tests). */
    public static Set<String> keys(String bundle, Language language) {
        try {
            return new TreeSet<>(load(bundle, language).keySet());
        } catch (MissingResourceException e) {
            return Set.of();
        }
    }

    /** Every key in one language, across bundles. */
    public static Set<String> keys(Language language) {
        Set<String> all = new TreeSet<>();
        for (ResourceBundle b : LOADED.get(language)) {
            all.addAll(b.keySet());
        }
        return all;
    }
}
