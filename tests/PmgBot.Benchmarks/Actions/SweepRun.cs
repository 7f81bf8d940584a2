using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using PmgBot.Benchmarks.Harness;
using PmgBot.Benchmarks.Register;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Reminders;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Benchmarks.Actions;

/// <summary>
/// Issue 15's sweep benchmark (in process, on a throw-away PostgreSQL server): <see cref="ActionsSettings.Items"/> open
/// action items (default 1,000,000; due dates spread over the coming year, <see cref="ActionsSettings.OverduePercent"/>
/// already overdue) of <see cref="ActionsSettings.Youths"/> youths in the register benchmark's directory, and the bot's
/// own <see cref="ReminderSweep"/> at one working morning (Tuesday 8 December 2026, 08:45 Amsterdam) with every reminder
/// of that moment already sent: the figure is the sweep's own cost of finding what is due (read the open items that
/// can have a reminder due, plan each, look up the sent keys), not the sending (the fan-out benchmark). Target: &lt; 2 s. Writes
/// <c>artifacts/benchmarks/actions-sweep-&lt;timestamp&gt;.md</c>.
/// </summary>
public sealed class SweepRun(ActionsSettings settings, TimeProvider time)
{
    /// <summary>Tuesday 8 December 2026, 08:45 in Amsterdam (winter time).</summary>
    private static readonly DateTimeOffset Moment = new(2026, 12, 8, 7, 45, 0, TimeSpan.Zero);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var machine = MachineInfo.Read();
        Console.WriteLine($"nproc {machine.Cores}, load average {machine.LoadAverage} ({machine.CpuModel}; {machine.Runtime})");
        var contentRoot = Directory.CreateTempSubdirectory("pmgbot-bench-sweep-").FullName;
        try
        {
            await using var postgres = await PostgresCluster.StartAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine(postgres.Version);
            var connectionString = await postgres.CreateDatabaseAsync("actions", cancellationToken).ConfigureAwait(false);
            var clock = new SetClock(Moment);
            await using var services = await ActionsServices.BuildAsync(connectionString, contentRoot, clock, cancellationToken).ConfigureAwait(false);

            var seedClock = Stopwatch.StartNew();
            var directory = RegisterDirectory.Create();
            await ImportAsync(services, directory, cancellationToken).ConfigureAwait(false);
            var contexts = services.GetRequiredService<IDbContextFactory<PmgDbContext>>();
            await new RegisterSeeder(directory, clock).SeedAsync(contexts, settings.Youths, 0, cancellationToken).ConfigureAwait(false);
            var decisions = await AddDecisionsAsync(contexts, cancellationToken).ConfigureAwait(false);
            var owners = directory.Of(ProfessionalKind.Casusregisseur).Select(p => p.AadObjectId).ToArray();
            await AddItemsAsync(connectionString, decisions, owners, cancellationToken).ConfigureAwait(false);
            var dueKeys = await MarkDueAsSentAsync(services, connectionString, cancellationToken).ConfigureAwait(false);
            await DatabaseMaintenance.VacuumAsync(contexts, cancellationToken).ConfigureAwait(false);
            seedClock.Stop();
            var open = await CountOpenAsync(contexts, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"seeded {open:N0} open action items of {decisions:N0} decisions in {seedClock.Elapsed.TotalSeconds:F0} s; "
                + $"{dueKeys.Total:N0} reminders due at the moment (already sent): {dueKeys.Describe()}");

            // One sweep unmeasured (JIT, plans, caches), then the measured ones.
            var runs = new List<(double Milliseconds, double PostgresCpuMilliseconds, int Queued)>();
            for (var i = 0; i <= settings.SweepRuns; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cpuBefore = postgres.ReadCpu();
                var watch = Stopwatch.StartNew();
                int queued;
                await using (var scope = services.CreateAsyncScope())
                {
                    queued = await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(cancellationToken).ConfigureAwait(false);
                }

                watch.Stop();
                var cpu = (postgres.ReadCpu() - cpuBefore).TotalMilliseconds;
                Console.WriteLine($"    sweep {(i == 0 ? "warm-up" : i.ToString(CultureInfo.InvariantCulture))}: {watch.Elapsed.TotalMilliseconds:F0} ms (PostgreSQL CPU {cpu:F0} ms), queued {queued}");
                if (i > 0)
                {
                    runs.Add((watch.Elapsed.TotalMilliseconds, cpu, queued));
                }
            }

            var stats = LatencyStats.Of(runs.Select(r => r.Milliseconds))!;
            var met = stats.Max < 2000 && runs.All(r => r.Queued == 0);
            var report = Report(machine, postgres.Version, startedAt, open, decisions, dueKeys, seedClock.Elapsed, runs, stats, met);
            Console.WriteLine();
            Console.WriteLine(report);
            var artifacts = Directory.CreateDirectory(Path.Combine(settings.RepoRoot, "artifacts", "benchmarks")).FullName;
            var file = Path.Combine(artifacts, $"actions-sweep-{startedAt:yyyyMMdd-HHmmss}.md");
            await File.WriteAllTextAsync(file, report, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"written to {file}");
            return met ? 0 : 1;
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    private static async Task ImportAsync(IServiceProvider services, RegisterDirectory directory, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(directory.ToJson()));
        var result = await scope.ServiceProvider.GetRequiredService<DirectoryImporter>().ImportAsync(stream, ImportFormat.Json, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The benchmark directory did not import: " + result.Describe());
        }
    }

