using System.ComponentModel.DataAnnotations;

namespace PmgBot.Bot.Routing;

/// <summary>Settings section <c>Endpoint</c>: limits of <c>POST /api/messages</c>.</summary>
public sealed class BotEndpointOptions
{
    public const string Section = "Endpoint";

    /// <summary>Largest accepted request body in bytes (Teams messages are at most ~100 KB). Default 256 KB.</summary>
    [Range(16 * 1024, 4 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How many queued turns may wait before the endpoint answers 503 (back-pressure).</summary>
    [Range(10, 100_000)]
    public int QueueCapacity { get; set; } = 2_000;

    /// <summary>How long a request waits for room in a full queue before it is answered 503 (well under Teams' 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan EnqueueWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many queued turns are processed at once.</summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 16;

    /// <summary>
    /// Adds <c>Server-Timing: app;dur=&lt;ms&gt;</c> to every response (see <see cref="Protocol.ServerTimingMiddleware"/>).
    /// For benchmarks only; default off.
    /// </summary>
    public bool ServerTimingHeader { get; set; }

    /// <summary>
    /// The locale assumed for requests from the Agents Playground, which stamps en-US on every activity whoever types
    /// (header <c>x-ms-agents-playground</c>). Default none: the Playground gets Dutch; <c>en-US</c> lets it play an English user.
    /// </summary>
    [RegularExpression("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
    public string? PlaygroundLocale { get; set; }
}
