using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// The "match" professionals ask for: when a report is linked to a youth who is already known, the youth's
/// casusregisseur and the reporters of open reports (not geen actie / doorverwezen) on this youth from other organisations
/// than the new reporter's get a content-free notice with the youth code and a button (<c>youth.open</c>) that shows
/// details only after the server checked their access. Never the reporter. One notice per report and recipient (dedup
/// key), each audited as <see cref="AuditActions.MatchNoticeSent"/> (record = youth code), each in the recipient's language
/// (<see cref="RecipientLanguages"/>).
/// </summary>
public sealed class MatchNoticeSender(
    PmgDbContext db,
    IProfessionalDirectory directory,
    IProactiveMessenger messenger,
    RecipientLanguages languages,
    ICardRenderer cards,
    IAuditLog audit,
    ILogger<MatchNoticeSender> logger)
{
    /// <summary>The notice's text in the current language (the sender sets each recipient's).</summary>
    public static string Text(string youthCode) => ScreeningTexts.MatchNoticeText(youthCode);

    public static string DedupKey(string reference, string recipient) => $"match-notice:{reference}:{recipient}";

    /// <summary>Sends the notices for <paramref name="report"/> (linked to <see cref="Report.YouthId"/>); returns how many were queued.</summary>
    public async Task<int> SendAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.YouthId is not { } youthId)
        {
            return 0;
        }

        var youth = await db.Youths.AsNoTracking()
            .Where(y => y.Id == youthId)
            .Select(y => new { y.Code, y.CasusregisseurId })
            .SingleAsync(cancellationToken)
            .ConfigureAwait(false);
        var reportId = report.Id;
        var organisation = report.ReporterOrganisationId;
        var otherReporters = await db.Reports.AsNoTracking()
            .Where(r => r.YouthId == youthId && r.Id != reportId
                && r.Status != ReportStatus.GeenActie && r.Status != ReportStatus.Doorverwezen
                && r.ReporterOrganisationId != organisation)
            .Select(r => r.ReporterId)
            .Distinct()
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var recipients = new SortedSet<string>(otherReporters, StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(youth.CasusregisseurId))
        {
            recipients.Add(youth.CasusregisseurId);
        }

        recipients.Remove(report.ReporterId);
        var active = new List<string>();
        foreach (var recipient in recipients)
        {
            if (await directory.FindAsync(recipient, cancellationToken).ConfigureAwait(false) is { Active: true })
            {
                active.Add(recipient);
            }
        }

        if (active.Count == 0)
        {
            return 0;
        }

        // All notices of the report with one commit, then all their audit events with one more.
        var spoken = await languages.ForAsync(active, cancellationToken).ConfigureAwait(false);
        var results = await messenger.SendToUsersAsync(
            [.. active.Select(recipient =>
            {
                using var language = BotLanguage.Use(spoken[recipient]);
                var activity = CaseNotices.Card(
                    cards, ScreeningTexts.MatchNoticeTitle, Text(youth.Code), ScreeningTexts.MatchNoticeButton, RegisterVerbs.OpenYouth, youth.Code);
                return new ProactiveMessage(recipient, activity, DedupKey(report.Reference, recipient));
            })],
            cancellationToken).ConfigureAwait(false);
        var queued = 0;
        for (var i = 0; i < active.Count; i++)
        {
            var result = results[i];
            audit.Add(db, AuditActors.System, AuditActions.MatchNoticeSent, "youth", youth.Code,
                result.Queued ? AuditOutcomes.Success : AuditOutcomes.Failed, $"report={report.Reference} recipient={active[i]}");
            if (result.Queued)
            {
                queued++;
            }
            else
            {
                ScreeningFlowLog.NoticeNotQueued(logger, report.Reference, result.Reason ?? "");
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return queued;
    }
}
