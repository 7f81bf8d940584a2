using System.Globalization;

namespace PmgBot.Benchmarks.Harness;

/// <summary>CPU time (user + system) a process has used so far, from <c>/proc/&lt;pid&gt;/stat</c> (Linux).</summary>
public static class ProcessCpu
{
    /// <summary>Clock ticks per second of <c>/proc</c> times (<c>getconf CLK_TCK</c>; 100 on Linux x86-64 and arm64).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>utime + stime, or null when the process is gone.</summary>
    public static TimeSpan? Read(int pid) => Read(pid, withReapedChildren: false);

    /// <summary>
    /// utime + stime + cutime + cstime: also the CPU of its children that have ended (and been waited for), e.g. the
    /// backends a PostgreSQL postmaster has reaped; or null when the process is gone.
    /// </summary>
    public static TimeSpan? ReadWithEndedChildren(int pid) => Read(pid, withReapedChildren: true);

    private static TimeSpan? Read(int pid, bool withReapedChildren)
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
        // After it come field 3 (state) …; utime, stime, cutime and cstime are fields 14 to 17.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture);
        var children = withReapedChildren
            ? long.Parse(fields[13], NumberStyles.Integer, CultureInfo.InvariantCulture) + long.Parse(fields[14], NumberStyles.Integer, CultureInfo.InvariantCulture)
            : 0;
        return TimeSpan.FromSeconds((utime + stime + children) / TicksPerSecond);
    }
}
