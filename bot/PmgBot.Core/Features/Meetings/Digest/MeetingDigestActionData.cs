using System.Globalization;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The data of a digest button (untrusted, read with <c>CardSubmitData</c>): <c>meeting</c>, the meeting's number as text,
/// and the card's inputs: <c>item</c> (an agenda item's number), <c>reason</c> (to remove or move it) and <c>youthCode</c>
/// (a youth to add, e.g. PMG-J-0017).
/// </summary>
public sealed record MeetingDigestActionData(string? Meeting = null, string? Item = null, string? Reason = null, string? YouthCode = null)
{
    /// <summary>The meeting's number, or null when it is not one.</summary>
    public long? MeetingId => Number(Meeting);

    /// <summary>The chosen agenda item's number, or null when none (or not a number) was chosen.</summary>
    public long? ItemId => Number(Item);

    private static long? Number(string? text) =>
        long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
