package nl.verwijsindex.bench.drive;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of the service (run.sh --diagnose takes one during phase A): which methods
 * the CPU samples were in (self), and which methods were on the stack (inclusive), as shares of all
 * samples. Enough to see whether a request's CPU goes to the application, the framework, JDBC or mail.
 *
 * <pre>java -cp ... nl.verwijsindex.bench.drive.JfrSummary service.jfr [top] [regex]</pre>
 * With a regex, the inclusive list shows only the methods whose name matches it.
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        java.util.regex.Pattern focus = java.util.regex.Pattern.compile(args.length > 2 ? args[2] : "");
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                if (seen.add(name(frame))) {
                    inclusive.merge(name(frame), 1, Integer::sum);
                }
            }
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("-?\\d+$", "-N"), 1, Integer::sum);
        }
        System.out.printf("%d CPU samples%n", samples);
        print("Threads (by name pattern)", threads, samples, 10);
        print("Self (top frame)", self, samples, top);
        Map<String, Integer> focused = new HashMap<>();
        inclusive.forEach((method, count) -> {
            if (focus.matcher(method).find()) {
                focused.put(method, count);
            }
        });
        print("Inclusive (on the stack)" + (args.length > 2 ? ", matching " + args[2] : ""), focused, samples, top * 2);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
