using System.Globalization;

namespace PmgBot.Benchmarks.Harness;

/// <summary>Resident set size of a process, from <c>/proc/&lt;pid&gt;/status</c> (Linux).</summary>
public static class ProcessMemory
{
    /// <summary>VmRSS in KiB, or null when the process is gone or the line is missing.</summary>
    public static long? ReadRssKib(int pid)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{pid}/status");
        }
        catch (IOException)
        {
            return null;
        }

        var line = lines.FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib) ? kib : null;
    }
}
