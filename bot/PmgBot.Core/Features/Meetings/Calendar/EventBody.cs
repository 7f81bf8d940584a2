namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// The body of a window event: the caller's plain text (JPP, window, number of cases; never a youth's name) and the
/// meeting's join link, which the gateway puts on a line of its own after the text (mail clients make it a link).
/// </summary>
/// <param name="JoinUrl">Null when the meeting has no Teams link (the .ics fallback, or Teams not allowed).</param>
public sealed record EventBody(string Text, string? JoinUrl)
{
    public string Compose() =>
        string.IsNullOrWhiteSpace(JoinUrl) ? Text : Text.TrimEnd() + "\n\n" + JoinUrl;
}
