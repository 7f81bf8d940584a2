using PmgBot.Tests.Integration;
using Xunit.Abstractions;

namespace PmgBot.Tests.Protocol;

/// <summary>
/// Issue 17: 3,000 malformed activities (seeded, <see cref="MalformedActivityGenerator"/>) through the real endpoint of
/// the bot on SQLite; every one checked by <see cref="EndpointFuzzer"/>, and the host healthy afterwards. For a longer
/// run outside the suite set <c>PMGBOT_FUZZ_COUNT</c> (and <c>PMGBOT_FUZZ_SEED</c>), e.g. 10000.
/// </summary>
public sealed class EndpointFuzzTests(ITestOutputHelper output) : BotAppTest
{
    public const int Seed = 20_261_123;

    protected override BotApp CreateApp() => new(settings: Settings());

    /// <summary>Thousands of replies in a minute: the client-side per-tenant limit would pace the test, not the bot.</summary>
    internal static Dictionary<string, string?> Settings() => new() { ["Connector:GlobalRequestsPerSecond"] = "10000" };

    [Fact]
    public async Task Post_ThreeThousandMalformedActivities_NoServerErrorNoFailedTurnAndHostHealthy()
    {
        var fuzzer = new EndpointFuzzer(App, output);

        var count = int.TryParse(Environment.GetEnvironmentVariable("PMGBOT_FUZZ_COUNT"), out var asked) && asked > 0 ? asked : 3_000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PMGBOT_FUZZ_SEED"), out var other) ? other : Seed;
        await fuzzer.RunAsync(seed, count);

        fuzzer.Verify();
    }
}
