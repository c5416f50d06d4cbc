package cbow.train;

import cbow.data.Examples;
import cbow.embed.TrainingHistory;
import cbow.io.AtomicFile;
import cbow.model.Parameters;
import cbow.vocab.Vocabulary;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The full state of a training run, saved so that {@code cbow train --resume} ends with exactly the
 * vectors an uninterrupted run gives. Binary, big-endian (Java's DataOutput), in this order:
 *
 * <pre>
 *   magic      8 bytes "CBOWCKPT"
 *   version    int (3; version 2 had no fixed_window and always used fixed windows, and is still
 *              read; version 1 had no decay)
 *   settings   dim int, window int, min_count long, max_vocab int, batch_size int, alpha double,
 *              epochs int, seed long, loss, negative int, sample double, hidden, threads int,
 *              vectors, decay, optimizer (the names as modified UTF-8), fixed_window boolean
 *              (written and read by {@link TrainingSettings})
 *   corpus     examples int, fingerprint long (of the vocabulary-id stream, {@link Examples#fingerprint})
 *   vocabulary V int, then V times: word (modified UTF-8, length-prefixed), count long
 *   position   epoch int (1-based, under way), batch int (next, 0-based), step long,
 *              epoch loss sum double, epoch examples long, stretch loss sum double, stretch examples long
 *   history    E int, E epoch losses double; S int, S times: step long, loss double
 *   parameters W1 (N x V), b1 (N), W2 (V x N), b2 (V): float32, row-major
 *   moments    the optimizer's: none for sgd, one set shaped as the parameters for adagrad, two for adam
 *   checksum   CRC-32 of everything above, as a long
 * </pre>
 *
 * No random generator state is stored: initial parameters are superseded by the saved ones, and the
 * batch order of an epoch depends only on the seed and the epoch number.
 */
public final class Checkpoint {
    static final byte[] MAGIC = "CBOWCKPT".getBytes(StandardCharsets.US_ASCII);
    public static final int VERSION = 3;
    /** The oldest version read: its runs all had fixed windows. */
    private static final int OLDEST_READ = 2;

    private final TrainingSettings settings;
    private final int examples;
    private final long fingerprint;
    private final Vocabulary vocabulary;
    private final TrainingState state;
    private final Parameters parameters;
    private final Parameters[] moments;

    private Checkpoint(TrainingSettings settings, int examples, long fingerprint, Vocabulary vocabulary,
                       TrainingState state, Parameters parameters, Parameters[] moments) {
        this.settings = settings;
        this.examples = examples;
        this.fingerprint = fingerprint;
        this.vocabulary = vocabulary;
        this.state = state;
        this.parameters = parameters;
        this.moments = moments;
    }

    public TrainingSettings settings() {
        return settings;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public TrainingState state() {
        return state;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The optimizer's moments (as many sets as it keeps), for the network that resumes. */
    public Parameters[] moments() {
        return moments;
    }

    /** Saves atomically: an interrupted save leaves the previous checkpoint in place. */
    public static void write(Path file, TrainingSettings settings, Vocabulary vocabulary, Examples examples,
                             TrainingState state, Parameters parameters, Parameters[] moments) throws IOException {
        AtomicFile.write(file, out -> writeTo(out, settings, vocabulary, examples, state, parameters, moments));
    }

    private static void writeTo(OutputStream target, TrainingSettings s, Vocabulary vocabulary, Examples examples,
                                TrainingState state, Parameters parameters, Parameters[] moments) throws IOException {
        CheckedOutputStream checked = new CheckedOutputStream(target, new CRC32());
        DataOutputStream out = new DataOutputStream(checked);
        out.write(MAGIC);
        out.writeInt(VERSION);
        s.write(out);
        out.writeInt(examples.size());
        out.writeLong(examples.fingerprint());
        out.writeInt(vocabulary.size());
        for (int i = 0; i < vocabulary.size(); i++) {
            out.writeUTF(vocabulary.word(i));
            out.writeLong(vocabulary.count(i));
        }
        out.writeInt(state.epoch);
        out.writeInt(state.batch);
        out.writeLong(state.step);
        out.writeDouble(state.epochLossSum);
        out.writeLong(state.epochExamples);
        out.writeDouble(state.stretchLossSum);
        out.writeLong(state.stretchExamples);
        List<Double> epochLosses = state.history.epochLosses();
        out.writeInt(epochLosses.size());
        for (double loss : epochLosses) {
            out.writeDouble(loss);
        }
        List<TrainingHistory.Point> steps = state.history.steps();
        out.writeInt(steps.size());
        for (TrainingHistory.Point p : steps) {
            out.writeLong(p.step());
            out.writeDouble(p.loss());
        }
        for (Parameters p : withMoments(parameters, moments)) {
            for (var m : p.all()) {
                writeFloats(out, m.data, m.getNumElements());
            }
        }
        out.flush();
        new DataOutputStream(target).writeLong(checked.getChecksum().getValue());
    }

    private static Parameters[] withMoments(Parameters parameters, Parameters[] moments) {
        Parameters[] all = new Parameters[1 + moments.length];
        all[0] = parameters;
        System.arraycopy(moments, 0, all, 1, moments.length);
        return all;
    }

    /** Reads a checkpoint; anything but an intact one is a {@link CheckpointFormatException}. */
    public static Checkpoint read(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CheckedInputStream checked = new CheckedInputStream(raw, new CRC32());
            Checkpoint c = new Reader(new DataInputStream(checked), size).read();
            long computed = checked.getChecksum().getValue();
            long stored = new DataInputStream(raw).readLong();
            if (stored != computed || raw.read() != -1) {
                throw new CheckpointFormatException("the checkpoint is corrupt (its checksum does not match)");
            }
            return c;
        } catch (EOFException e) {
            throw new CheckpointFormatException("the checkpoint ends too early (truncated?)");
        } catch (UTFDataFormatException e) {
            throw new CheckpointFormatException("the checkpoint is corrupt (a word is not valid text)");
        }
    }

    /**
     * Fails unless {@code requested} continues this run (see {@link TrainingSettings.Builder#continuing}),
     * and asks for at least the epochs already done.
     */
    public void requireCompatible(TrainingSettings requested) {
        settings.requireContinuedBy(requested);
        if (requested.epochs() < state.completedEpochs()) {
            throw new CheckpointMismatchException("--epochs " + requested.epochs() + " is fewer than the "
                    + state.completedEpochs() + " epochs the checkpoint has already done");
        }
    }

    /** Fails unless the corpus read now gives the vocabulary and examples this run was trained on. */
    public void requireSameCorpus(Vocabulary now, Examples nowExamples) {
        if (!now.words().equals(vocabulary.words()) || !Arrays.equals(now.counts(), vocabulary.counts())
                || nowExamples.size() != examples || nowExamples.fingerprint() != fingerprint) {
            throw new CheckpointMismatchException("the corpus is not the one the checkpoint was made from"
                    + " (its vocabulary or text differs)");
        }
    }

    private static void writeFloats(DataOutputStream out, float[] data, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 15);
        for (int from = 0; from < length; ) {
            int n = Math.min(buffer.capacity() / 4, length - from);
            buffer.clear();
            buffer.asFloatBuffer().put(data, from, n);
            out.write(buffer.array(), 0, n * 4);
            from += n;
        }
    }

    /** One read of one file; every size is checked against the file's length before anything is allocated. */
    private static final class Reader {
        private final DataInputStream in;
        private final long fileSize;

        Reader(DataInputStream in, long fileSize) {
            this.in = in;
            this.fileSize = fileSize;
        }

        Checkpoint read() throws IOException {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new CheckpointFormatException("not a cbow checkpoint (it does not start with CBOWCKPT)");
            }
            int version = in.readInt();
            if (version < OLDEST_READ || version > VERSION) {
                throw new CheckpointFormatException("checkpoint format version " + version
                        + " is not supported (this cbow reads versions " + OLDEST_READ + " to " + VERSION + ")");
            }
            TrainingSettings settings;
            try {
                settings = TrainingSettings.read(in, version);
            } catch (IllegalArgumentException e) {
                throw corrupt("its settings are out of range: " + e.getMessage());
            }
            int examples = in.readInt();
            long fingerprint = in.readLong();
            int v = count(10); // a word costs at least 2 + 8 bytes
            List<String> words = new ArrayList<>(Math.min(v, 1 << 16));
            long[] counts = new long[v];
            for (int i = 0; i < v; i++) {
                words.add(in.readUTF());
                counts[i] = in.readLong();
            }
            Vocabulary vocabulary;
            try {
                vocabulary = new Vocabulary(words, counts);
            } catch (IllegalArgumentException e) {
                throw corrupt(e.getMessage());
            }
            int epoch = in.readInt();
            int batch = in.readInt();
            long step = in.readLong();
            double epochLossSum = in.readDouble();
            long epochExamples = in.readLong();
            double stretchLossSum = in.readDouble();
            long stretchExamples = in.readLong();
            TrainingHistory history = new TrainingHistory();
            for (int i = count(8); i > 0; i--) {
                history.addEpoch(in.readDouble());
            }
            for (int i = count(16); i > 0; i--) {
                history.addStep(in.readLong(), in.readDouble());
            }
            if (epoch > settings.epochs() + 1 || examples < 1) {
                throw corrupt("its position is out of range");
            }
            TrainingState state;
            try {
                state = TrainingState.restore(epoch, batch, step, epochLossSum, epochExamples,
                        stretchLossSum, stretchExamples, history);
            } catch (IllegalArgumentException e) {
                throw corrupt(e.getMessage());
            }
            long floats = (2L * v * settings.dim() + v + settings.dim()) * (1 + settings.optimizer().moments());
            if (4 * floats > fileSize || (long) v * settings.dim() > ModelSize.MAX_ARRAY) {
                throw new EOFException();
            }
            Parameters parameters = new Parameters(v, settings.dim());
            Parameters[] moments = new Parameters[settings.optimizer().moments()];
            for (int k = 0; k < moments.length; k++) {
                moments[k] = new Parameters(v, settings.dim());
            }
            for (Parameters p : withMoments(parameters, moments)) {
                for (var m : p.all()) {
                    readFloats(m.data, m.getNumElements());
                }
            }
            return new Checkpoint(settings, examples, fingerprint, vocabulary, state, parameters, moments);
        }

        /** Reads a count of items of at least {@code bytesEach} bytes, which the file must be able to hold. */
        private int count(int bytesEach) throws IOException {
            int n = in.readInt();
            if (n < 0) {
                throw corrupt("a negative count");
            }
            if ((long) n * bytesEach > fileSize) {
                throw new EOFException();
            }
            return n;
        }

        private void readFloats(float[] data, int length) throws IOException {
            byte[] bytes = new byte[1 << 15];
            for (int from = 0; from < length; ) {
                int n = Math.min(bytes.length / 4, length - from);
                in.readFully(bytes, 0, n * 4);
                ByteBuffer.wrap(bytes, 0, n * 4).asFloatBuffer().get(data, from, n);
                from += n;
            }
        }

        private static CheckpointFormatException corrupt(String why) {
            return new CheckpointFormatException("the checkpoint is corrupt (" + why + ")");
        }
    }
}
