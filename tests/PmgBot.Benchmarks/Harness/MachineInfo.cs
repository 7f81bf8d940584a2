using System.Runtime.InteropServices;

namespace PmgBot.Benchmarks.Harness;

/// <summary>Where the figures came from: cores, CPU model, load average, runtime.</summary>
public sealed record MachineInfo(int Cores, string CpuModel, string LoadAverage, string Runtime)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        ReadCpuModel(),
        LoadAverageNow(),
        RuntimeInformation.FrameworkDescription);

    /// <summary>The 1, 5 and 15 minute load averages from <c>/proc/loadavg</c>.</summary>
    public static string LoadAverageNow()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>
    /// CPU time the hypervisor gave to other guests while this VM's CPUs wanted to run (the steal column of
    /// <c>/proc/stat</c>, all CPUs together), null where the kernel does not report it. A phase with steal ran on a
    /// slower machine than the one before it.
    /// </summary>
    public static TimeSpan? CpuStealNow()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "cpu user nice system idle iowait irq softirq steal ...", in USER_HZ ticks (100 per second on Linux).
            return fields.Length > 8 && long.TryParse(fields[8], System.Globalization.CultureInfo.InvariantCulture, out var ticks)
                ? TimeSpan.FromMilliseconds(ticks * 10)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string ReadCpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?.Split(':', 2)[1].Trim() ?? "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
