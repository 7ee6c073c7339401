package org.mountainsseas.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/**
 * The app's tile source, registered through {@code META-INF/services}: it never touches the
 * network. Every tile is one shared transparent image, so Gluon Maps draws nothing beneath the
 * app's own layers.
 */
public final class OfflineTileRetriever implements TileRetriever {
    private static volatile Image blank;

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        Image image = blank;
        if (image == null) {
            image = new WritableImage(1, 1);
            blank = image;
        }
        return CompletableFuture.completedFuture(image);
    }
}
