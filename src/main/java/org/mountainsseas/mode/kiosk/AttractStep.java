package org.mountainsseas.mode.kiosk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Pairing;

/**
 * One stop of the attract loop: the Qingda Line ({@code mountain} null), or a mountain county and
 * the partners it is paired with, with a caption in both languages. Pure.
 */
public record AttractStep(String mountain, List<String> partners, String captionZh, String captionEn) {
    public AttractStep {
        partners = List.copyOf(partners);
    }

    public boolean isQingdaLine() {
        return mountain == null;
    }

    /**
     * The tour: the Qingda Line first, then each mountain county with partners on the map, in
     * the order of the data, one stop per mountain county.
     */
    public static List<AttractStep> tour(Dataset data) {
        List<AttractStep> steps = new ArrayList<>();
        if (data.qingdaLine() != null) {
            steps.add(new AttractStep(null, List.of(), Messages.get(Language.ZH, "kiosk.attract.qingda"),
                    Messages.get(Language.EN, "kiosk.attract.qingda")));
        }
        Map<String, List<Pairing>> byMountain = new LinkedHashMap<>();
        for (Pairing p : data.pairings()) {
            if (p.onMap() && data.county(p.mountain()) != null && data.county(p.partner()) != null) {
                byMountain.computeIfAbsent(p.mountain(), m -> new ArrayList<>()).add(p);
            }
        }
        for (var e : byMountain.entrySet()) {
            steps.add(pairingStep(data, e.getKey(), e.getValue()));
        }
        return steps;
    }

    private static AttractStep pairingStep(Dataset data, String mountain, List<Pairing> pairings) {
        County m = data.county(mountain);
        List<String> partners = new ArrayList<>();
        StringBuilder zh = new StringBuilder(org.mountainsseas.i18n.ShownText.name(m.name().zh())).append(" ⇄ ");
        StringBuilder en = new StringBuilder(org.mountainsseas.i18n.ShownText.name(m.name().en())).append(" ⇄ ");
        for (int i = 0; i < pairings.size(); i++) {
            County p = data.county(pairings.get(i).partner());
            partners.add(p.adcode());
            zh.append(i > 0 ? "、" : "").append(org.mountainsseas.i18n.ShownText.name(p.name().zh()));
            en.append(i > 0 ? ", " : "").append(org.mountainsseas.i18n.ShownText.name(p.name().en()));
        }
        Integer year = pairings.size() == 1 ? statedYear(pairings.get(0).since()) : null;
        if (year != null) {
            zh.append("，").append(Messages.format(Language.ZH, "kiosk.attract.since", Integer.toString(year)));
            en.append(", ").append(Messages.format(Language.EN, "kiosk.attract.since", Integer.toString(year)));
        }
        return new AttractStep(mountain, partners, zh.toString(), en.toString());
    }

    /** A year only when the source states it: "by 2012" or "about 2012" would read as a founding date. */
    private static Integer statedYear(Dating d) {
        return d != null && d.hasYear() && d.qualifier() == Dating.Qualifier.EXACT ? d.year() : null;
    }
}
