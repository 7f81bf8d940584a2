using System.Text.Json;
using Microsoft.Playwright;

namespace PmgBot.E2E.Support;

/// <summary>
/// Records what the Playground's web UI gets back for every card click: the UI posts the Action.Execute to
/// POST /_conversation/v1/invoke and the Playground relays the bot's invoke response in the HTTP reply. Those answers
/// never appear on the conversation stream, so a test that checks everything the bot sent needs both.
/// </summary>
public sealed class InvokeRecorder
{
    private readonly List<Task<string>> _bodies = [];
    private readonly Lock _gate = new();

    private InvokeRecorder()
    {
    }

    public static InvokeRecorder Attach(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var recorder = new InvokeRecorder();
        page.Response += (_, response) =>
        {
            if (response.Request.Method == "POST" && response.Url.Contains("/_conversation/v1/invoke", StringComparison.Ordinal))
            {
                lock (recorder._gate)
                {
                    recorder._bodies.Add(response.TextAsync());
                }
            }
        };
        return recorder;
    }

    /// <summary>The number of invoke answers seen so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _bodies.Count;
            }
        }
    }

    /// <summary>The bodies of all invoke answers so far (the bot's invoke responses as the Playground relays them).</summary>
    public async Task<IReadOnlyList<string>> BodiesAsync()
    {
        Task<string>[] bodies;
        lock (_gate)
        {
            bodies = [.. _bodies];
        }

        return await Task.WhenAll(bodies).ConfigureAwait(false);
    }

    /// <summary>
    /// The plain texts among the invoke answers: an answer of type <c>application/vnd.microsoft.activity.message</c>
    /// carries its text in <c>value</c>; cards carry none.
    /// </summary>
    public async Task<IReadOnlyList<string>> MessageTextsAsync()
    {
        var texts = new List<string>();
        foreach (var body in await BodiesAsync().ConfigureAwait(false))
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.GetString() == "application/vnd.microsoft.activity.message"
                && root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
            {
                texts.Add(value.GetString()!);
            }
        }

        return texts;
    }
}
