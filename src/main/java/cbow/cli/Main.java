package cbow.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code cbow} command (declared in code, as the query commands are: see {@link CommandSpecs}).
 * Exit codes: 0 success, 1 a runtime failure, 2 a usage error. Every error is one line on standard
 * error; a stack trace is shown only with the environment variable {@code CBOW_DEBUG=1}.
 */
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;
    /** 128 + SIGPIPE: standard output was a pipe whose reader stopped reading ({@code | head}). */
    public static final int EXIT_PIPE_CLOSED = 141;

    /**
     * The commands, in the order help lists them. They are registered here rather than in the
     * annotation so that a query builds only its own command's model: picocli reads every option of
     * every command by reflection when the tree is built, most of a short query's CPU time.
     */
    private static final List<String> COMMANDS = List.of("train", "spark", "similar", "analogy", "similarity",
            "n-similarity", "doesnt-match", "rank", "closer-than", "evaluate", "export", "print-vectors", "phrases",
            "plot", "bench", "completion", "help");

    /**
     * The command line of one of {@link #COMMANDS}. A switch rather than a map of constructor
     * references: those lambdas load every command class at start-up, and a lambda implementing one
     * of picocli's Java 5 interfaces cannot go in the class-data-sharing archive, so the JVM would
     * generate it on every query. An annotated command gets its own {@code CommandLine} here, not from
     * {@code addSubcommand}, because only that constructor applies model transformers
     * ({@link EmbeddingsInput.Declaration}).
     */
    private static CommandLine newCommand(String name) {
        return switch (name) {
            case "train" -> new CommandLine(new TrainCommand());
            case "spark" -> new CommandLine(new SparkCommand());
            case "similar" -> new CommandLine(new SimilarCommand().spec());
            case "analogy" -> new CommandLine(new AnalogyCommand().spec());
            case "similarity" -> new CommandLine(new SimilarityCommand().spec());
            case "n-similarity" -> new CommandLine(new NSimilarityCommand().spec());
            case "doesnt-match" -> new CommandLine(new DoesntMatchCommand().spec());
            case "rank" -> new CommandLine(new RankCommand().spec());
            case "closer-than" -> new CommandLine(new CloserThanCommand().spec());
            case "evaluate" -> new CommandLine(new EvaluateCommand());
            case "export" -> new CommandLine(new ExportCommand());
            case "print-vectors" -> new CommandLine(new PrintVectorsCommand());
            case "phrases" -> new CommandLine(new PhrasesCommand());
            case "plot" -> new CommandLine(new PlotCommand());
            case "bench" -> new CommandLine(new BenchCommand());
            case "completion" -> new CommandLine(new CompletionCommand());
            case "help" -> new CommandLine(new CommandLine.HelpCommand());
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    private final CommandSpec spec = CommandSpecs.command(this, "cbow",
            new String[] {"Train CBOW word embeddings and query them."},
            "", "Examples:",
            "  cbow train corpus.txt && cbow similar king",
            "  cbow train --help",
            "  source <(cbow completion)",
            "", "Exit codes: 0 success, 1 runtime failure, 2 usage error,",
            "130/143 interrupted (SIGINT/SIGTERM),", "141 standard output closed by its reader (| head).");

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: " + String.join(", ", COMMANDS.subList(0, COMMANDS.indexOf("help"))));
    }

    public static void main(String[] args) {
        EmbeddingsPrefetch.start(args); // a query's file is read while picocli builds the command
        // picocli registers converters for the java.sql and java.time types by reflection in every
        // CommandLine, loading ~80 classes; no cbow option has those types (its documented switch)
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        System.exit(run(args));
    }

    /** The whole command tree, every command registered (for help, completion and tests). */
    static CommandLine allCommands() {
        return commandLine(null);
    }

    /** The command tree with only {@code first} registered, or all of them when {@code first} is null. */
    private static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new Main().spec);
        for (String name : COMMANDS) {
            if (first == null || name.equals(first)) {
                cli.addSubcommand(name, newCommand(name));
            }
        }
        return cli;
    }

    /** Runs the command line and returns the exit code (tests call this in-process). */
    public static int run(String... args) {
        // the command named first alone, when it needs no other (help and completion list them all):
        // making every command's model costs start-up time that a query should not pay
        boolean one = args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help") && !args[0].equals("completion");
        CommandLine cli = commandLine(one ? args[0] : null);
        // enum options (--loss, --optimizer, --vectors, ...) are converted by picocli, written in lowercase
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOverwrittenOptionsAllowed(true); // a repeated option: the last one wins, as in most Unix tools
        ErrorReport errors = new ErrorReport();
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("cbow: " + describeUnexpected(e));
            return EXIT_FAILURE;
        }
    }

    /**
     * Turns a usage error or a failed command into its one line on standard error and the exit code.
     * A named class, not lambdas: see {@link #newCommand}.
     */
    private static final class ErrorReport
            implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cmd = e.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println(qualifiedName(cmd) + ": " + e.getMessage()
                    + " (see '" + qualifiedName(cmd) + " --help')");
            err.flush();
            return EXIT_USAGE;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
            if (e instanceof StandardOutputClosed) {
                return EXIT_PIPE_CLOSED; // the reader wanted no more: nothing to report
            }
            PrintWriter err = cmd.getErr();
            String message = e instanceof CommandFailure ? e.getMessage() : describeUnexpected(e);
            err.println(qualifiedName(cmd) + ": " + message);
            if ("1".equals(System.getenv("CBOW_DEBUG"))) {
                e.printStackTrace(err);
            }
            err.flush();
            return EXIT_FAILURE;
        }
    }

    private static String describeUnexpected(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory; allow Java more with CBOW_JAVA_OPTS=-Xmx8g, or shrink --max-vocab";
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "internal error: " + detail + " (rerun with CBOW_DEBUG=1 for details, and please report it)";
    }

    private static String qualifiedName(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName();
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cbow " + (v == null ? "dev" : v)};
        }
    }
}
