package org.mountainsseas.mode.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javafx.stage.Stage;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.app.World;
import org.mountainsseas.data.TourReader;
import org.mountainsseas.io.WriteFailure;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tour as a video: its length and size read back from the MP4, Cancel and failures leave no file, frames repeat exactly. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TourVideoTest {
    /** Flights of 10 frames (the first 5 fading), every step held 25 frames: 25 + 2 × (10 + 25) = 95 frames. */
    private static final VideoTiming SHORT = VideoTiming.fixed(25, 0.4, 0.2, 1);
    /** A GIF at 10 fps: flights of 4 frames (2 fading), steps held 10: 10 + 2 × (4 + 10) = 38 frames, 3.8 s. */
    private static final VideoTiming GIF_TIMING = VideoTiming.fixed(10, 0.4, 0.2, 1);
    private static World world;
    private static Tour threeSteps;
    private AppState state;

    @BeforeAll
    static void load() throws Exception {
        world = TestWorld.bundled();
        threeSteps = new TourReader(world.dataset()).read(
                Path.of(TourVideoTest.class.getResource("/org/mountainsseas/mode/lecture/three-steps.json").toURI()));
    }

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
    }

    private TourVideo video(int w, int h, VideoTiming timing, TourVideo.Output output) {
        return new TourVideo(state, threeSteps, LectureTheme.PROJECTOR, world.atlas(), world.cityOutlines(), w, h, timing,
                output, List.of(), () -> { });
    }

    private static <T> T run(javafx.concurrent.Task<T> task) throws Exception {
        Thread t = new Thread(task, "test-video");
        t.setDaemon(true);
        t.start();
        return task.get(300, TimeUnit.SECONDS);
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aThreeStepTourAt1280x720IsAnMp4OfTheExpectedLengthSizeAndPictures(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("tour.mp4");
        assertEquals(95, SHORT.totalFrames(List.of("a", "b", "c"), Language.EN));
        assertEquals(95, run(video(1280, 720, SHORT, TourVideo.mp4(mp4, 1280, 720, 25))));
        assertEquals(List.of(mp4), listing(dir), "the video and no temporary file");
        try (SeekableByteChannel ch = NIOUtils.readableChannel(mp4.toFile())) {
            MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(ch);
            DemuxerTrackMeta meta = demuxer.getVideoTrack().getMeta();
            assertEquals(95 / 25.0, meta.getTotalDuration(), 1e-6, "95 frames at 25 fps");
            // all three steps move the camera: each flight frame is a picture, each one-second hold one more
            assertEquals(1 + (10 + 1) + (10 + 1), meta.getTotalFrames());
            assertEquals(1280, meta.getVideoCodecMeta().getSize().getWidth());
            assertEquals(720, meta.getVideoCodecMeta().getSize().getHeight());
        }
        Picture last = FrameGrab.getFrameFromFile(mp4.toFile(), 22);
        assertEquals(1280, last.getWidth());
        assertEquals(720, last.getHeight());
    }

    @Test
    void cancellingLeavesNoFile(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("cancelled.mp4");
        TourVideo task = video(640, 360, SHORT, TourVideo.mp4(mp4, 640, 360, 25));
        task.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                task.cancel();
            }
        });
        assertThrows(CancellationException.class, () -> run(task));
        // the task's thread closes the writer after the cancel: wait for it to finish, not for a time
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listing(dir).isEmpty());
        assertEquals(List.of(), listing(dir), "neither the video nor a temporary file");
    }

    @Test
    void aFailedWriteLeavesNoFileAndSaysWhy(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("full.mp4");
        TourVideo.Output diskFillsUp = () -> {
            TourVideo.Sink real = TourVideo.mp4(mp4, 640, 360, 25).open();
            return new TourVideo.Sink() {
                private int added;

                @Override
                public void add(BufferedImage frame, int times) throws IOException {
                    if (++added > 3) {
                        throw new IOException("No space left on device");
                    }
                    real.add(frame, times);
                }

                @Override
                public void finish() throws IOException {
                    real.finish();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        };
        ExecutionException e = assertThrows(ExecutionException.class, () -> run(video(640, 360, SHORT, diskFillsUp)));
        assertEquals(WriteFailure.Reason.DISK_FULL, WriteFailure.of(e));
        assertEquals(List.of(), listing(dir), "no partial video");
        String zh = LectureExportMenu.failure(TestWorld.state(Language.ZH), e.getCause(), mp4);
        assertTrue(zh.contains("磁盘已满") && zh.contains("full.mp4"), zh);
        String en = LectureExportMenu.failure(state, e.getCause(), mp4);
        assertTrue(en.contains("The disk is full"), en);
    }

    @Test
    void theSameTourGivesTheSameFramesEveryTime() throws Exception {
        List<Integer> first = fingerprints();
        List<Integer> second = fingerprints();
        assertEquals(SHORT.totalFrames(List.of("a", "b", "c"), Language.EN),
                first.size(), "one fingerprint a frame");
        assertEquals(first, second);
        assertTrue(first.stream().distinct().count() > 10, "the flights move: frames differ from one another");
    }

    private List<Integer> fingerprints() throws Exception {
        List<Integer> prints = new ArrayList<>();
        TourVideo.Output memory = () -> new TourVideo.Sink() {
            @Override
            public void add(BufferedImage frame, int times) {
                int[] rgb = frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth());
                for (int i = 0; i < times; i++) {
                    prints.add(java.util.Arrays.hashCode(rgb));
                }
            }

            @Override
            public void finish() {
            }

            @Override
            public void close() {
            }
        };
        run(video(480, 270, SHORT, memory));
        return prints;
    }

    @Test
    void aThreeStepTourIsALoopingGifOfTheExpectedFramesSizeAndLength(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tour.gif");
        assertEquals(38, run(video(640, 360, GIF_TIMING, TourVideo.gif(file, 640, 360, 10))));
        assertEquals(List.of(file), listing(dir), "the GIF and no temporary file");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int images = reader.getNumImages(true);
            // each step moves the camera: a held picture is one image, each flight frame one more
            assertEquals(1 + (4 + 1) + (4 + 1), images);
            int centiseconds = 0;
            for (int i = 0; i < images; i++) {
                BufferedImage frame = reader.read(i);
                assertEquals(640, frame.getWidth());
                assertEquals(360, frame.getHeight());
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                centiseconds += Integer.parseInt(control.getAttribute("delayTime"));
                if (i == 0) {
                    assertEquals(1, root.getElementsByTagName("ApplicationExtension").getLength(), "loops");
                }
                if (System.getProperty("gif.frames") != null) {
                    ImageIO.write(frame, "png", Path.of(System.getProperty("gif.frames"), "frame-" + i + ".png").toFile());
                }
            }
            assertEquals(380, centiseconds, "38 frames at 10 fps");
            BufferedImage still = reader.read(0);
            assertTrue(distinctColours(still) > 8, "a picture, not a blank frame");
        }
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void cancellingAGifLeavesNoFile(@TempDir Path dir) throws Exception {
        TourVideo task = video(640, 360, GIF_TIMING, TourVideo.gif(dir.resolve("cancelled.gif"), 640, 360, 10));
        task.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                task.cancel();
            }
        });
        assertThrows(CancellationException.class, () -> run(task));
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listing(dir).isEmpty());
        assertEquals(List.of(), listing(dir), "neither the GIF nor a temporary file");
    }
}
