namespace PmgBot.Core.Directory;

/// <summary>The Dutch role names used in import files and shown to users.</summary>
public static class RoleNames
{
    private static readonly (Roles Role, string Name)[] Names =
    [
        (Roles.Melder, "melder"),
        (Roles.DeelnemerJpp, "deelnemer JPP"),
        (Roles.Casusregisseur, "casusregisseur"),
        (Roles.Voorzitter, "voorzitter"),
        (Roles.Procesregisseur, "procesregisseur"),
        (Roles.Programmamanager, "programmamanager"),
        (Roles.Beheerder, "beheerder"),
    ];

    /// <summary>Every single role, in the order above.</summary>
    public static IReadOnlyList<Roles> All { get; } = [.. Names.Select(n => n.Role)];

    /// <summary>"melder, deelnemer JPP, …" for messages.</summary>
    public static string AllNames { get; } = string.Join(", ", Names.Select(n => n.Name));

    /// <summary>Case-insensitive, ignores surrounding and repeated spaces ("Deelnemer  jpp" is fine).</summary>
    public static bool TryParse(string? text, out Roles role)
    {
        role = Roles.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalised = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var (candidate, name) in Names)
        {
            if (string.Equals(name, normalised, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The Dutch name of one role.</summary>
    public static string NameOf(Roles role)
    {
        foreach (var (candidate, name) in Names)
        {
            if (candidate == role)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(role), role, "Not a single role.");
    }

    /// <summary>The Dutch names of all roles in <paramref name="roles"/>.</summary>
    public static IReadOnlyList<string> NamesOf(Roles roles) =>
        [.. Names.Where(n => (roles & n.Role) == n.Role).Select(n => n.Name)];

    /// <summary>How the roles in <paramref name="roles"/> are shown, in the turn's language (Dutch: the names above).</summary>
    public static IReadOnlyList<string> DisplayNamesOf(Roles roles) =>
        [.. Names.Where(n => (roles & n.Role) == n.Role).Select(n => RoleTexts.Resources[n.Role.ToString()])];
}
