using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Cards;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

/// <summary>Renders the <c>screening</c> card of one report for a chair of its JPP (the caller has checked access).</summary>
public sealed class ScreeningCardBuilder(PmgDbContext db, IProfessionalDirectory directory, IConversationReferenceStore references, ICardRenderer cards)
{
    /// <summary>Teams refreshes a card for at most 60 users.</summary>
    public const int MaxRefreshUsers = 60;

    public async Task<JsonObject> RenderAsync(Report report, ScreeningCardState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(state);
        var jppName = await db.Jpps.AsNoTracking().Where(j => j.Id == report.JppId).Select(j => j.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? report.JppId;
        var reporter = await directory.FindAsync(report.ReporterId, cancellationToken).ConfigureAwait(false);
        var reporterName = reporter is null ? ScreeningTexts.Unknown : $"{reporter.DisplayName} ({reporter.OrganisationName})";
        var open = report.Status is ReportStatus.Ontvangen or ReportStatus.InScreening;

        var data = new ScreeningCardData(
            report.Reference,
            jppName,
            ScreeningTexts.Date(report.CreatedAtUtc),
            ScreeningTexts.Status(report.Status),
            ScreeningTexts.Subject(report.Subject),
            ScreeningTexts.Kind(report.Kind),
            ScreeningTexts.Context(report.Context),
            ScreeningTexts.Concerns(report.ConcernTypes),
            ScreeningTexts.Urgency(report.Urgency),
            report.Urgency == ReportUrgency.Spoed,
            report.YouthAndParentsInformed ? ScreeningTexts.Yes : ScreeningTexts.No,
            reporterName,
            report.Description,
            await MatchTextAsync(report, cancellationToken).ConfigureAwait(false),
            report.Version,
            open && report.MatchState != MatchState.Possible,
            open && report.MatchState == MatchState.Possible,
            state.ReferralTarget,
            state.ReferralNote,
            state.NoActionReason,
            await RefreshUserIdsAsync(report.JppId, cancellationToken).ConfigureAwait(false),
            NotInformedReason: report.YouthAndParentsInformed ? null : NullIfEmpty(report.NotInformedReason),
            Youth: await YouthAsync(report, cancellationToken).ConfigureAwait(false),
            GroupOrLocation: report.Subject == ReportSubject.Jongere ? null : NullIfEmpty(report.GroupOrLocation),
            PossibleMatch: open ? await PossibleMatchAsync(report, cancellationToken).ConfigureAwait(false) : null,
            Handled: open ? null : await HandledAsync(report, cancellationToken).ConfigureAwait(false),
            HandledNote: open ? null : NullIfEmpty(report.ScreeningNote),
            Message: state.Message,
            AgendaError: state.AgendaError,
            ReferralTargetError: state.ReferralTargetError,
            ReferralNoteError: state.ReferralNoteError,
            NoActionReasonError: state.NoActionReasonError);
        return cards.Render(CardTemplateNames.Screening, data);
    }

    private async Task<ScreeningYouthData?> YouthAsync(Report report, CancellationToken cancellationToken)
    {
        if (report.Subject != ReportSubject.Jongere)
        {
            return null;
        }

        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == report.MunicipalityId).Select(m => m.Name)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? report.MunicipalityId;
        return new ScreeningYouthData(
            YouthNames.Full(report.YouthFirstName, report.YouthTussenvoegsel, report.YouthLastName),
            report.YouthDateOfBirth is { } dob ? ScreeningTexts.BirthDate(dob) : ScreeningTexts.NotGiven,
            municipality,
            NullIfEmpty(report.School));
    }

