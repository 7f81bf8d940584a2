namespace PmgBot.Core.Register;

/// <summary>Zorgsignaal or veiligheidssignaal.</summary>
public enum ReportKind
{
    Zorg = 0,
    Veiligheid = 1,
}
