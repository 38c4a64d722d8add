package es.conectaempleo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What Linux's {@code /proc} says about a process and the machine: CPU time (utime + stime, in clock
 * ticks) and resident memory (VmRSS), and the machine's busy ticks and load average, so a phase can
 * say how much CPU went to the tool and how much to everything else on the machine.
 */
final class ProcStat {
  /** Clock ticks per second ({@code getconf CLK_TCK}); 100 on every Linux kernel we run on. */
  static final long TICKS_PER_SECOND = clockTicks();

  private ProcStat() {}

  /** utime + stime of a process, in clock ticks. */
  static long cpuTicks(long pid) {
    String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of proc(5)
  }

  /**
   * CPU ticks of a process's threads, summed by thread name with digits and trailing separators
   * dropped ({@code http-thread-pool::http-listener(12)} counts as {@code http-thread-pool::http-listener}),
   * so JIT compilers, GC workers and request threads show apart.
   */
  static java.util.Map<String, Long> threadTicks(long pid) {
    var byName = new java.util.HashMap<String, Long>();
    try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      tasks.forEach(task -> {
        String stat = readOrEmpty(task.resolve("stat"));
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < 0) {
          return; // the thread ended
        }
        String name = stat.substring(open + 1, close).replaceAll("[0-9]+", "").replaceAll("[-_#() ]+$", "");
        String[] fields = stat.substring(close + 2).split(" ");
        byName.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
      });
    } catch (IOException e) {
      // the process ended
    }
    return byName;
  }

  /** Resident set size of a process, in KiB. */
  static long rssKiB(long pid) {
    return statusKiB(pid, "VmRSS:");
  }

  /** Peak resident set size of a process, in KiB. */
  static long peakRssKiB(long pid) {
    return statusKiB(pid, "VmHWM:");
  }

  /** Busy clock ticks of the whole machine (all CPUs, everything but idle and iowait). */
  static long machineBusyTicks() {
    String[] cpu = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+");
    long busy = 0;
    for (int i = 1; i < cpu.length && i <= 8; i++) {
      if (i != 4 && i != 5) { // idle, iowait
        busy += Long.parseLong(cpu[i]);
      }
    }
    return busy;
  }

  /** The 1-minute load average. */
  static double loadAverage() {
    return Double.parseDouble(read(Path.of("/proc/loadavg")).split(" ")[0]);
  }

  /** The pid of the first process whose command name is {@code name}, e.g. {@code mariadbd}. */
  static OptionalLong findByName(String name) {
    try (var dirs = Files.list(Path.of("/proc"))) {
      return dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(d -> name.equals(readOrEmpty(d.resolve("comm")).trim()))
          .mapToLong(d -> Long.parseLong(d.getFileName().toString()))
          .findFirst();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  static double ticksToMillis(long ticks) {
    return ticks * 1000.0 / TICKS_PER_SECOND;
  }

  private static long statusKiB(long pid, String field) {
    return read(Path.of("/proc", Long.toString(pid), "status")).lines()
        .filter(line -> line.startsWith(field))
        .map(line -> line.substring(field.length()).trim().split("\\s+")[0])
        .mapToLong(Long::parseLong)
        .findFirst()
        .orElse(0);
  }

  private static long clockTicks() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(getconf.getInputStream().readAllBytes()).trim();
      getconf.waitFor();
      return Long.parseLong(out);
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }

  private static String readOrEmpty(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
