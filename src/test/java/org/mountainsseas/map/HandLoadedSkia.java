package org.mountainsseas.map;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** Skia's library as a test loads it: its load ends when the test completes {@link #future}. */
final class HandLoadedSkia implements SkiaSwitch.Library {
    final AtomicInteger loads = new AtomicInteger();
    final CompletableFuture<String> future = new CompletableFuture<>();

    @Override
    public boolean tried() {
        return loads.get() > 0 && future.isDone();
    }

    @Override
    public String knownFailure() {
        return tried() ? future.join() : null;
    }

    @Override
    public CompletableFuture<String> load() {
        loads.incrementAndGet();
        return future;
    }
}
