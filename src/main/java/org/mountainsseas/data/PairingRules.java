package org.mountainsseas.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Pairing;

/**
 * The rules between items that the reader checks as it goes (each refusal names file › item › field):
 * a pairing's {@code mountain} is on the mountain-county list in force at the pairing's date (a
 * {@code historical} pairing: on it at some time), and its {@code partner} is not; no two pairings
 * join the same two counties; an enclave's host is not its beneficiary. Memberships are read before
 * pairings, so the list is known when a pairing comes.
 */
final class PairingRules {
    private final Map<String, List<Membership>> listed = new HashMap<>();
    private final Map<String, String> pairs = new HashMap<>();

    /** Notes a county's time on the list. */
    void membership(Membership m) {
        listed.computeIfAbsent(m.adcode(), k -> new ArrayList<>()).add(m);
    }

    /** Checks a pairing against the list and the pairings before it. */
    void pairing(Item item, Pairing p) throws LoadException {
        boolean historical = p.status() == Pairing.Status.HISTORICAL;
        Integer year = p.since() != null && p.since().hasYear() ? p.since().year() : null;
        if (!onList(p.mountain(), historical ? null : year)) {
            throw item.problem("mountain", p.mountain() + " is not on the mountain-county list"
                    + (year != null && !historical ? " in " + year : "")
                    + " (see mountain-counties.json; a pairing that has ended is marked \"status\": \"historical\")");
        }
        if (p.partner() != null && onList(p.partner(), year)) {
            throw item.problem("partner", p.partner() + " is itself on the mountain-county list"
                    + (year != null ? " in " + year : "") + ": a partner is a developed county");
        }
        if (p.partner() != null) {
            String key = p.mountain() + "-" + p.partner();
            String before = pairs.putIfAbsent(key, p.id());
            if (before != null) {
                throw item.problem("partner", "pairs " + p.mountain() + " with " + p.partner() + " again: " + before
                        + " already does (one pairing per county pair)");
            }
        }
    }

    /** Checks an enclave's two ends. */
    static void enclave(Item item, String host, String beneficiary) throws LoadException {
        if (host != null && host.equals(beneficiary)) {
            throw item.problem("beneficiary", "is the host " + host + " itself: an enclave is hosted by one county for another");
        }
    }

    /** Whether {@code adcode} is on the list in {@code year} (null: at any time). */
    private boolean onList(String adcode, Integer year) {
        for (Membership m : listed.getOrDefault(adcode, List.of())) {
            if (year == null || from(m.from()) <= year && year <= until(m.until())) {
                return true;
            }
        }
        return false;
    }

    // only a stated date bounds the time on the list: "by 2021" says it was listed then, maybe long before
    private static int from(Dating d) {
        return d != null && d.hasYear() && d.qualifier() == Dating.Qualifier.EXACT ? d.year() : Integer.MIN_VALUE;
    }

    private static int until(Dating d) {
        return d != null && d.hasYear() && d.qualifier() != Dating.Qualifier.UNKNOWN ? d.year() : Integer.MAX_VALUE;
    }
}
