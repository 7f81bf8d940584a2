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
