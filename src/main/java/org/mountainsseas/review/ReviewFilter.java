package org.mountainsseas.review;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.EnclaveType;

/**
 * What the official filters on. An empty set means "any"; a null year bound means "open". The
 * years bound when a pairing was made or an enclave opened, so {@code yearTo = 2021} alone reads
 * "in force by 2021". {@code gapsOnly} keeps only unknowns: no partner found, or no known year.
 */
public record ReviewFilter(Set<String> cities, Set<CountyClass> classes, Set<EnclaveType> enclaveTypes,
                           Integer yearFrom, Integer yearTo, Set<Confidence> confidences, boolean gapsOnly) {

    public static final ReviewFilter NONE = new ReviewFilter(Set.of(), Set.of(), Set.of(), null, null, Set.of(), false);

    public ReviewFilter {
        cities = Set.copyOf(new TreeSet<>(cities));
        classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
        enclaveTypes = enclaveTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enclaveTypes));
        confidences = confidences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(confidences));
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            Integer t = yearFrom;
            yearFrom = yearTo;
            yearTo = t;
        }
    }

    public boolean active() {
        return !equals(NONE);
    }

    /** Whether a filter beyond city and class is set, so only counties with matching items stay lit. */
    boolean itemFiltersActive() {
        return !enclaveTypes.isEmpty() || yearFrom != null || yearTo != null || !confidences.isEmpty() || gapsOnly;
    }

    public boolean yearBounded() {
        return yearFrom != null || yearTo != null;
    }

    /** Whether a start date passes the year bounds; an unknown year passes only unbounded filters. */
    public boolean yearAccepts(Dating d) {
        if (!yearBounded()) {
            return true;
        }
        if (d == null || d.year() == null) {
            return false;
        }
        return (yearFrom == null || d.year() >= yearFrom) && (yearTo == null || d.year() <= yearTo);
    }

    public boolean confidenceAccepts(Confidence c) {
        return confidences.isEmpty() || confidences.contains(c);
    }

    // Withers, one per filter, so the chip row can remove one filter at a time.

    public ReviewFilter withCities(Set<String> v) {
        return new ReviewFilter(v, classes, enclaveTypes, yearFrom, yearTo, confidences, gapsOnly);
    }

    public ReviewFilter withClasses(Set<CountyClass> v) {
        return new ReviewFilter(cities, v, enclaveTypes, yearFrom, yearTo, confidences, gapsOnly);
    }

    public ReviewFilter withEnclaveTypes(Set<EnclaveType> v) {
        return new ReviewFilter(cities, classes, v, yearFrom, yearTo, confidences, gapsOnly);
    }

    public ReviewFilter withYears(Integer from, Integer to) {
        return new ReviewFilter(cities, classes, enclaveTypes, from, to, confidences, gapsOnly);
    }

    public ReviewFilter withConfidences(Set<Confidence> v) {
        return new ReviewFilter(cities, classes, enclaveTypes, yearFrom, yearTo, v, gapsOnly);
    }

    public ReviewFilter withGapsOnly(boolean v) {
        return new ReviewFilter(cities, classes, enclaveTypes, yearFrom, yearTo, confidences, v);
    }
}
