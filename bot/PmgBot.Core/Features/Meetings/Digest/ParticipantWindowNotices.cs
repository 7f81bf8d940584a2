using System.Globalization;
using Microsoft.Extensions.Logging;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Conversations;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// After the chair confirmed and the calendars were booked, each professional invited for an organisation's window gets
/// a card in personal chat (through the outbox): JPP, day, their window, the number of cases and the join link. The
/// message text carries the case codes of that organisation's items, never a name; the card carries no codes. Once per
/// professional and window: a changed window (another time or number of cases) sends a new card, the same one does not.
/// Each in the invitee's language (<see cref="RecipientLanguages"/>: the locale of their last activity, Dutch when unknown).
/// </summary>
public sealed class ParticipantWindowNotices(
    IProactiveMessenger messenger, RecipientLanguages languages, ICardRenderer cards, ILogger<ParticipantWindowNotices> logger)
{
    public async Task<int> SendAsync(MeetingDigest digest, MeetingAgenda agenda, string? joinUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(agenda);
        if (digest.BookingPlan is not { } plan)
        {
            return 0;
        }

        var core = plan.CoreMembers.Select(a => a.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var invited = agenda.Items.SelectMany(i => i.Organisations).SelectMany(o => o.Invitees).Select(p => p.ProfessionalId).ToList();
        var spoken = await languages.ForAsync(invited, cancellationToken).ConfigureAwait(false);
        var messages = new List<ProactiveMessage>();
        foreach (var window in digest.Windows.Where(w => plan.Organisations.Any(o => o.OrganisationId == w.OrganisationId)))
        {
            var items = agenda.Items.Where(i => i.Organisations.Any(o => o.OrganisationId == window.OrganisationId)).ToList();
            var invitees = items.SelectMany(i => i.Organisations).Where(o => o.OrganisationId == window.OrganisationId)
                .SelectMany(o => o.Invitees)
                .Where(p => !string.IsNullOrWhiteSpace(p.Email) && !core.Contains(p.Email!))
                .DistinctBy(p => p.ProfessionalId, StringComparer.Ordinal)
                .ToList();
            var codes = string.Join(", ", items.Select(i => i.Subject));
            foreach (var invitee in invitees)
            {
                // The card and its message in the invitee's language.
                using var language = BotLanguage.Use(spoken[invitee.ProfessionalId]);
                var span = DigestTexts.WindowSpan(DigestTexts.Clock(digest.StartsAtUtc, window.StartMinute), DigestTexts.Clock(digest.StartsAtUtc, window.EndMinute));
                var date = ShownDates.LongDate(digest.StartsAtUtc);
                var card = cards.Render(CardTemplateNames.MeetingWindow, new MeetingWindowCardData(
                    digest.JppName, date, span, DigestTexts.Cases(window.CaseCount), string.IsNullOrWhiteSpace(joinUrl) ? null : joinUrl));
                messages.Add(new ProactiveMessage(invitee.ProfessionalId, new Activity
                {
                    Type = ActivityTypes.Message,
                    Text = DigestTexts.WindowMessage(digest.JppName, date, span, DigestTexts.Cases(window.CaseCount), codes),
                    Summary = DigestTexts.WindowSummary(digest.JppName, span),
                    Attachments = [Attachment.AdaptiveCard(card)],
                    Locale = BotLanguage.Locale,
                }, DedupKey(digest.MeetingId, invitee.ProfessionalId, window)));
            }
        }

        if (messages.Count == 0)
        {
            return 0;
        }

        var results = await messenger.SendToUsersAsync(messages, cancellationToken).ConfigureAwait(false);
        var queued = results.Count(r => r.Queued);
        if (queued < results.Count)
        {
            DigestLog.WindowNoticesNotQueued(logger, digest.MeetingId, results.Count - queued);
        }

        return queued;
    }

    public static string DedupKey(long meetingId, string professionalId, DigestWindow window) =>
        string.Create(CultureInfo.InvariantCulture, $"meeting-window:{meetingId}:{professionalId}:{window.StartMinute}-{window.EndMinute}:{window.CaseCount}");
}
