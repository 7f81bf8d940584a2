using System.Globalization;

namespace PmgBot.Benchmarks.Harness;

/// <summary>CPU time (user + system) a process has used so far, from <c>/proc/&lt;pid&gt;/stat</c> (Linux).</summary>
public static class ProcessCpu
{
    /// <summary>Clock ticks per second of <c>/proc</c> times (<c>getconf CLK_TCK</c>; 100 on Linux x86-64 and arm64).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>utime + stime, or null when the process is gone.</summary>
    public static TimeSpan? Read(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        // Field 2 (comm) is in parentheses and may hold spaces: count fields after the last ')'.
        // After it come field 3 (state) …; utime and stime are fields 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((utime + stime) / TicksPerSecond);
    }
}
