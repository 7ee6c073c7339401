package org.mountainsseas.export;

import java.util.concurrent.CancellationException;

/** Reports an export's progress and asks whether it was cancelled; both are called from the exporting thread. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean cancelled();

    /** Throws {@link CancellationException} if cancelled, so an export stops between rows. */
    default void check() {
        if (cancelled()) {
            throw new CancellationException("export cancelled");
        }
    }
}
