package nl.verwijsindex.bench.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name value} and {@code --flag}; unknown names are refused. */
public final class Args {

    private final Map<String, String> values = new HashMap<>();

    private Args() {
    }

    /**
     * @param flags   options that take no value
     * @param options options that take a value
     */
    public static Args parse(String[] argv, Set<String> flags, Set<String> options) {
        Args args = new Args();
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            if (flags.contains(name)) {
                args.values.put(name, "true");
            } else if (options.contains(name) && i + 1 < argv.length) {
                args.values.put(name, argv[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option or missing value: " + arg);
            }
        }
        return args;
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public long number(String name, long fallback) {
        return values.containsKey(name) ? Long.parseLong(values.get(name).replace("_", "")) : fallback;
    }

    public double decimal(String name, double fallback) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    }
}
