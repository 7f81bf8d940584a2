using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Register;
using PmgBot.Core.Threading;
using PmgBot.Jobs.Reports;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Reports;

/// <summary>
/// The follow-up job on both providers: stored reports get their steps run once, in order, off the request; a failed
/// step runs again after the lease; a crashed run's reports are taken over; two runs at once never run a report twice.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ReportFollowUpTests(PostgresServer postgres)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private static ServiceProvider Job(TestDatabase database, params IReportSubmittedHandler[] handlers) =>
        Job(database, new ForegroundWork(TimeProvider.System), TimeSpan.FromMilliseconds(50), handlers);

    private static ServiceProvider Job(TestDatabase database, ForegroundWork foreground, TimeSpan yieldToRequests, params IReportSubmittedHandler[] handlers)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddSingleton(foreground);
        services.AddScoped(_ => database.CreateContext());
        foreach (var handler in handlers)
        {
            services.AddSingleton(handler);
        }

        services.AddScoped<ReportFollowUp>();
        services.AddScoped<ReportFollowUpRun>();
        services.AddSingleton(Options.Create(new ReportFollowUpOptions { LeaseDuration = Lease, BatchSize = 5, YieldToRequests = yieldToRequests }));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<List<string>> StoreAsync(TestDatabase database, int count)
    {
        var references = new List<string>();
        for (var i = 0; i < count; i++)
        {
            await using var db = database.CreateContext();
            var result = await ReportServiceTests.Service(db, database).SubmitAsync(ReportServiceTests.Reporter, ReportServiceTests.Submission(Guid.NewGuid().ToString()), default);
            references.Add(result.Report!.Reference);
        }

        return references;
    }

    private static async Task<TimeSpan?> RunOnceAsync(ServiceProvider job)
    {
        await using var scope = job.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportFollowUpRun>().RunOnceAsync(default);
    }

    private static async Task<Dictionary<string, DateTime?>> DueAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Reports.AsNoTracking().ToDictionaryAsync(r => r.Reference, r => r.FollowUpDueAtUtc);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunOnceAsync_DueReports_StepsRunInOrderOnceAndDueCleared(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await ReportServiceTests.SeedAsync(database);
        var references = await StoreAsync(database, 2);
        database.Clock.Now = database.Clock.Now.AddMinutes(5);
        var later = await StoreAsync(database, 1);
        database.Clock.Now = database.Clock.Now.AddMinutes(-5);
        var ran = new ConcurrentQueue<string>();
        await using var job = Job(database, new OrderedHandler(200, ran), new OrderedHandler(0, ran), new OrderedHandler(100, ran));

        var next = await RunOnceAsync(job);
        var again = await RunOnceAsync(job);

        Assert.Equal(references.SelectMany(r => new[] { "0:" + r, "100:" + r, "200:" + r }), ran);
        Assert.Equal(TimeSpan.FromMinutes(5), next);
        Assert.Equal(TimeSpan.FromMinutes(5), again);
        var due = await DueAsync(database);
        Assert.All(references, r => Assert.Null(due[r]));
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime.AddMinutes(5), due[later[0]]);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunOnceAsync_StepFails_OtherStepsRunReportRunsAgainAfterTheLease(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await ReportServiceTests.SeedAsync(database);
        var reference = Assert.Single(await StoreAsync(database, 1));
        var ran = new ConcurrentQueue<string>();
        await using var job = Job(database, new OrderedHandler(0, ran), new OrderedHandler(100, ran, failures: 1), new OrderedHandler(200, ran));

        var afterFailure = await RunOnceAsync(job);
        var dueAfterFailure = (await DueAsync(database))[reference];
        await RunOnceAsync(job);
        var ranBeforeLease = ran.Count;
        database.Clock.Now = database.Clock.Now.Add(Lease).AddSeconds(1);
        await RunOnceAsync(job);

        Assert.Equal(Lease, afterFailure);
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1), dueAfterFailure);
        Assert.Equal(3, ranBeforeLease);
        Assert.Equal(["0:" + reference, "100:" + reference, "200:" + reference, "0:" + reference, "100:" + reference, "200:" + reference], ran);
        Assert.Null((await DueAsync(database))[reference]);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunOnceAsync_RunDiedHoldingTheLease_TakenOverAfterIt(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await ReportServiceTests.SeedAsync(database);
        var reference = Assert.Single(await StoreAsync(database, 1));
        var leaseUntil = database.Clock.GetUtcNow().UtcDateTime + Lease;
        await using (var db = database.CreateContext())
        {
            // What a run that crashed after its claim leaves behind.
            await db.Reports.ExecuteUpdateAsync(s => s.SetProperty(r => r.FollowUpDueAtUtc, leaseUntil));
        }

        var ran = new ConcurrentQueue<string>();
        await using var job = Job(database, new OrderedHandler(0, ran));

        await RunOnceAsync(job);
        var ranDuringLease = ran.Count;
        database.Clock.Now = database.Clock.Now.Add(Lease);
        await RunOnceAsync(job);

        Assert.Equal(0, ranDuringLease);
        Assert.Equal(["0:" + reference], ran);
        Assert.Null((await DueAsync(database))[reference]);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunOnceAsync_TwoRunsAtOnce_EveryReportRunsOnce(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await ReportServiceTests.SeedAsync(database);
        var references = await StoreAsync(database, 12);
        var ran = new ConcurrentQueue<string>();
        await using var job = Job(database, new OrderedHandler(0, ran));

        for (var round = 0; round < 4; round++)
        {
            await Task.WhenAll(RunOnceAsync(job), RunOnceAsync(job));
        }

        Assert.Equal(references.Select(r => "0:" + r).Order(StringComparer.Ordinal), ran.Order(StringComparer.Ordinal));
        Assert.All((await DueAsync(database)).Values, Assert.Null);
    }

    [Fact]
    public async Task RunOnceAsync_UserRequestRunning_WaitsForItThenRuns()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await ReportServiceTests.SeedAsync(database);
        var reference = Assert.Single(await StoreAsync(database, 1));
        var ran = new ConcurrentQueue<string>();
        var foreground = new ForegroundWork(TimeProvider.System);
        await using var job = Job(database, foreground, TimeSpan.FromMinutes(5), new OrderedHandler(0, ran));
        var request = foreground.Enter();

        var run = RunOnceAsync(job);
        var ranDuringRequest = await Task.WhenAny(run, Task.Delay(300)) == run || !ran.IsEmpty;
        request.Dispose();
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(ranDuringRequest);
        Assert.Equal(["0:" + reference], ran);
    }

    [Fact]
    public async Task RunOnceAsync_RequestStartsDuringAStep_NextStepWaitsForIt()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await ReportServiceTests.SeedAsync(database);
        var reference = Assert.Single(await StoreAsync(database, 1));
        var ran = new ConcurrentQueue<string>();
        var foreground = new ForegroundWork(TimeProvider.System);
        ForegroundWork.Scope? request = null;
        // The first step is running when a user's request comes in.
        var startsRequest = new CallbackHandler(0, () => request = foreground.Enter());
        await using var job = Job(database, foreground, TimeSpan.FromMinutes(5), startsRequest, new OrderedHandler(1, ran));

        var run = RunOnceAsync(job);
        var secondStepRanDuringRequest = await Task.WhenAny(run, Task.Delay(300)) == run || !ran.IsEmpty;
        request!.Value.Dispose();
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(secondStepRanDuringRequest);
        Assert.Equal(["1:" + reference], ran);
    }
}
