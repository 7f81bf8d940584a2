namespace PmgBot.Core.Register;

/// <summary>The status a reporter sees in "mijn meldingen". Stored as its number; never renumber.</summary>
public enum ReportStatus
{
    Ontvangen = 0,
    InScreening = 1,
    OpAgendaJpp = 2,
    Doorverwezen = 3,
    GeenActie = 4,
}
