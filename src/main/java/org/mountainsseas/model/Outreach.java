package org.mountainsseas.model;

import java.util.List;

/**
 * A piece of Zhejiang's cooperation beyond the province (East–West cooperation or counterpart
 * support). {@code zhejiang} is the adcode of the Zhejiang county, city or the province
 * ({@code 330000}) that gives; {@code places} are where it went, never empty.
 */
public record Outreach(String id, Text name, Programme programme, Text programmeNote, String zhejiang,
                       Text zhejiangName, List<Place> places, Dating date, List<Figure> figures, Text note,
                       Provenance provenance) {
    public Outreach {
        places = List.copyOf(places);
        figures = List.copyOf(figures);
    }
}
