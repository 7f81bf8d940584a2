using System.Text.Json;
using Microsoft.Playwright;

namespace PmgBot.E2E.Support;

/// <summary>
/// Records what the Playground's web UI gets back for every card click: the UI posts the Action.Execute to
/// POST /_conversation/v1/invoke and the Playground relays the bot's invoke response in the HTTP reply. Those answers
/// never appear on the conversation stream, so a test that checks everything the bot sent needs both. The answers are
/// also written to artifacts/e2e/&lt;logName&gt;-invokes.log.
/// </summary>
public sealed class InvokeRecorder
{
    private readonly List<Task<string>> _bodies = [];
    private readonly Lock _gate = new();

    private InvokeRecorder()
    {
    }

    public static InvokeRecorder Attach(IPage page, string logName)
    {
        ArgumentNullException.ThrowIfNull(page);
        var recorder = new InvokeRecorder();
        var log = RepoPaths.Artifact(logName + "-invokes.log");
        File.WriteAllText(log, "");
        page.Response += (_, response) =>
        {
            if (response.Request.Method == "POST" && response.Url.Contains("/_conversation/v1/invoke", StringComparison.Ordinal))
            {
                var body = response.TextAsync();
                lock (recorder._gate)
                {
                    recorder._bodies.Add(body);
                }

                _ = body.ContinueWith(
                    t =>
                    {
                        lock (recorder._gate)
                        {
                            File.AppendAllText(log, (t.IsCompletedSuccessfully ? t.Result : "# " + t.Exception?.GetBaseException().Message) + "\n");
                        }
                    },
                    TaskScheduler.Default);
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
