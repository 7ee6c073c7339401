package org.mountainsseas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.EnclaveType;
import org.mountainsseas.model.Outreach;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Place;
import org.mountainsseas.model.Programme;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.Text;

class SearchIndexTest {
    private static final Provenance P = new Provenance(List.of("s1"), Confidence.HIGH, null);
    private static final Dataset DATA = Dataset.builder()
            .county(new County("331181", Text.of("龙泉市", "Longquan City"), Text.of("丽水市", "Lishui"), "331100"))
            .county(new County("330382", Text.of("乐清市", "Yueqing City"), Text.of("温州市", "Wenzhou"), "330300"))
            .county(new County("330522", Text.of("长兴县", "Changxing County"), Text.of("湖州市", "Huzhou"), "330500"))
            .county(new County("330324", Text.of("永嘉县", "Yongjia County"), Text.of("温州市", "Wenzhou"), "330300"))
            .source(new Source("s1", "Mountain-sea cooperation report", "Zhejiang Daily", "2023", null, null))
            .pairing(new Pairing("PR01", "331181", null, Text.of("杭州钱塘新区", "Qiantang New Area"), null,
                    Pairing.Status.ACTIVE, null, P))
            .outreach(new Outreach("B01", Text.of("阿拉尔市第一中学", "Alar No. 1 Middle School"), Programme.COUNTERPART_SUPPORT,
                    null, "330382", Text.same("乐清"), List.of(new Place("650000", "659002", Text.of("阿拉尔市", "Alar"), 40.5, 81.3,
                    null)), null, List.of(), null, P))
            .outreach(new Outreach("B02", Text.of("那曲工厂", "Nagqu factory"), Programme.COUNTERPART_SUPPORT, null, "330000",
                    Text.same("浙江"), List.of(new Place("540000", null, Text.of("那曲", "Nagqu"), 31.5, 92.0, null)), null,
                    List.of(), null, P))
            .enclave(new Enclave("E01", Text.of("龙泉科创飞地", "Longquan sci-tech enclave"), EnclaveType.SCI_TECH, null,
                    "330382", Text.same("乐清"), "331181", Text.same("龙泉"), null, List.of(), null, P))
            .build();
    private final SearchIndex index = SearchIndex.build(DATA);

    private List<String> ids(String query) {
        return index.search(query, 10).stream().map(SearchHit::id).toList();
    }

    @Test
    void chineseCharactersFindTheCounty() {
        assertEquals("331181", ids("龙泉").get(0));
    }

    @Test
    void pinyinWithAndWithoutTonesFindsTheCounty() {
        assertEquals("331181", ids("longquan").get(0));
        assertEquals("331181", ids("lóngquán").get(0));
        assertEquals("331181", ids("long2 quan2").get(0));
        assertEquals("331181", ids("Long Quan").get(0));
    }

    @Test
    void pinyinInitialsFindTheCounty() {
        assertTrue(ids("lq").contains("331181"), ids("lq").toString());
        // 乐清 (Yueqing) also spells "lq", with 乐's other reading lè
        List<String> lq = ids("lq");
        assertTrue(lq.indexOf("331181") < lq.indexOf("330382"), "Longquan before Yueqing: " + lq);
        assertEquals("331181", ids("lqs").get(0).equals("331181") ? "331181" : ids("lqs").get(1));
        assertEquals("330324", ids("yjx").get(0));
    }

    @Test
    void everyReadingOfAHeteronymIsIndexed() {
        assertEquals("330382", ids("yueqing").get(0));
        assertTrue(ids("leqing").contains("330382"));
        assertEquals("330522", ids("changxing").get(0));
        assertTrue(ids("zhangxing").contains("330522"));
    }

    @Test
    void englishFindsByWordPrefix() {
        assertEquals("330324", ids("yongjia").get(0));
        assertEquals("330522", ids("Changxing County").get(0));
        assertTrue(ids("county").containsAll(List.of("330522", "330324")));
    }

    @Test
    void resultsCoverPartnersEnclavesAndSources() {
        assertEquals(SearchHit.Kind.PARTNER, index.search("钱塘", 5).get(0).kind());
        assertEquals("331181", index.search("qiantang", 5).get(0).adcode(), "a partner off the map flies to its mountain county");
        assertTrue(ids("科创飞地").contains("E01"));
        assertEquals(SearchHit.Kind.SOURCE, index.search("zhejiang daily", 5).get(0).kind());
    }

    @Test
    void itemsBeyondZhejiangAreFoundByTheirPlaceAndFlyToTheirZhejiangCounty() {
        SearchHit school = index.search("alar", 5).get(0);
        assertEquals(SearchHit.Kind.BEYOND, school.kind());
        assertEquals("B01", school.id());
        assertEquals("330382", school.adcode());
        assertEquals("B01", index.search("阿拉尔", 5).get(0).id());
        SearchHit nagqu = index.search("nagqu", 5).get(0);
        assertEquals("B02", nagqu.id());
        assertEquals(null, nagqu.adcode(), "the province as giver has no county to fly to");
    }

    @Test
    void countiesRankBeforeOtherKindsOfEqualScore() {
        List<SearchHit> hits = index.search("longquan", 10);
        assertEquals(SearchHit.Kind.COUNTY, hits.get(0).kind());
        assertTrue(hits.stream().anyMatch(h -> h.kind() == SearchHit.Kind.ENCLAVE));
    }

    @Test
    void blankOrUnmatchedQueriesFindNothing() {
        assertTrue(ids("  ").isEmpty());
        assertTrue(ids("xyzzy").isEmpty());
        assertEquals(2, index.search("市", 2).size(), "the limit is kept");
    }

    @Test
    void adcodesFindTheirCounty() {
        assertEquals("331181", ids("331181").get(0));
    }
}
