package org.mountainsseas.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mountainsseas.io.AtomicWriter;

/**
 * Writes the GIS layers into a folder: {@code counties.geojson}, {@code pairings.geojson},
 * {@code enclaves.geojson} and all three in {@code mountains-seas.gpkg}. Each file appears whole or
 * not at all.
 */
public final class GisExport {
    public static final String GEOPACKAGE = "mountains-seas.gpkg";

    private GisExport() {
    }

    /** Writes the files and returns them, GeoJSON first. */
    public static List<Path> write(List<GisLayers.Layer> layers, Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        long total = layers.size() + 1L;
        long done = 0;
        for (GisLayers.Layer layer : layers) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            GeoJsonWriter.write(layer, bytes, Progress.NONE);
            progress.check();
            Path file = folder.resolve(layer.name() + ".geojson");
            AtomicWriter.write(file, bytes.toByteArray());
            written.add(file);
            progress.update(++done, total);
        }
        Path gpkg = folder.resolve(GEOPACKAGE);
        GeoPackageWriter.write(layers, gpkg, progress);
        written.add(gpkg);
        progress.update(total, total);
        return written;
    }
}
