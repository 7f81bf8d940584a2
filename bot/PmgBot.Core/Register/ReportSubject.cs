namespace PmgBot.Core.Register;

/// <summary>What a report is about. Stored as its number; never renumber.</summary>
public enum ReportSubject
{
    Jongere = 0,
    Groep = 1,
    Locatie = 2,
}
