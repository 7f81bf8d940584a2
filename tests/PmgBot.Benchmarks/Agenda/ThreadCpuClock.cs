using System.Runtime.InteropServices;

namespace PmgBot.Benchmarks.Agenda;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, nanosecond resolution). On a machine shared
/// with other work the wall-clock time of a plan includes waiting for a core; its CPU time does not.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>CPU time of this thread in milliseconds, or NaN where the clock is not available.</summary>
    public static double NowMilliseconds()
    {
        try
        {
            return NativeMethods.clock_gettime(ClockThreadCpuTime, out var value) == 0
                ? (value.Seconds * 1000.0) + (value.Nanoseconds / 1_000_000.0)
                : double.NaN;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return double.NaN;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out TimeSpec value);
    }
}
