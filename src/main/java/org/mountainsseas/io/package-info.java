/**
 * The user's own files, kept safe: where they live ({@link org.mountainsseas.io.UserDataDir}),
 * how they are written ({@link org.mountainsseas.io.AtomicWriter}: temporary file, fsync, atomic
 * rename) and read back ({@link org.mountainsseas.io.SafeReader}: a damaged file is set aside, never
 * deleted, and defaults are used with a warning), and the app settings stored that way. No JavaFX.
 */
package org.mountainsseas.io;
