using System.Net.Http.Headers;

namespace PmgBot.Core.Connector;

/// <summary>Reads the HTTP <c>Retry-After</c> header: delta seconds or an HTTP date (RFC 9110 §10.2.3).</summary>
public static class RetryAfter
{
    /// <summary>The wait the header asks for, or null when absent/invalid. A date in the past gives zero.</summary>
    public static TimeSpan? From(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return From(headers.RetryAfter, now);
    }

    /// <summary>Parses a raw header value such as <c>2</c> or <c>Wed, 21 Oct 2026 07:28:00 GMT</c>.</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset now) =>
        RetryConditionHeaderValue.TryParse(value, out var parsed) ? From(parsed, now) : null;

    private static TimeSpan? From(RetryConditionHeaderValue? value, DateTimeOffset now)
    {
        if (value?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (value?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
