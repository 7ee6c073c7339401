package org.mountainsseas.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.mountainsseas.model.Language;

/** The UI's strings in both languages, from {@code messages_zh.properties} and {@code messages_en.properties}. */
public final class Messages {
    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            BUNDLES.put(l, ResourceBundle.getBundle("org.mountainsseas.i18n.messages", l.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    private Messages() {
    }

    /** The string for a key; a missing key shows as {@code !key!} rather than failing. */
    public static String get(Language language, String key) {
        try {
            return BUNDLES.get(language).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static String format(Language language, String key, Object... args) {
        MessageFormat f = new MessageFormat(get(language, key).replace("'", "''"), language.locale());
        return f.format(args);
    }

    /** Whether both languages define the key (for tests). */
    public static boolean defined(String key) {
        for (ResourceBundle b : BUNDLES.values()) {
            if (!b.containsKey(key)) {
                return false;
            }
        }
        return true;
    }

    public static java.util.Set<String> keys(Language language) {
        return BUNDLES.get(language).keySet();
    }
}
