package org.mountainsseas.data;

import org.mountainsseas.model.LoadProblem;

/** A file or item could not be read; carries the problem as the user will see it. */
public final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient LoadProblem problem;

    public LoadException(LoadProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public LoadProblem problem() {
        return problem;
    }
}
