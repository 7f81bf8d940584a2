using System.Globalization;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Fictional youths of the demo register (bot/PmgBot.Bot/Demo/DemoRegister.cs, seeded with Demo__Seed=true) that the
/// scenario tests look up, with what the demo says about them relative to the Playground user Alex Wilber
/// (Mijnstreek College Heerlen, JPP Heerlen).
/// </summary>
public sealed record DemoYouth(string FirstName, string? Tussenvoegsel, string LastName, string DateOfBirth, string? CasusregisseurAadObjectId)
{
    /// <summary>JPP Heerlen, oranje; Alex's school is involved (full youth card); casusregisseur Yara El Idrissi.</summary>
    public static DemoYouth JanDeVries { get; } = new("Jan", "de", "Vries", "12-03-2010", "d0000000-0000-4000-8000-000000000023");

    /// <summary>JPP Kerkrade, not shared: Alex has no relation to her in any role.</summary>
    public static DemoYouth LinaBedacht { get; } = new("Lina", null, "Bedacht", "09-05-2012", "d0000000-0000-4000-8000-000000000024");

    /// <summary>JPP Heerlen (Alex's JPP as chair), casusregisseur Sem Jacobs; Alex's school is not involved.</summary>
    public static DemoYouth DaanFictief { get; } = new("Daan", null, "Fictief", "30-01-2009", "d0000000-0000-4000-8000-000000000018");

    public string FullName => string.Join(' ', new[] { FirstName, Tussenvoegsel, LastName }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>"2010-03-12", as a date input takes it.</summary>
    public string IsoDateOfBirth => DateOnly.ParseExact(DateOfBirth, "dd-MM-yyyy", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Jan de Vries (12-03-2010)", as typed after "wie is de casusregisseur van".</summary>
    public string Query => $"{FullName} ({DateOfBirth})";
}
