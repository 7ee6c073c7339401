package org.mountainsseas.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;
import org.jcodec.scale.AWTUtil;
import org.jcodec.scale.ColorUtil;
import org.jcodec.scale.Transform;
import org.mountainsseas.io.AtomicWriter;

/**
 * Writes frames as an H.264 video in an MP4 file with JCodec's pure-Java encoder, timed in
 * frames of {@code 1/fps} s. A picture held for several frames is stored once a second, each
 * sample lasting up to a second: JCodec codes an unchanged picture as a full P-frame (~19 kB at
 * 1280×720) rather than skipping it, so storing each of 25 identical frames a second would make a
 * video of still steps ten times larger and slower to write for the same picture on screen.
 * <p>
 * The file is written beside the target under a temporary name and renamed over it by
 * {@link #finish()}; closing without finishing (a cancel, a full disk, no permission) deletes it,
 * so no partial video is ever left. Width and height must be even (4:2:0 colour halves both).
 */
public final class Mp4Writer implements FrameSink, Closeable {
    private final AtomicWriter.Staged file;
    private final FileChannelWrapper channel;
    private final MP4Muxer muxer;
    private final MuxerTrack track;
    private final H264Encoder encoder = H264Encoder.createH264Encoder();
    private final Transform toYuv;
    private final Picture yuv;
    private final ByteBuffer buffer;
    private final int width;
    private final int height;
    private final int fps;
    private long frames;
    private int samples;
    private boolean closed;

    public Mp4Writer(Path target, int width, int height, int fps) throws IOException {
        if (width % 2 != 0 || height % 2 != 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a video needs an even width and height, not " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.fps = fps;
        ColorSpace space = encoder.getSupportedColorSpaces()[0];
        // a key frame every two seconds of flight at most, so a player can seek
        encoder.setKeyInterval(2 * fps);
        toYuv = ColorUtil.getTransform(ColorSpace.RGB, space);
        yuv = Picture.create(width, height, space);
        buffer = ByteBuffer.allocate(encoder.estimateBufferSize(yuv));
        file = AtomicWriter.stage(target);
        FileChannelWrapper ch = null;
        try {
            ch = NIOUtils.writableChannel(file.temp().toFile());
            muxer = MP4Muxer.createMP4MuxerToChannel(ch);
            track = muxer.addVideoTrack(Codec.H264, VideoCodecMeta.createSimpleVideoCodecMeta(new Size(width, height), space));
            channel = ch;
        } catch (IOException | RuntimeException e) {
            NIOUtils.closeQuietly(ch);
            file.close();
            throw e;
        }
    }

    /** Adds {@code frame}, shown for {@code times} frames. */
    @Override
    public void add(BufferedImage frame, int times) throws IOException {
        if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frame is " + frame.getWidth() + "x" + frame.getHeight() + ", video is " + width + "x" + height);
        }
        toYuv.transform(AWTUtil.fromBufferedImageRGB(frame), yuv);
        for (int left = times; left > 0; left -= fps) {
            encode(Math.min(fps, left));
        }
    }

    private void encode(int duration) throws IOException {
        buffer.clear();
        VideoEncoder.EncodedFrame encoded = encoder.encodeFrame(yuv, buffer);
        ByteBuffer data = encoded.getData();
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data).flip();
        track.addFrame(Packet.createPacket(copy, frames, fps, duration, samples,
                encoded.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER, null));
        frames += duration;
        samples++;
    }

    /** The video's length so far, in frames of {@code 1/fps} s. */
    public long frames() {
        return frames;
    }

    /** Pictures stored so far (a held picture is stored once a second). */
    public int samples() {
        return samples;
    }

    /** Samples that holding one picture for {@code times} frames stores. */
    public static int samplesFor(int times, int fps) {
        return (times + fps - 1) / fps;
    }

    /** Writes the file's index, closes it and puts it in place of the target. */
    public void finish() throws IOException {
        muxer.finish();
        channel.close();
        closed = true;
        file.commit();
    }

    /** Deletes the temporary file unless {@link #finish()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            NIOUtils.closeQuietly(channel);
            closed = true;
        }
        file.close();
    }
}
