namespace PmgBot.Core.Register;

public enum ReportUrgency
{
    Normaal = 0,
    Spoed = 1,
}
