namespace PmgBot.Core.Directory;

/// <summary>
/// What an import stored. Organisations, municipalities, JPPs and meeting series count the rows in the file (added or
/// updated).
/// </summary>
public sealed record ImportCounts(
    int Organisations,
    int Municipalities,
    int Jpps,
    int ProfessionalsAdded,
    int ProfessionalsUpdated,
    int ProfessionalsUnchanged,
    int ProfessionalsDeactivated,
    int MeetingSeries = 0)
{
    public static readonly ImportCounts None = new(0, 0, 0, 0, 0, 0, 0);
}
