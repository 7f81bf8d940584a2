using System.Globalization;
using System.Text.RegularExpressions;

namespace PmgBot.Benchmarks.Harness;

/// <summary>Reads the figures out of wrk 4.x output (<c>--latency</c>) plus the lua script's <c>bench-sent</c> line.</summary>
public static partial class WrkOutputParser
{
    public static WrkResult Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var total = RequestsLine().Match(output);
        if (!total.Success)
        {
            throw new FormatException($"wrk output has no 'requests in' line:\n{output}");
        }

        var requests = long.Parse(total.Groups["n"].Value, CultureInfo.InvariantCulture);
        var seconds = ToMilliseconds(total.Groups["t"].Value, total.Groups["u"].Value) / 1000;
        var rps = double.Parse(RpsLine().Match(output).Groups["v"].Value, CultureInfo.InvariantCulture);
        var socket = SocketErrorsLine().Match(output);
        var socketErrors = socket.Success
            ? new[] { "c", "r", "w", "t" }.Sum(g => long.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture))
            : 0;
        var non2xx = Non2xxLine().Match(output);
        var sent = SentLine().Match(output);
        return new WrkResult(
            requests,
            seconds,
            rps,
            Percentile(output, "50"),
            Percentile(output, "99"),
            non2xx.Success ? long.Parse(non2xx.Groups["n"].Value, CultureInfo.InvariantCulture) : 0,
            socketErrors,
            socket.Success ? socket.Value.Trim() : "",
            sent.Success ? long.Parse(sent.Groups["n"].Value, CultureInfo.InvariantCulture) : requests,
            output);
    }

    /// <summary>wrk prints durations as e.g. <c>850.00us</c>, <c>1.93ms</c>, <c>2.06s</c>, <c>1.00m</c>.</summary>
    public static double ToMilliseconds(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            "h" => number * 3_600_000,
            _ => throw new FormatException($"Unknown wrk time unit '{unit}'."),
        };
    }

    private static double Percentile(string output, string percent)
    {
        foreach (Match m in PercentileLine().Matches(output))
        {
            if (m.Groups["p"].Value == percent)
            {
                return ToMilliseconds(m.Groups["v"].Value, m.Groups["u"].Value);
            }
        }

        throw new FormatException($"wrk output has no {percent}% latency line (run with --latency).");
    }

    [GeneratedRegex(@"(?<n>\d+) requests in (?<t>[\d.]+)(?<u>us|ms|s|m|h),")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Requests/sec:\s+(?<v>[\d.]+)")]
    private static partial Regex RpsLine();

    [GeneratedRegex(@"^\s+(?<p>\d+)%\s+(?<v>[\d.]+)(?<u>us|ms|s|m|h)\s*$", RegexOptions.Multiline)]
    private static partial Regex PercentileLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (?<n>\d+)")]
    private static partial Regex Non2xxLine();

    [GeneratedRegex(@"Socket errors: connect (?<c>\d+), read (?<r>\d+), write (?<w>\d+), timeout (?<t>\d+)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"^bench-sent (?<n>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex SentLine();
}
