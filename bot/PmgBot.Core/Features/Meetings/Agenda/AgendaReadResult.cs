namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>A request read from JSON, or the Dutch message why it could not be read.</summary>
public sealed record AgendaReadResult(AgendaRequest? Request, string? Error)
{
    public static AgendaReadResult Read(AgendaRequest request) => new(request, null);

    public static AgendaReadResult Failed(string error) => new(null, error);
}
