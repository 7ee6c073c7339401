package org.mountainsseas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mountainsseas.model.Corridor;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Outreach;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.Text;

/**
 * An index over a dataset for find-as-you-type. Each entry keeps its Chinese and English names,
 * their pinyin spellings (all readings of heteronyms) and initials; {@link #search} ranks exact
 * over prefix over substring matches, then by kind (counties first), then by shorter name.
 */
public final class SearchIndex {
    private final List<Entry> entries;

    private record Entry(SearchHit.Kind kind, String id, Text title, Text detail, String adcode, MatchKeys keys) {
    }

    private SearchIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static SearchIndex build(Dataset data) {
        List<Entry> out = new ArrayList<>();
        for (County c : data.counties()) {
            out.add(entry(SearchHit.Kind.COUNTY, c.adcode(), c.name(), c.city(), c.adcode(), c.name(), shortName(c.name()),
                    Text.same(c.adcode())));
        }
        for (Pairing p : data.pairings()) {
            County mountain = data.county(p.mountain());
            Text detail = mountain == null ? Text.same(p.mountain()) : mountain.name();
            String target = p.partner() != null ? p.partner() : p.mountain();
            out.add(entry(SearchHit.Kind.PARTNER, p.id(), p.partnerName(), detail, target, p.partnerName()));
        }
        for (Enclave e : data.enclaves()) {
            String target = e.host() != null ? e.host() : e.beneficiary();
            out.add(entry(SearchHit.Kind.ENCLAVE, e.id(), e.name(), e.hostPlace(), target, e.name(), e.beneficiaryName()));
        }
        for (Project p : data.projects()) {
            String target = p.location() != null ? p.location() : p.partners().isEmpty() ? null : p.partners().get(0);
            out.add(entry(SearchHit.Kind.PROJECT, p.id(), p.name(), p.locationPlace(), target, p.name()));
        }
        for (Outreach o : data.outreach()) {
            String target = data.county(o.zhejiang()) != null ? o.zhejiang() : null;
            List<Text> names = new ArrayList<>(List.of(o.name(), o.zhejiangName()));
            o.places().forEach(p -> names.add(p.name()));
            out.add(entry(SearchHit.Kind.BEYOND, o.id(), o.name(), o.places().get(0).name(), target, names.toArray(Text[]::new)));
        }
        for (Corridor c : data.corridors()) {
            String target = c.counties().isEmpty() ? null : c.counties().get(0);
            out.add(entry(SearchHit.Kind.CORRIDOR, c.id(), c.name(), c.note() == null ? c.name() : c.note(), target, c.name()));
        }
        for (Source s : data.sources()) {
            Text title = Text.same(s.title());
            Text detail = Text.same(s.publisher() == null ? s.date() == null ? "" : s.date() : s.publisher());
            out.add(entry(SearchHit.Kind.SOURCE, s.id(), title, detail, null, title, detail));
        }
        return new SearchIndex(out);
    }

    /** 龙泉市 → 龙泉, "Longquan City" → "Longquan": what people type for a county. */
    static Text shortName(Text name) {
        String zh = name.zh().length() > 2 ? name.zh().replaceFirst("[市县区]$", "") : name.zh();
        String en = name.en().replaceFirst(" (City|County|District)$", "");
        return Text.of(zh, en);
    }

    private static Entry entry(SearchHit.Kind kind, String id, Text title, Text detail, String adcode, Text... names) {
        List<String> texts = new ArrayList<>();
        for (Text t : names) {
            texts.add(t.zh());
            texts.add(t.en());
        }
        return new Entry(kind, id, title, detail, adcode, MatchKeys.of(texts));
    }

    public int size() {
        return entries.size();
    }

    /** The best {@code limit} matches for what the user typed; empty for a blank query. */
    public List<SearchHit> search(String query, int limit) {
        String q = MatchKeys.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        String py = Pinyin.normalizeQuery(q);
        List<SearchHit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int score = e.keys().score(q, py);
            if (score > 0) {
                hits.add(new SearchHit(e.kind(), e.id(), e.title(), e.detail(), e.adcode(), score));
            }
        }
        // equal scores: a name whose English spelling starts like the query first, so "lq" puts
        // Longquan (龙泉) before Yueqing (乐清, whose 乐 also reads lè)
        String first = q.substring(0, 1);
        hits.sort(Comparator.comparingInt(SearchHit::score).reversed()
                .thenComparing(h -> !h.title().en().toLowerCase(java.util.Locale.ROOT).startsWith(first))
                .thenComparing(SearchHit::kind)
                .thenComparingInt(h -> h.title().zh().length())
                .thenComparing(SearchHit::id));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }
}
