using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Jobs;
using PmgBot.Tests.Support;
using Xunit.Abstractions;

namespace PmgBot.Tests.Outbox;

/// <summary>
/// Acceptance A: the real dispatcher (hosted, real clock, real HTTP) against a connector that throttles every third
/// call with <c>429 Retry-After: 2</c>. Checks correctness of the timing rules, not speed.
/// </summary>
public sealed class OutboxAcceptanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    private readonly SqliteTestDatabase _database = new();
    private FakeConnectorServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Dispatcher_429EveryThirdCall_DeliversEachMessageOnceAndNeverRetriesBeforeRetryAfter()
    {
        _server.Behaviour = FakeConnectorBehaviours.TooManyRequestsEvery(3, "2");
        using var host = BuildHost();
        await host.StartAsync();

        var markers = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var marker = "msg-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            markers.Add(marker);
            await EnqueueAsync(host.Services, "a:user-" + (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture), marker);
        }

        await WaitUntilAsync(() => Delivered().Count == 30, TimeSpan.FromMinutes(3));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await host.StopAsync();

        var requests = _server.Requests;
        Assert.Equal(markers, Delivered().Order(StringComparer.Ordinal));
        Assert.All(markers, m => Assert.Single(requests, r => r.Marker == m && r.StatusCode == 200));

        var throttled = requests.Where(r => r.StatusCode == 429).ToList();
        Assert.NotEmpty(throttled);
        Assert.All(requests, r => Assert.Contains(r.StatusCode, new[] { 200, 429 }));
        foreach (var r429 in throttled)
        {
            var next = requests.Where(r => r.Marker == r429.Marker && r.Sequence > r429.Sequence).MinBy(r => r.Sequence);
            Assert.NotNull(next);
            Assert.True(
                next.ReceivedAt >= r429.RespondedAt + RetryAfter,
                $"{r429.Marker}: retried {(next.ReceivedAt - r429.RespondedAt).TotalMilliseconds} ms after its 429");

            // The whole conversation pauses, not only the throttled message.
            var sameConversation = requests.Where(r => r.Path == r429.Path && r.Sequence > r429.Sequence);
            Assert.All(sameConversation, r => Assert.True(r.ReceivedAt >= r429.RespondedAt + RetryAfter, $"{r.Marker} came during the pause of {r429.Path}"));
        }

        var gaps = throttled.Select(t => requests.Where(r => r.Marker == t.Marker && r.Sequence > t.Sequence).Min(r => r.ReceivedAt) - t.RespondedAt).ToList();
        output.WriteLine($"{requests.Count} requests, {throttled.Count} answered 429; shortest retry after a 429: {gaps.Min().TotalMilliseconds:F0} ms");

        await using var db = _database.CreateContext();
        var rows = await db.OutboxMessages.AsNoTracking().ToListAsync();
        Assert.All(rows, row => Assert.Equal(OutboxStatus.Sent, row.Status));
        Assert.All(rows, row => Assert.Equal(1 + throttled.Count(t => t.Marker == MarkerOf(row)), row.Attempts));
    }

    [Fact]
    public async Task Dispatcher_RunFails_LogsAndKeepsTheHostRunningThenDelivers()
    {
        using var broken = new SqliteTestDatabase(create: false);
        using var host = BuildHost(broken);
        await host.StartAsync();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();

        // No tables yet: every run throws. The host must stay up.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);

        broken.EnsureCreated();
        await EnqueueAsync(host.Services, "a:user-1", "after-repair");
        await WaitUntilAsync(() => _server.Requests.Any(r => r.Marker == "after-repair" && r.StatusCode == 200), TimeSpan.FromSeconds(30));
        await host.StopAsync();

        Assert.Single(_server.Requests);
    }

    private IHost BuildHost(SqliteTestDatabase? database = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(OutboxTestServices.Configuration(new()
        {
            ["Outbox:PollInterval"] = "00:00:00.500",
            ["Outbox:MaxAttempts"] = "20",
        }));
        builder.Services.AddLogging();
        (database ?? _database).AddTo(builder.Services);
        builder.Services.AddPmgJobs(builder.Configuration);
        return builder.Build();
    }

    private async Task EnqueueAsync(IServiceProvider services, string conversationId, string marker)
    {
        await using var scope = services.CreateAsyncScope();
        var target = new ConversationReference(_server.ServiceUrl, conversationId, "tenant-1", null, null, "28:bot", "msteams", "personal");
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Herinnering",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [FakeConnectorServer.MarkerProperty] = marker }),
        };
        await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(target, activity, marker, CancellationToken.None);
    }

    private List<string> Delivered() => [.. _server.Requests.Where(r => r.StatusCode == 200 && r.Marker is not null).Select(r => r.Marker!)];

    private static string? MarkerOf(OutboxMessage row) =>
        JsonDocument.Parse(row.ActivityJson).RootElement.GetProperty("channelData").GetProperty(FakeConnectorServer.MarkerProperty).GetString();

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < timeout, "timed out waiting for the dispatcher");
            await Task.Delay(50);
        }
    }
}