    /// <summary>One decision per youth, at the latest meeting of its JPP before the moment; returns how many.</summary>
    private static async Task<int> AddDecisionsAsync(IDbContextFactory<PmgDbContext> contexts, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = Moment.UtcDateTime;
            var meetings = (await db.JppMeetings.AsNoTracking().Where(m => m.StartsAtUtc < now).ToListAsync(cancellationToken).ConfigureAwait(false))
                .GroupBy(m => m.JppId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.MaxBy(m => m.StartsAtUtc)!, StringComparer.Ordinal);
            var youths = await db.Youths.AsNoTracking().Select(y => new { y.Id, y.JppId, y.Level, y.CasusregisseurId }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var decisions = youths.Where(y => meetings.ContainsKey(y.JppId)).Select(y => new YouthDecision
            {
                MeetingId = meetings[y.JppId].Id,
                YouthId = y.Id,
                Kind = DecisionKind.VervolgJpp,
                FromLevel = y.Level,
                ToLevel = y.Level,
                CasusregisseurId = y.CasusregisseurId,
                DecidedById = "bench",
                DecidedAtUtc = meetings[y.JppId].StartsAtUtc.AddHours(1),
            }).ToList();
            await BulkInsert.InsertAsync(db, decisions, explicitKeys: false, cancellationToken).ConfigureAwait(false);
            return decisions.Count;
        }
    }

