using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>Makes the notificatiebrief task inside the unit of work of the decision that first discusses a youth.</summary>
public static class LetterTasks
{
    /// <summary>
    /// Adds the youth's notificatiebrief task to <paramref name="db"/> (saved with the caller's next save) unless it has
    /// one. The unique key (youth, kind, round) keeps it to one when two decisions race; the loser's save fails as a conflict.
    /// </summary>
    public static async Task AddNotificationAsync(
        PmgDbContext db, long youthId, string jppId, long meetingId, string? casusregisseurId, string actorId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Set<LetterTask>().AnyAsync(t => t.YouthId == youthId && t.Kind == LetterKind.Notificatiebrief, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        db.Add(new LetterTask
        {
            YouthId = youthId,
            Kind = LetterKind.Notificatiebrief,
            Round = 1,
            JppId = jppId,
            MeetingId = meetingId,
            AssignedToId = casusregisseurId,
            State = LetterTaskState.Open,
            CreatedById = actorId,
            CreatedAtUtc = nowUtc,
        });
    }
}
