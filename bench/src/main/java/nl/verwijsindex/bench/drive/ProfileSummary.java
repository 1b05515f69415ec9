package nl.verwijsindex.bench.drive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Summarises async-profiler's collapsed stacks of the service (run.sh --profile, recorded with the {@code threads}
 * option, so each stack starts with its thread): the service's CPU samples by thread group, and within the request
 * and after-commit threads by activity, as shares of all samples.
 *
 * <p>The activity of a sample is found from its leaf towards the root: the first frame that belongs to one of the
 * activities below names it (so the JDBC driver called by our code counts as JDBC, a hash our code computes as
 * crypto, and a frame of our own code with no such library frame above it as that class of ours). The inclusive lists
 * give, per class of ours and per framework marker, the share of samples that had it anywhere on the stack.
 *
 * <pre>java -cp ... nl.verwijsindex.bench.drive.ProfileSummary profile.collapsed [top]</pre>
 */
public final class ProfileSummary {

    /** Activities, checked in this order for each frame from the leaf up. */
    private static final Map<String, Pattern> ACTIVITIES = new LinkedHashMap<>();

    static {
        ACTIVITIES.put("JSON (Jackson)", Pattern.compile("^(com\\.fasterxml\\.jackson|tools\\.jackson)\\."));
        ACTIVITIES.put("crypto (JCA: HMAC, AES-GCM, digests, TLS)", Pattern.compile(
                "^(javax\\.crypto|com\\.sun\\.crypto|sun\\.security|java\\.security|org\\.bouncycastle)\\."));
        ACTIVITIES.put("JDBC (driver, Hikari, Spring JDBC)",
                Pattern.compile("^(org\\.postgresql|com\\.zaxxer\\.hikari|org\\.springframework\\.jdbc)\\."));
        ACTIVITIES.put("logging", Pattern.compile("^(ch\\.qos\\.logback|org\\.slf4j|org\\.apache\\.logging)\\."));
        ACTIVITIES.put("Modulith event publication",
                Pattern.compile("^org\\.springframework\\.modulith\\."));
        ACTIVITIES.put("security, session, filters",
                Pattern.compile("^(org\\.springframework\\.security|org\\.springframework\\.session)\\."));
        ACTIVITIES.put("validation", Pattern.compile("^(org\\.hibernate\\.validator|jakarta\\.validation)\\."));
        ACTIVITIES.put("observation (Micrometer)", Pattern.compile("^io\\.micrometer\\."));
        ACTIVITIES.put("mail (Jakarta Mail, GreenMail)",
                Pattern.compile("^(jakarta\\.mail|org\\.eclipse\\.angus|com\\.icegreen\\.greenmail|org\\.springframework\\.mail)\\."));
        ACTIVITIES.put("HTTP client", Pattern.compile("^(java\\.net\\.http|jdk\\.internal\\.net\\.http|org\\.springframework\\.web\\.client|org\\.springframework\\.http\\.client)\\."));
        ACTIVITIES.put("our code", Pattern.compile("^nl\\.verwijsindex\\."));
        ACTIVITIES.put("Tomcat, Spring MVC", Pattern.compile(
                "^(org\\.apache\\.(coyote|tomcat|catalina)|org\\.springframework\\.(web|http))\\."));
        ACTIVITIES.put("Spring (transactions, AOP, beans, events)", Pattern.compile("^org\\.springframework\\."));
    }

    /** Framework markers for the inclusive list (anywhere on the stack). */
    private static final Map<String, Pattern> MARKERS = new LinkedHashMap<>();

