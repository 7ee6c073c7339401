package org.mountainsseas.data;

import java.util.List;
import org.mountainsseas.model.LoadProblem;

/** What a reader produced and every problem it found; the value holds only what was valid. */
public record LoadResult<T>(T value, List<LoadProblem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
