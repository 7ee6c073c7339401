package org.mountainsseas.review;

import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Outreach;

/**
 * Which items beyond Zhejiang the review filter leaves on the China view (docs/china-view.md). The
 * filter speaks of Zhejiang, so it is applied to each item's Zhejiang giver: a city filter keeps
 * givers in those cities (a city is in itself; the province is in none), a class filter keeps
 * givers that are counties of those classes, an enclave-type filter keeps nothing (these items are
 * not enclaves), the years and confidences apply to the item's own date and confidence, and
 * "unknowns only" keeps items with no known year.
 */
public final class OutreachFilter {
    private OutreachFilter() {
    }

    public static boolean accepts(Dataset data, ReviewFilter f, Outreach o) {
        if (!f.enclaveTypes().isEmpty() || !f.yearAccepts(o.date())
                || !f.confidenceAccepts(o.provenance().confidence())) {
            return false;
        }
        if (f.gapsOnly() && o.date() != null && o.date().year() != null) {
            return false;
        }
        County giver = data.county(o.zhejiang());
        if (!f.cities().isEmpty()) {
            String city = giver != null ? giver.cityAdcode() : o.zhejiang().endsWith("0000") ? null : o.zhejiang();
            if (city == null || !f.cities().contains(city)) {
                return false;
            }
        }
        return f.classes().isEmpty() || giver != null && f.classes().contains(data.classOf(giver.adcode()));
    }
}