    static {
        MARKERS.put("Modulith: publication registry (store, complete, delete)",
                Pattern.compile("^org\\.springframework\\.modulith\\.events\\..*(Registry|Repository)"));
        MARKERS.put("Modulith: event serialisation", Pattern.compile("^org\\.springframework\\.modulith\\..*Serializer"));
        MARKERS.put("Jackson (JSON)", Pattern.compile("^(com\\.fasterxml\\.jackson|tools\\.jackson)\\."));
        MARKERS.put("JDBC driver (org.postgresql)", Pattern.compile("^org\\.postgresql\\."));
        MARKERS.put("Hikari (connection pool)", Pattern.compile("^com\\.zaxxer\\.hikari\\."));
        MARKERS.put("JCA crypto (javax.crypto, sun.security)", Pattern.compile("^(javax\\.crypto|com\\.sun\\.crypto|sun\\.security)\\."));
        MARKERS.put("Spring Security filter chain", Pattern.compile("^org\\.springframework\\.security\\.web\\.FilterChainProxy"));
        MARKERS.put("Spring Session", Pattern.compile("^org\\.springframework\\.session\\."));
        MARKERS.put("logging (Logback)", Pattern.compile("^ch\\.qos\\.logback\\."));
        MARKERS.put("Micrometer observation", Pattern.compile("^io\\.micrometer\\."));
        MARKERS.put("Spring transaction commit", Pattern.compile("^org\\.springframework\\.transaction\\..*\\.(commit|processCommit)$"));
        MARKERS.put("DispatcherServlet (request handling)", Pattern.compile("^org\\.springframework\\.web\\.servlet\\.DispatcherServlet\\.doDispatch$"));
    }

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Long> threads = new TreeMap<>();
        Map<String, Map<String, Long>> activityByGroup = new LinkedHashMap<>();
        Map<String, Long> ourClasses = new TreeMap<>();
        Map<String, Long> ourSelfClasses = new TreeMap<>();
        Map<String, Long> markers = new LinkedHashMap<>();
        long total = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            List<String> frames = new ArrayList<>();
            for (String frame : line.substring(0, space).split(";")) {
                frames.add(normal(frame));
            }
            total += count;
            String group = group(frames.isEmpty() ? "" : frames.get(0), frames);
            threads.merge(group, count, Long::sum);
            String activity = activity(frames);
            activityByGroup.computeIfAbsent(group, g -> new TreeMap<>()).merge(activity, count, Long::sum);
            if (activity.startsWith("our code: ")) {
                ourSelfClasses.merge(activity.substring("our code: ".length()), count, Long::sum);
            }
            Set<String> seenClasses = new HashSet<>();
            Set<String> seenMarkers = new HashSet<>();
            for (String frame : frames) {
                if (frame.startsWith("nl.verwijsindex.") && seenClasses.add(className(frame))) {
                    ourClasses.merge(className(frame), count, Long::sum);
                }
                for (Map.Entry<String, Pattern> marker : MARKERS.entrySet()) {
                    if (marker.getValue().matcher(frame).find() && seenMarkers.add(marker.getKey())) {
                        markers.merge(marker.getKey(), count, Long::sum);
                    }
                }
            }
        }
        System.out.printf("%,d CPU samples of the service (async-profiler, phase A)%n", total);
        print("Thread groups (share of all samples)", threads, total, 20);
        for (Map.Entry<String, Map<String, Long>> group : activityByGroup.entrySet()) {
            if (group.getKey().startsWith("request threads") || group.getKey().startsWith("after-commit")
                    || group.getKey().startsWith("scheduled")) {
                print(group.getKey() + ": by activity (share of all samples)", group.getValue(), total, 20);
            }
        }
        print("Our code's own frames by class, all threads (share of all samples)", ourSelfClasses, total, top);
        print("Our classes on the stack, all threads (inclusive, share of all samples)", ourClasses, total, top);
        print("Framework on the stack, all threads (inclusive, share of all samples)", markers, total, 30);
    }

    private static String normal(String frame) {
        String f = frame.endsWith("_[j]") || frame.endsWith("_[i]") || frame.endsWith("_[k]") || frame.endsWith("_[0]")
                || frame.endsWith("_[1]") ? frame.substring(0, frame.length() - 4) : frame;
        return f.startsWith("[") ? f : f.replace('/', '.');
    }

    private static String className(String frame) {
        String method = frame.contains("(") ? frame.substring(0, frame.indexOf('(')) : frame;
        int dot = method.lastIndexOf('.');
        String cls = dot > 0 ? method.substring(0, dot) : method;
        cls = cls.replaceAll("\\$\\$.*$", "").replaceAll("\\$[0-9]+$", "").replaceAll("\\$Lambda.*$", "");
        return cls.substring("nl.verwijsindex.".length());
    }

    private static String group(String first, List<String> frames) {
        String name = first.startsWith("[") ? first.replaceAll("^\\[|( tid=\\d+)?\\]$", "") : "?";
        if (name.matches("http-nio-.*-exec-\\d+")) {
            return "request threads (http-nio-*-exec-*)";
        }
        if (name.matches("task-\\d+")) {
            return "after-commit executor (task-*: listeners, notices, person checks)";
        }
        if (name.matches("scheduling-\\d+")) {
            return "scheduled tasks (scheduling-*)";
        }
        if (name.contains("CompilerThread") || name.startsWith("C1 ") || name.startsWith("C2 ")) {
            return "JIT compiler";
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ") || name.contains("Gang") || name.equals("VM Thread")) {
            return "GC and VM";
        }
        for (String frame : frames) {
            if (frame.startsWith("com.icegreen.greenmail.")) {
                return "in-process SMTP server (GreenMail)";
            }
        }
        if (name.startsWith("http-nio-")) {
            return "Tomcat acceptor and poller";
        }
        return "other: " + name.replaceAll("-?\\d+$", "-N").replaceAll("#\\d+", "#N");
    }

    private static String activity(List<String> frames) {
        for (int i = frames.size() - 1; i > 0; i--) {
            String frame = frames.get(i);
            for (Map.Entry<String, Pattern> activity : ACTIVITIES.entrySet()) {
                if (activity.getValue().matcher(frame).find()) {
                    return activity.getKey().equals("our code") ? "our code: " + className(frame) : activity.getKey();
                }
            }
        }
        return "JVM, JDK, native (no library frame)";
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.println();
        System.out.println(title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
