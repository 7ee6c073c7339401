package org.mountainsseas.panel;

import java.util.Locale;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.County;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.EnclaveType;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;

/** How model values read in the UI, in either language. Pure functions. */
public final class Formats {
    private Formats() {
    }

    public static String dating(Dating d, Language l) {
        return d == null ? Messages.get(l, "unknown") : d.text().get(l);
    }

    public static String confidence(Confidence c, Language l) {
        return Messages.get(l, "confidence." + c.code());
    }

    public static String countyClass(CountyClass c, Language l) {
        return Messages.get(l, "class." + c.name().toLowerCase(Locale.ROOT));
    }

    public static String status(Pairing.Status s, Language l) {
        return Messages.get(l, "status." + s.name().toLowerCase(Locale.ROOT));
    }

    public static String enclaveType(EnclaveType t, Language l) {
        return Messages.get(l, "enclave.type." + t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public static String projectKind(Project.Kind k, Language l) {
        return Messages.get(l, "project.kind." + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public static String side(LineSide side, Language l) {
        return org.mountainsseas.i18n.ModelTexts.side(side, l);
    }

    /** The county's name in the current language, as a label shows it ({@link org.mountainsseas.i18n.ShownText#name}). */
    public static String countyName(County c, Language l) {
        return org.mountainsseas.i18n.ShownText.name(c.name().get(l));
    }
}
