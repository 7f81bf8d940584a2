using System.Globalization;
using System.Text.Json.Nodes;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>The digest as the <c>meeting-digest</c> card, and as the proactive message that carries it (no names or codes in its text).</summary>
public sealed class MeetingDigestCards(ICardRenderer cards)
{
    /// <summary>
    /// The card. <paramref name="notice"/> (shown when there is no <paramref name="report"/>) in <paramref name="noticeStyle"/>
    /// (default warning); <paramref name="open"/>: the meeting is ahead, so the card offers the agenda changes and the
    /// reminder; <paramref name="kept"/>: what the chair typed, shown again when a change was refused.
    /// </summary>
    public JsonObject Render(
        MeetingDigest digest, BookingReport? report = null, string? notice = null, string? noticeStyle = null, bool open = true,
        MeetingDigestActionData? kept = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var names = digest.Windows.ToDictionary(w => w.OrganisationId, w => w.Name, StringComparer.Ordinal);
        var counts = digest.Counts;
        var stopped = report is { Complete: false };
        return cards.Render(CardTemplateNames.MeetingDigest, new MeetingDigestCardData(
            digest.MeetingId.ToString(CultureInfo.InvariantCulture),
            DigestTexts.Title(digest.JppName),
            DigestTexts.When(digest),
            [
                new(DigestTexts.FactCases, Number(counts.Items)),
                new(DigestTexts.FactKinds, $"{counts.Nieuw} / {counts.Vervolg} / {counts.OpAfschalen}"),
                new(DigestTexts.FactLevels, $"{counts.Geen} / {counts.Groen} / {counts.Oranje} / {counts.Rood}"),
                new(DigestTexts.FactWithoutYouth, Number(counts.WithoutYouth)),
                new(DigestTexts.FactInvitations, digest.BookingPlan is null ? "–" : Number(counts.InvitationsToSend)),
            ],
            DigestTexts.Conflicts(digest.Conflicts),
            [.. digest.Conflicts.Members.Select(c => new DigestFactData(c.Name, DigestTexts.Busy(c.Kind)))],
            DigestTexts.Saving(digest),
            [.. digest.Items.Select(i => new DigestItemData(
                DigestTexts.Clock(digest.StartsAtUtc, i.StartMinute),
                i.Subject,
                DigestTexts.ItemDetail(DigestTexts.Kind(i.Kind), DigestTexts.Level(i.Level), i.Minutes),
                i.Organisations.Count == 0 ? DigestTexts.NoOrganisations : string.Join(", ", i.Organisations)))],
            [.. digest.Windows.Select(w => new DigestFactData(
                w.Name, $"{DigestTexts.Clock(digest.StartsAtUtc, w.StartMinute)}–{DigestTexts.Clock(digest.StartsAtUtc, w.EndMinute)} ({DigestTexts.Cases(w.CaseCount)})"))],
            digest.BookingPlan is not null && (stopped || counts.InvitationsToSend > 0),
            stopped ? DigestTexts.ContinueTitle : DigestTexts.ConfirmTitle,
            DigestTexts.DayOff(digest),
            report is null ? notice : BookingReportTexts.Describe(report, id => names.GetValueOrDefault(id, id)),
            report is null ? (notice is null ? null : noticeStyle ?? "warning") : BookingReportTexts.Style(report),
            open,
            [.. digest.Items.Select(i => new DigestFactData(DigestTexts.Choice(digest, i), Number(i.ItemId)))],
            kept?.Item?.Trim() ?? "",
            kept?.Reason ?? "",
            kept?.YouthCode?.Trim() ?? ""));
    }

    /// <summary>The proactive digest for a chair's personal chat, in the current language (the sender sets the chair's;
    /// <paramref name="reminder"/>: the one the chair asked for later).</summary>
    public Activity Message(MeetingDigest digest, bool reminder = false)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = reminder ? DigestTexts.ReminderMessage(digest) : DigestTexts.Message(digest),
            Summary = reminder ? DigestTexts.ReminderSummary(digest) : DigestTexts.Summary(digest),
            Attachments = [Attachment.AdaptiveCard(Render(digest))],
            Locale = BotLanguage.Locale,
        };
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