    private async Task<ScreeningPossibleMatchData?> PossibleMatchAsync(Report report, CancellationToken cancellationToken)
    {
        if (report.MatchState != MatchState.Possible || report.PossibleYouthId is not { } id)
        {
            return null;
        }

        var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.Id == id, cancellationToken).ConfigureAwait(false);
        return new ScreeningPossibleMatchData(
            YouthNames.Full(report.YouthFirstName, report.YouthTussenvoegsel, report.YouthLastName),
            report.YouthDateOfBirth is { } dob ? ScreeningTexts.BirthDate(dob) : ScreeningTexts.NotGiven,
            youth.Code,
            YouthNames.Full(youth.FirstName, youth.Tussenvoegsel, youth.LastName),
            ScreeningTexts.BirthDate(youth.DateOfBirth));
    }

    private async Task<string> MatchTextAsync(Report report, CancellationToken cancellationToken)
    {
        if (report.Subject != ReportSubject.Jongere)
        {
            return ScreeningTexts.MatchGroupOrLocation;
        }

        var code = await CodeAsync(report.YouthId, cancellationToken).ConfigureAwait(false);
        return report.MatchState switch
        {
            MatchState.Sure => ScreeningTexts.MatchSure(code),
            MatchState.New => ScreeningTexts.MatchNew(code),
            MatchState.Merged => ScreeningTexts.MatchMerged(code),
            MatchState.KeptApart => ScreeningTexts.MatchKeptApart(code),
            MatchState.Possible => ScreeningTexts.MatchPossible(await CodeAsync(report.PossibleYouthId, cancellationToken).ConfigureAwait(false)),
            _ => ScreeningTexts.MatchNone,
        };
    }

    private async Task<string> HandledAsync(Report report, CancellationToken cancellationToken)
    {
        var by = report.ScreenedById is { } id ? await directory.FindAsync(id, cancellationToken).ConfigureAwait(false) : null;
        var when = report.ScreenedAtUtc is { } at ? ScreeningTexts.Date(at) : ScreeningTexts.UnknownDate;
        var outcome = report.Status switch
        {
            ReportStatus.OpAgendaJpp => ScreeningTexts.OnAgendaOfJpp(await MeetingSuffixAsync(report.AgendaMeetingId, cancellationToken).ConfigureAwait(false)),
            ReportStatus.Doorverwezen => ScreeningTexts.ReferredTo(report.ReferralTarget is { } target ? ScreeningTexts.ReferralTarget(target) : ScreeningTexts.Unknown),
            _ => ScreeningTexts.Status(report.Status),
        };
        return ScreeningTexts.HandledBy(by?.DisplayName ?? ScreeningTexts.Unknown, when, outcome);
    }

    private async Task<string> MeetingSuffixAsync(long? meetingId, CancellationToken cancellationToken)
    {
        if (meetingId is not { } id)
        {
            return "";
        }

        var startsAt = await db.JppMeetings.AsNoTracking().Where(m => m.Id == id).Select(m => (DateTime?)m.StartsAtUtc)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return startsAt is { } at ? ScreeningTexts.MeetingOf(ScreeningTexts.DateTime(at)) : "";
    }

    private async Task<string> CodeAsync(long? youthId, CancellationToken cancellationToken) =>
        youthId is { } id
            ? await db.Youths.AsNoTracking().Where(y => y.Id == id).Select(y => y.Code).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? ScreeningTexts.Unknown
            : ScreeningTexts.Unknown;

    /// <summary>The Teams ids (29:…) of the chairs of the JPP that have a personal chat with the bot, at most 60.</summary>
    private async Task<IReadOnlyList<string>> RefreshUserIdsAsync(string jppId, CancellationToken cancellationToken)
    {
        var members = await directory.ListJppMembersAsync(jppId, cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        foreach (var chair in members.Where(m => (m.Roles & JppChairs.ChairRoles) != Roles.None))
        {
            var reference = await references.FindPersonalAsync(chair.AadObjectId, cancellationToken).ConfigureAwait(false);
            if (reference?.UserId is { Length: > 0 } userId)
            {
                ids.Add(userId);
                if (ids.Count == MaxRefreshUsers)
                {
                    break;
                }
            }
        }

        return ids;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
