using System.Text.RegularExpressions;

namespace PmgBot.Core.Register;

/// <summary>Youth codes as they come from card data (untrusted): trimmed, upper case, and only the PMG-J-0017 shape.</summary>
internal static partial class YouthCodes
{
    /// <summary>The code in canonical form, or null when <paramref name="code"/> is not a youth code (then it is never stored or audited).</summary>
    public static string? Normalise(string? code)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        return trimmed is { Length: <= 20 } && Shape().IsMatch(trimmed) ? trimmed : null;
    }

    [GeneratedRegex("^PMG-J-[0-9]{4,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
