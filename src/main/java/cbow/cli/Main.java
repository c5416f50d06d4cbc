package cbow.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cbow} command. Exit codes: 0 success, 1 a runtime failure, 2 a usage error. Every error
 * is one line on standard error; a stack trace is shown only with the environment variable
 * {@code CBOW_DEBUG=1}.
 */
@Command(name = "cbow",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Train CBOW word embeddings and query them.",
        footer = {"", "Examples:",
            "  cbow train corpus.txt && cbow similar king",
            "  cbow train --help",
            "  source <(cbow completion)",
            "", "Exit codes: 0 success, 1 runtime failure, 2 usage error,",
            "130/143 interrupted (SIGINT/SIGTERM),", "141 standard output closed by its reader (| head)."})
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
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("train", TrainCommand::new);
        COMMANDS.put("spark", SparkCommand::new);
        COMMANDS.put("similar", SimilarCommand::new);
        COMMANDS.put("analogy", AnalogyCommand::new);
        COMMANDS.put("similarity", SimilarityCommand::new);
        COMMANDS.put("n-similarity", NSimilarityCommand::new);
        COMMANDS.put("doesnt-match", DoesntMatchCommand::new);
        COMMANDS.put("rank", RankCommand::new);
        COMMANDS.put("closer-than", CloserThanCommand::new);
        COMMANDS.put("evaluate", EvaluateCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("print-vectors", PrintVectorsCommand::new);
        COMMANDS.put("phrases", PhrasesCommand::new);
        COMMANDS.put("plot", PlotCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
        COMMANDS.put("completion", CompletionCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: " + String.join(", ", COMMANDS.keySet().stream().filter(c -> !c.equals("help")).toList()));
    }

    public static void main(String[] args) {
        EmbeddingsPrefetch.start(args); // a query's file is read while picocli builds the command
        System.exit(run(args));
    }

    /** The whole command tree, every command registered (for help, completion and tests). */
    static CommandLine allCommands() {
        return commandLine(null);
    }

    /** The command tree with only {@code first} registered, or all of them when {@code first} is null. */
    private static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new Main());
        COMMANDS.forEach((name, command) -> {
            if (first == null || name.equals(first)) {
                cli.addSubcommand(name, command.get());
            }
        });
        return cli;
    }

    /** Runs the command line and returns the exit code (tests call this in-process). */
    public static int run(String... args) {
        // the command named first alone, when it needs no other (help and completion list them all):
        // making every command's model costs start-up time that a query should not pay
        boolean one = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help") && !args[0].equals("completion");
        CommandLine cli = commandLine(one ? args[0] : null);
        // enum options (--loss, --optimizer, --vectors, ...) are converted by picocli, written in lowercase
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOverwrittenOptionsAllowed(true); // a repeated option: the last one wins, as in most Unix tools
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("cbow: " + describeUnexpected(e));
            return EXIT_FAILURE;
        }
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(qualifiedName(cmd) + ": " + e.getMessage()
                + " (see '" + qualifiedName(cmd) + " --help')");
        err.flush();
        return EXIT_USAGE;
    }

    private static int failure(Exception e, CommandLine cmd) {
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
