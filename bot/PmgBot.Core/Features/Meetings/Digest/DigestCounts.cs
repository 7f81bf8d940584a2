namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The digest's figures: items per kind, youth items per level colour (<paramref name="WithoutYouth"/>: group and
/// location reports), and <paramref name="InvitationsToSend"/>, the calendar calls confirming would make now (0 once
/// everything is booked as planned).
/// </summary>
public sealed record DigestCounts(
    int Nieuw,
    int Vervolg,
    int OpAfschalen,
    int Geen,
    int Groen,
    int Oranje,
    int Rood,
    int WithoutYouth,
    int InvitationsToSend)
{
    public int Items => Nieuw + Vervolg + OpAfschalen;
}
