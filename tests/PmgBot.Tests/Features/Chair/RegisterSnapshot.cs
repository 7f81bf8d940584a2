using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Chair;

/// <summary>
/// Everything a chair action can store, as text to compare: youths, level changes, involvements, shares, outbox
/// messages (without the dispatcher's send state) and audit events. Refusals must leave all but the audit unchanged.
/// </summary>
internal sealed record RegisterSnapshot(string Records, IReadOnlyList<(string Action, string Outcome, string? RecordId, string? Detail)> Audit)
{
    public static async Task<RegisterSnapshot> TakeAsync(BotApp app) => await app.QueryAsync(async db =>
    {
        var records = new
        {
            Youths = await db.Youths.AsNoTracking().OrderBy(y => y.Id).ToListAsync(),
            Changes = await db.YouthLevelChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync(),
            Involvements = await db.YouthInvolvements.AsNoTracking().OrderBy(i => i.YouthId).ThenBy(i => i.OrganisationId).ToListAsync(),
            Shares = await db.YouthJppShares.AsNoTracking().OrderBy(s => s.YouthId).ThenBy(s => s.JppId).ToListAsync(),
            Outbox = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.DedupKey, m.ConversationId, m.ActivityJson }).ToListAsync(),
        };
        var audit = await db.AuditEvents.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.Outcome, a.RecordId, a.Detail }).ToListAsync();
        return new RegisterSnapshot(JsonSerializer.Serialize(records), [.. audit.Select(a => (a.Action, a.Outcome, a.RecordId, a.Detail))]);
    });

    /// <summary>
    /// Nothing stored apart from exactly one refusal audit of <paramref name="action"/> (returned) and, when the card was
    /// shown again (<paramref name="cardShown"/>: stale or bad input), the audited read of the current state.
    /// </summary>
    public async Task<(string Action, string Outcome, string? RecordId, string? Detail)> AssertOnlyRefusalAuditedAsync(
        BotApp app, string action, bool cardShown = false)
    {
        var after = await TakeAsync(app);
        Assert.Equal(Records, after.Records);
        Assert.Equal(Audit, after.Audit.Take(Audit.Count));
        var added = after.Audit.Skip(Audit.Count).ToList();
        Assert.Equal(cardShown ? 2 : 1, added.Count);
        Assert.Equal((action, "rejected"), (added[0].Action, added[0].Outcome));
        if (cardShown)
        {
            Assert.Equal(("youth.view-chair", "success", added[0].RecordId), (added[1].Action, added[1].Outcome, added[1].RecordId));
        }

        return added[0];
    }
}
