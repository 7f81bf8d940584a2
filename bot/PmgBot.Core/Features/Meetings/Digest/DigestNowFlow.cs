using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using PmgBot.Core.Access;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// Development only, for the demo: <c>digest nu</c> sends the chair the digest of the next meeting of each JPP they
/// chair now, instead of some working days before it at 09:00, through the job's own sender (sent key and outbox; see
/// <see cref="MeetingDigestSender.SendNowAsync"/>). The route exists only in Development; outside it the words are no
/// command (the natural-text fallback reads "digest" as a wish to see the agenda, which sends nothing). Access: a chair's
/// role (<see cref="BotAction.ViewScreeningQueue"/>) and, per meeting, the agenda service's chair-of-that-JPP check with
/// its audited read; anyone else gets the usual refusal.
/// </summary>
public sealed class DigestNowFlow(
    PmgDbContext db,
    IAccessService access,
    IMeetingAgendaService agendas,
    MeetingDigestSender sender,
    IHostEnvironment environment,
    TimeProvider time)
{
    /// <summary>The typed commands (Development only).</summary>
    public static readonly IReadOnlyList<string> Commands = ["digest nu", "stuur digest", "digest versturen"];

    public async Task SendAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!environment.IsDevelopment())
        {
            // The route is registered in Development only; reaching this elsewhere is a wiring mistake, not user input.
            throw new InvalidOperationException("'digest nu' exists only in Development.");
        }

        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewScreeningQueue, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var jppIds = user.Jpps.Select(j => j.JppId).ToList();
        var ahead = await db.JppMeetings.AsNoTracking().Where(m => jppIds.Contains(m.JppId) && m.StartsAtUtc > now)
            .Select(m => new { m.Id, m.JppId, m.StartsAtUtc }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var next = ahead.GroupBy(m => m.JppId).Select(g => g.OrderBy(m => m.StartsAtUtc).ThenBy(m => m.Id).First())
            .OrderBy(m => m.StartsAtUtc).ThenBy(m => m.Id).Select(m => m.Id).ToList();
        if (next.Count == 0)
        {
            await turn.ShowTextAsync(DigestTexts.NoMeeting, cancellationToken).ConfigureAwait(false);
            return;
        }

        var requestKey = RequestKey(turn);
        var answered = 0;
        foreach (var meetingId in next)
        {
            // Null: not a chair of that JPP (a member of it in another role); their other JPPs may still be theirs.
            if (await agendas.GetAsync(user, meetingId, cancellationToken).ConfigureAwait(false) is not { } agenda)
            {
                continue;
            }

            var result = await sender.SendNowAsync(agenda, user.AadObjectId, requestKey, cancellationToken).ConfigureAwait(false);
            await turn.ShowTextAsync(DigestNowTexts.Answer(result), cancellationToken).ConfigureAwait(false);
            answered++;
        }

        if (answered == 0)
        {
            await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One key per typed message (conversation and activity id, hashed to a short fixed length for the outbox key).</summary>
    private static string RequestKey(TurnContext turn)
    {
        var source = $"{turn.Activity.Conversation?.Id}|{turn.Activity.Id}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..16];
    }
}
