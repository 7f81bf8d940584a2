using System.Globalization;
using System.Security.Cryptography;

namespace PmgBot.E2E.Playground;

/// <summary>
/// A made-up youth for one report scenario: names with a random part, so every run reports a new youth (no match with
/// the demo register or an earlier test) and a leak of exactly these names in a message text cannot be a coincidence.
/// </summary>
public sealed record ReportedYouth(string FirstName, string LastName, string DateOfBirth)
{
    /// <summary>For example "Fennaqxvbr Zorgveldkwtpm", born 17 April 2012 (within the 8–27 age range).</summary>
    public static ReportedYouth Unique() => new("Fenna" + Letters(5), "Zorgveld" + Letters(5), "2012-04-17");

    /// <summary>How the Playground's date picker shows <see cref="DateOfBirth"/> (the browser runs in nl-NL).</summary>
    public string DateOfBirthShown => DateOnly.ParseExact(DateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        .ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    private static string Letters(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('a' + RandomNumberGenerator.GetInt32(26))));
}
