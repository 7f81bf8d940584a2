using Microsoft.Extensions.Logging;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// One fetch of a draft link (<c>GET /letters/draft?t=…</c>): the token must be ours (Data Protection), for the user
/// who fetches it, and younger than 15 minutes (the injected clock); that user must still be an active professional
/// and the youth's casusregisseur (<see cref="LetterTaskService"/>, through <see cref="IAccessService"/>). Every fetch,
/// refused or not, is one audit row (<see cref="LetterAuditActions.Download"/>, ids and codes only).
/// </summary>
public sealed class LetterDownloads(
    LetterLinks links,
    LetterTaskService tasks,
    IAccessService access,
    IProfessionalDirectory directory,
    IAuditLog audit,
    ILogger<LetterDownloads> logger)
{
    public async Task<LetterDownload> FetchAsync(string? token, LetterRequester requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var signedIn = string.IsNullOrWhiteSpace(requester.AadObjectId) ? null : DirectoryIds.NormaliseAadObjectId(requester.AadObjectId);
        if (!requester.TrustLink && signedIn is null)
        {
            // No sign-in configured (the endpoint challenges a configured scheme before it gets here).
            return await RefuseAsync(AuditActors.Anonymous, null, LetterDownloadOutcome.NoSignIn, "no-sign-in", cancellationToken).ConfigureAwait(false);
        }

        var userId = requester.TrustLink ? links.UserOf(token) : signedIn;
        if (userId is null)
        {
            // Anonymous local mode and a token that is not ours.
            return await RefuseAsync(AuditActors.Anonymous, null, LetterDownloadOutcome.Invalid, "invalid", cancellationToken).ConfigureAwait(false);
        }

        var check = links.Check(token, userId);
        if (check.Check != LetterLinkCheck.Valid || TaskOf(check.LetterId) is not { } letter)
        {
            var (outcome, why) = check.Check switch
            {
                LetterLinkCheck.Expired => (LetterDownloadOutcome.Expired, "expired"),
                LetterLinkCheck.OtherUser => (LetterDownloadOutcome.OtherUser, "other-user"),
                _ => (LetterDownloadOutcome.Invalid, "invalid"),
            };
            return await RefuseAsync(userId, null, outcome, why, cancellationToken).ConfigureAwait(false);
        }

        ProfessionalProfile? user;
        if (requester.TrustLink)
        {
            user = await directory.FindAsync(userId, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // The tenant allow-list and the directory, as for every activity (a refusal is audited there too).
            var decision = await access.GetUserAsync(requester.TenantId, userId, cancellationToken).ConfigureAwait(false);
            user = decision.IsKnown ? decision.Professional : null;
        }

        var draft = user is { Active: true }
            ? await tasks.WriteDraftAsync(user, letter.TaskId, letter.Addressee, cancellationToken).ConfigureAwait(false)
            : null;
        if (draft is null)
        {
            return await RefuseAsync(userId, letter.TaskId, LetterDownloadOutcome.NotAllowed, "not-allowed", cancellationToken).ConfigureAwait(false);
        }

        if (!draft.Document.Succeeded)
        {
            LettersLog.TemplateFailed(logger, draft.Document.Errors.Count);
            await RecordAsync(userId, letter.TaskId, AuditOutcomes.Failed, draft.AuditDetail + " template-error", cancellationToken).ConfigureAwait(false);
            return new LetterDownload(LetterDownloadOutcome.TemplateError, null, draft.Document.Errors);
        }

        await RecordAsync(userId, letter.TaskId, AuditOutcomes.Success,
            draft.AuditDetail + " addressee=" + LetterValues.Addressee(letter.Addressee), cancellationToken).ConfigureAwait(false);
        return new LetterDownload(LetterDownloadOutcome.Ok, draft);
    }

    private static (long TaskId, LetterAddressee Addressee)? TaskOf(string? letterId) => LetterTaskService.ParseLetterId(letterId);

    private async Task<LetterDownload> RefuseAsync(string actor, long? taskId, LetterDownloadOutcome outcome, string why, CancellationToken cancellationToken)
    {
        LettersLog.DownloadRefused(logger, why);
        await RecordAsync(actor, taskId, AuditOutcomes.Rejected, why, cancellationToken).ConfigureAwait(false);
        return new LetterDownload(outcome);
    }

    private Task RecordAsync(string actor, long? taskId, string outcome, string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(actor, LetterAuditActions.Download, LetterAuditActions.RecordType,
            taskId?.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome, detail, cancellationToken);
}
