using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Reports;

/// <summary>What a refused report must leave untouched: reports, youths, outbox messages and the reference counters.</summary>
internal sealed record DatabaseCounts(int Reports, int Youths, int OutboxMessages, string Counters)
{
    public static Task<DatabaseCounts> ReadAsync(BotApp app) => app.QueryAsync(async db => new DatabaseCounts(
        await db.Reports.CountAsync(),
        await db.Youths.CountAsync(),
        await db.OutboxMessages.CountAsync(),
        string.Join(";", (await db.RecordCounters.AsNoTracking().ToListAsync()).OrderBy(c => c.Scope, StringComparer.Ordinal).Select(c => $"{c.Scope}={c.Value}"))));
}
