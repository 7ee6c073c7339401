package org.mountainsseas.app;

import java.util.List;
import java.util.Map;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.LoadProblem;

/** Everything loaded at start-up: the facts, the projected geometry, derived sides and outlines, and the problems found. */
public record World(Dataset dataset, Atlas atlas, Map<String, LineSide> sides,
                    Map<String, List<double[]>> cityOutlines, List<LoadProblem> problems) {
}