    /// <summary>The items in one INSERT … SELECT over generate_series: spread over the decisions and owners, due dates over the coming year.</summary>
    private async Task AddItemsAsync(string connectionString, int decisions, string[] owners, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(Moment.UtcDateTime));
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand(
                """
                INSERT INTO "ActionItems" ("DecisionId", "MeetingId", "YouthId", "JppId", "OwnerId", "What", "DueDate", "State", "CreatedById", "CreatedAtUtc", "Version")
                SELECT d."Id", d."MeetingId", d."YouthId", y."JppId", (@owners)[1 + (g % cardinality(@owners))], 'Fictief actiepunt ' || g,
                       CASE WHEN g % 100 < @overdue THEN @today - (1 + (g / 100) % 20) ELSE @today + (g % 365) END,
                       0, 'bench', d."DecidedAtUtc", 0
                FROM generate_series(0, @items - 1) AS g
                JOIN (SELECT "Id", "MeetingId", "YouthId", "DecidedAtUtc", row_number() OVER (ORDER BY "Id") - 1 AS rn FROM "YouthDecisions") d ON d.rn = g % @decisions
                JOIN "Youths" y ON y."Id" = d."YouthId"
                """,
                connection)
            {
                CommandTimeout = 3600,
            };
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.Add(new NpgsqlParameter("owners", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = owners });
                command.Parameters.Add(new NpgsqlParameter("overdue", settings.OverduePercent));
                command.Parameters.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today });
                command.Parameters.Add(new NpgsqlParameter("items", settings.Items));
                command.Parameters.Add(new NpgsqlParameter("decisions", (long)decisions));
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// What the sweep will find due at the moment, computed with the bot's planner over the open items that can have a
    /// reminder due then (due up to <see cref="ReminderPlanner.LatestDueDate"/>, as the sweep reads them), stored as sent
    /// (binary COPY): the measured sweeps find everything due already sent, as every sweep after the first of the morning
    /// does. National working days: the benchmark directory has no meeting series, so no closing days; every owner is an
    /// active casusregisseur, so no item of a deactivated owner.
    /// </summary>
    private static async Task<DueKeys> MarkDueAsSentAsync(IServiceProvider services, string connectionString, CancellationToken cancellationToken)
    {
        var planner = new ReminderPlanner(services.GetRequiredService<IOptions<ReminderOptions>>().Value);
        var latest = planner.LatestDueDate(Moment, WorkingDays.National)
            ?? throw new InvalidOperationException("The benchmark's moment must be a sending time.");
        List<(long Id, DateOnly DueDate)> open;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
            open = [.. (await db.Set<ActionItem>().AsNoTracking()
                .Where(i => (i.State == ActionItemState.Open || i.State == ActionItemState.Verzet) && i.DueDate <= latest)
                .Select(i => new { i.Id, i.DueDate }).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(i => (i.Id, i.DueDate))];
        }

        var due = open.SelectMany(i => planner.Due(ReminderSweep.ItemKey(i.Id), i.DueDate, Moment, WorkingDays.National).Select(r => (i.Id, r))).ToList();
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var writer = await connection.BeginBinaryImportAsync(
                """COPY "ActionRemindersSent" ("Key", "Kind", "ActionItemId", "SentAtUtc") FROM STDIN (FORMAT BINARY)""", cancellationToken).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                foreach (var (id, reminder) in due)
                {
                    await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await writer.WriteAsync(reminder.SentKey, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await writer.WriteAsync((int)reminder.Kind, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                    await writer.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await writer.WriteAsync(Moment.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                }

                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return new DueKeys(due.GroupBy(d => d.r.Kind).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static async Task<int> CountOpenAsync(IDbContextFactory<PmgDbContext> contexts, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Set<ActionItem>().CountAsync(i => i.State == ActionItemState.Open, cancellationToken).ConfigureAwait(false);
        }
    }

    private string Report(
        MachineInfo machine, string postgresVersion, DateTimeOffset startedAt, int open, int decisions, DueKeys due, TimeSpan seeding,
        List<(double Milliseconds, double PostgresCpuMilliseconds, int Queued)> runs, LatencyStats stats, bool met)
    {
        var commit = Environment.GetEnvironmentVariable("BENCH_GIT_COMMIT") ?? "";
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Reminder sweep over {open:N0} open action items (PostgreSQL)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{startedAt:yyyy-MM-dd HH:mm} UTC, commit {commit}; {machine.Cores} cores ({machine.CpuModel}), load average {machine.LoadAverage} at the start, {MachineInfo.LoadAverageNow()} at the end; {postgresVersion}; {machine.Runtime}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{open:N0} open items ({settings.OverduePercent} % overdue, the rest due within a year) of {decisions:N0} decisions, {settings.Youths:N0} youths; seeded in {seeding.TotalSeconds:F0} s. ");
        text.AppendLine(CultureInfo.InvariantCulture, $"At Tuesday 8 December 2026 08:45 (Amsterdam) {due.Total:N0} reminders are due ({due.Describe()}), all already sent: the sweep finds them and queues none.");
        text.AppendLine();
        text.AppendLine("| | result | target |");
        text.AppendLine("|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| sweep (`ReminderSweep.RunAsync`), {runs.Count} runs after one warm-up | p50 {stats.P50:F0} ms, **max {stats.Max:F0} ms** (PostgreSQL CPU p50 {LatencyStats.Of(runs.Select(r => r.PostgresCpuMilliseconds))!.P50:F0} ms) | < 2 s: {(met ? "met" : "MISSED")} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| reminders queued by the measured sweeps | {runs.Sum(r => r.Queued)} | 0 |");
        return text.ToString();
    }

    private sealed record DueKeys(Dictionary<ReminderKind, int> ByKind)
    {
        public int Total => ByKind.Values.Sum();

        public string Describe() => string.Join(", ", ByKind.OrderBy(k => k.Key).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key} {k.Value:N0}")));
    }
}
