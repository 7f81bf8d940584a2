using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Cards.Localization;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// Keeps the letter task card in the casusregisseur's chat current, as <see cref="ActionItemCardUpdater"/> does for
/// action items: after "verstuurd" or "niet verstuurd" the card the task notice brought is replaced there with the current
/// one (through the outbox: <c>PUT …/activities/{id}</c> once the original is sent, in order, within Teams' limits,
/// retried), rendered for its receiver in their language. A letter task has one proactive card, the notice (dedup key
/// <see cref="LetterTaskNotifier.NewKey"/>, to the casusregisseur the task was assigned to), so the outbox row of that key
/// is the record of it. The change is stored before: a replacement that cannot be queued or delivered loses nothing, the
/// card's refresh (<see cref="LetterVerbs.Open"/>) shows the current state. A receiver who is no longer the youth's
/// casusregisseur gets no replacement (their copy says "kan ik niet vinden" when refreshed).
/// </summary>
public sealed class LetterTaskCardUpdater(
    PmgDbContext db,
    LetterTaskService tasks,
    IProfessionalDirectory directory,
    LetterTaskCards cards,
    IOutbox outbox,
    RecipientLanguages languages,
    ILogger<LetterTaskCardUpdater> logger)
{
    /// <summary>Queues the replacement of the task's notice card; true when one was queued. Never throws for a failed queue.</summary>
    public async Task<bool> UpdateAsync(long taskId, CancellationToken cancellationToken)
    {
        try
        {
            return await QueueAsync(taskId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is stored; the card shows it when it is refreshed.
            LettersLog.CardUpdateFailed(logger, taskId, exception);
            return false;
        }
    }

    private async Task<bool> QueueAsync(long taskId, CancellationToken cancellationToken)
    {
        var key = LetterTaskNotifier.NewKey(taskId);
        var original = await db.OutboxMessages.AsNoTracking().Where(m => m.DedupKey == key).Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        // The notice went to whom the task was assigned; when the youth has another casusregisseur since, that receiver
        // may no longer read the task, and asking would audit a refused read in their name for something they did not do.
        var assigned = await db.Set<LetterTask>().AsNoTracking().Where(t => t.Id == taskId)
            .Select(t => new { t.AssignedToId, Current = db.Set<PmgBot.Core.Register.Youth>().Where(y => y.Id == t.YouthId).Select(y => y.CasusregisseurId).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var receiverId = assigned?.AssignedToId;
        if (original is not { } originalId || receiverId is null || !string.Equals(receiverId, assigned!.Current, StringComparison.Ordinal))
        {
            return false;
        }

        var receiver = await directory.FindAsync(receiverId, cancellationToken).ConfigureAwait(false);
        var view = receiver is { Active: true } ? await tasks.GetAsync(receiver, taskId, cancellationToken).ConfigureAwait(false) : null;
        if (view is null)
        {
            return false;
        }

        using var language = BotLanguage.Use(await languages.ForAsync(receiverId, cancellationToken).ConfigureAwait(false));
        var card = await cards.RenderAsync(view, null, null, cancellationToken).ConfigureAwait(false);
        var text = LetterTexts.Updated(view.Kind, view.Code, view.State);
        var activity = CardMessage.Of(text, card);
        var dedupKey = "letter-task:" + taskId.ToString(CultureInfo.InvariantCulture) + ":v" + view.Version.ToString(CultureInfo.InvariantCulture)
            + ":replaces:" + originalId.ToString("N");
        return await outbox.EnqueueUpdateAsync(originalId, activity, dedupKey, cancellationToken).ConfigureAwait(false) is not null;
    }
}
