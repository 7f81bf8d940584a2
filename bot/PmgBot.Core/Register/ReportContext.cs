namespace PmgBot.Core.Register;

/// <summary>Where the signal came from.</summary>
public enum ReportContext
{
    School = 0,
    Straat = 1,
    Thuis = 2,
    Online = 3,
}
