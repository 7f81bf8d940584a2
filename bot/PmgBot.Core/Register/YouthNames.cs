namespace PmgBot.Core.Register;

/// <summary>How a youth's name is written on cards (register records and reports alike).</summary>
public static class YouthNames
{
    /// <summary>"Jan de Vries" (no double spaces when there is no tussenvoegsel).</summary>
    public static string Full(string? firstName, string? tussenvoegsel, string? lastName) =>
        string.Join(' ', new[] { firstName, tussenvoegsel, lastName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    public static string Full(Youth youth)
    {
        ArgumentNullException.ThrowIfNull(youth);
        return Full(youth.FirstName, youth.Tussenvoegsel, youth.LastName);
    }
}
