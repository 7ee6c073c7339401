package org.mountainsseas.mode.kiosk;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Keeps an unattended kiosk alive. Logs go to rotating files in the user data folder
 * ({@link KioskLog}); an uncaught exception on any thread is logged and the kiosk returns to the
 * home view ({@link KioskGuard}); a UI thread silent for {@code watchdog.stall.seconds} is logged
 * with its stack, and the kiosk returns to the home view once it answers again; one silent for
 * {@code watchdog.restart.seconds} makes the process exit with status {@value #EXIT_STALLED}, for
 * the service manager to start it again (see the README's autostart section).
 */
public final class KioskHealth implements AutoCloseable {
    /** Exit status after a fatal stall or an error storm: "restart me". */
    public static final int EXIT_STALLED = 70;
    private static final Logger LOG = Logger.getLogger(KioskHealth.class.getName());
    private final KioskWatchdog watchdog;
    private final Handler logFile;
    private final KioskGuard guard;

    private KioskHealth(KioskWatchdog watchdog, Handler logFile, KioskGuard guard) {
        this.watchdog = watchdog;
        this.logFile = logFile;
        this.guard = guard;
    }

    /**
     * Starts logging and the exception guard; call on the FX thread. The watchdog starts with
     * {@link #watch()}, once the window is built (building it may take seconds on a slow machine).
     */
    public static KioskHealth start(KioskConfig config, Runnable recover) {
        Handler file = KioskLog.install(KioskFiles.userDataFolder().resolve("logs"), config.logKilobytes());
        Runnable giveUp = () -> Runtime.getRuntime().halt(EXIT_STALLED);
        KioskGuard guard = new KioskGuard(Platform::runLater, recover, giveUp, System::currentTimeMillis);
        Thread.setDefaultUncaughtExceptionHandler(guard);
        Thread.currentThread().setUncaughtExceptionHandler(guard);
        Thread fx = Thread.currentThread();
        KioskWatchdog dog = new KioskWatchdog(Platform::runLater, System::currentTimeMillis,
                (long) (config.stallSeconds() * 1000), (long) (config.restartSeconds() * 1000), new KioskWatchdog.Listener() {
                    @Override
                    public void stalled(long silentMillis) {
                        LOG.warning("the UI thread has not answered for " + silentMillis + " ms; it is at:" + stackOf(fx));
                    }

                    @Override
                    public void recovered(long silentMillis) {
                        LOG.warning("the UI thread answered again after about " + silentMillis + " ms; returning to the home view");
                        Platform.runLater(recover);
                    }

                    @Override
                    public void dead(long silentMillis) {
                        LOG.severe("the UI thread has not answered for " + silentMillis + " ms; exiting with status "
                                + EXIT_STALLED + " for the service manager to restart the kiosk");
                        giveUp.run();
                    }
                });
        LOG.info("kiosk started; logs in " + KioskFiles.userDataFolder().resolve("logs"));
        for (String w : config.warnings()) {
            LOG.warning("kiosk config: " + w);
        }
        return new KioskHealth(dog, file, guard);
    }

    /** Starts the UI-thread watchdog. */
    public void watch() {
        watchdog.start();
    }

    static String stackOf(Thread t) {
        StringBuilder b = new StringBuilder();
        for (StackTraceElement e : t.getStackTrace()) {
            b.append("\n\tat ").append(e);
        }
        return b.toString();
    }

    public KioskGuard guard() {
        return guard;
    }

    @Override
    public void close() {
        watchdog.close();
        if (logFile != null) {
            Logger.getLogger("org.mountainsseas").removeHandler(logFile);
            logFile.close();
        }
        LOG.log(Level.FINE, "kiosk health stopped");
    }
}
