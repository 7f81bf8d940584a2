namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>The data of a digest button (untrusted, read with <c>CardSubmitData.Read</c>): <c>meeting</c>, the meeting's number as text.</summary>
public sealed record MeetingDigestActionData(string? Meeting = null)
{
    /// <summary>The meeting's number, or null when it is not one.</summary>
    public long? MeetingId =>
        long.TryParse(Meeting?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
