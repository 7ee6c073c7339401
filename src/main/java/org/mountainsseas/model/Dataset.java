package org.mountainsseas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every fact the app shows, loaded once and never changed; replaced whole when data are imported.
 * Lookups by adcode and id are precomputed.
 */
public final class Dataset {
    private final String dataDate;
    private final Map<String, County> counties;
    private final Map<String, Source> sources;
    private final List<Membership> memberships;
    private final List<Pairing> pairings;
    private final List<Enclave> enclaves;
    private final List<Project> projects;
    private final List<ProvinceFigure> figures;
    private final List<TimelineEvent> timeline;
    private final QingdaLine qingdaLine;
    private final List<Outreach> outreach;
    private final List<Corridor> corridors;
    private final Set<String> mountain2021;
    private final Set<String> partners;

    private Dataset(Builder b) {
        this.dataDate = b.dataDate;
        this.counties = Collections.unmodifiableMap(index(b.counties, County::adcode));
        this.sources = Collections.unmodifiableMap(index(b.sources, Source::id));
        this.memberships = List.copyOf(b.memberships);
        this.pairings = List.copyOf(b.pairings);
        this.enclaves = List.copyOf(b.enclaves);
        this.projects = List.copyOf(b.projects);
        this.figures = List.copyOf(b.figures);
        this.timeline = List.copyOf(b.timeline);
        this.qingdaLine = b.qingdaLine;
        this.outreach = List.copyOf(b.outreach);
        this.corridors = List.copyOf(b.corridors);
        Set<String> mountain = new TreeSet<>();
        for (Membership m : memberships) {
            if (m.group() == Membership.Group.MOUNTAIN && listedIn(m, 2021)) {
                mountain.add(m.adcode());
            }
        }
        this.mountain2021 = Collections.unmodifiableSet(mountain);
        Set<String> partnerSet = new TreeSet<>();
        for (Pairing p : pairings) {
            if (p.partner() != null) {
                partnerSet.add(p.partner());
            }
        }
        this.partners = Collections.unmodifiableSet(partnerSet);
    }

    private static boolean listedIn(Membership m, int year) {
        boolean started = m.from() == null || m.from().year() == null || m.from().year() <= year;
        boolean notEnded = m.until() == null || m.until().year() == null || m.until().year() > year;
        return started && notEnded;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(key.apply(item), item);
        }
        return map;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An empty dataset, used before anything has loaded and when nothing could be. */
    public static Dataset empty() {
        return builder().build();
    }

    public String dataDate() {
        return dataDate;
    }

    public List<County> counties() {
        return List.copyOf(counties.values());
    }

    public County county(String adcode) {
        return adcode == null ? null : counties.get(adcode);
    }

    public Source source(String id) {
        return sources.get(id);
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public List<Membership> memberships() {
        return memberships;
    }

    public List<Pairing> pairings() {
        return pairings;
    }

    public List<Enclave> enclaves() {
        return enclaves;
    }

    public List<Project> projects() {
        return projects;
    }

    public List<ProvinceFigure> figures() {
        return figures;
    }

    public List<TimelineEvent> timeline() {
        return timeline;
    }

    /** May be null if the Qingda Line file failed to load. */
    public QingdaLine qingdaLine() {
        return qingdaLine;
    }

    /** Cooperation beyond Zhejiang (East–West cooperation, counterpart support), in file order. */
    public List<Outreach> outreach() {
        return outreach;
    }

    /** Infrastructure between mountains and sea, in file order. */
    public List<Corridor> corridors() {
        return corridors;
    }

    /** The 26 mountain counties of the 2021 list. */
    public Set<String> mountainCounties() {
        return mountain2021;
    }

    public CountyClass classOf(String adcode) {
        if (mountain2021.contains(adcode)) {
            return CountyClass.MOUNTAIN;
        }
        return partners.contains(adcode) ? CountyClass.PARTNER : CountyClass.OTHER;
    }

    /** Pairings in which the county is the mountain side or the partner, in file order. */
    public List<Pairing> pairingsOf(String adcode) {
        List<Pairing> out = new ArrayList<>();
        for (Pairing p : pairings) {
            if (Objects.equals(p.mountain(), adcode) || Objects.equals(p.partner(), adcode)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The counties on the other side of the county's pairings (on the map only). */
    public Set<String> partnersOf(String adcode) {
        Set<String> out = new TreeSet<>();
        for (Pairing p : pairingsOf(adcode)) {
            String other = Objects.equals(p.mountain(), adcode) ? p.partner() : p.mountain();
            if (other != null) {
                out.add(other);
            }
        }
        return out;
    }

    /** Enclaves hosted by or benefiting the county. */
    public List<Enclave> enclavesOf(String adcode) {
        List<Enclave> out = new ArrayList<>();
        for (Enclave e : enclaves) {
            if (Objects.equals(e.host(), adcode) || Objects.equals(e.beneficiary(), adcode)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Projects located in the county or naming it as a partner. */
    public List<Project> projectsOf(String adcode) {
        List<Project> out = new ArrayList<>();
        for (Project p : projects) {
            if (Objects.equals(p.location(), adcode) || p.partners().contains(adcode)) {
                out.add(p);
            }
        }
        return out;
    }

    public Membership membershipOf(String adcode) {
        for (Membership m : memberships) {
            if (m.adcode().equals(adcode)) {
                return m;
            }
        }
        return null;
    }

    /** Collects the items of a dataset; {@link #build()} may be called once all are added. */
    public static final class Builder {
        private String dataDate;
        private final List<County> counties = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();
        private final List<Pairing> pairings = new ArrayList<>();
        private final List<Enclave> enclaves = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();
        private final List<ProvinceFigure> figures = new ArrayList<>();
        private final List<TimelineEvent> timeline = new ArrayList<>();
        private QingdaLine qingdaLine;
        private final List<Outreach> outreach = new ArrayList<>();
        private final List<Corridor> corridors = new ArrayList<>();

        public Builder dataDate(String date) { this.dataDate = date; return this; }
        public Builder county(County c) { counties.add(c); return this; }
        public Builder source(Source s) { sources.add(s); return this; }
        public Builder membership(Membership m) { memberships.add(m); return this; }
        public Builder pairing(Pairing p) { pairings.add(p); return this; }
        public Builder enclave(Enclave e) { enclaves.add(e); return this; }
        public Builder project(Project p) { projects.add(p); return this; }
        public Builder figure(ProvinceFigure f) { figures.add(f); return this; }
        public Builder event(TimelineEvent t) { timeline.add(t); return this; }
        public Builder qingdaLine(QingdaLine q) { this.qingdaLine = q; return this; }
        public Builder outreach(Outreach o) { outreach.add(o); return this; }
        public Builder corridor(Corridor c) { corridors.add(c); return this; }

        public Dataset build() {
            return new Dataset(this);
        }
    }
}
