namespace PmgBot.Core.Directory;

/// <summary>
/// What an import stored. Organisations, municipalities and JPPs count the rows in the file (added or updated);
/// <see cref="Sections"/> what the features' sections stored (a section that stored nothing is left out).
/// </summary>
public sealed record ImportCounts(
    int Organisations,
    int Municipalities,
    int Jpps,
    int ProfessionalsAdded,
    int ProfessionalsUpdated,
    int ProfessionalsUnchanged,
    int ProfessionalsDeactivated)
{
    public static readonly ImportCounts None = new(0, 0, 0, 0, 0, 0, 0);

    public IReadOnlyList<ImportSectionCount> Sections { get; init; } = [];

    /// <summary>The rows the feature section <paramref name="name"/> stored; 0 when the file did not have it.</summary>
    public int Section(string name) => Sections.FirstOrDefault(s => string.Equals(s.Section, name, StringComparison.Ordinal))?.Count ?? 0;

    // By value, the sections too (a record compares a list by reference).
    public bool Equals(ImportCounts? other) =>
        other is not null
        && (Organisations, Municipalities, Jpps, ProfessionalsAdded, ProfessionalsUpdated, ProfessionalsUnchanged, ProfessionalsDeactivated)
            == (other.Organisations, other.Municipalities, other.Jpps, other.ProfessionalsAdded, other.ProfessionalsUpdated,
                other.ProfessionalsUnchanged, other.ProfessionalsDeactivated)
        && Sections.SequenceEqual(other.Sections);

    public override int GetHashCode() =>
        HashCode.Combine(Organisations, Municipalities, Jpps, ProfessionalsAdded, ProfessionalsUpdated, ProfessionalsUnchanged, ProfessionalsDeactivated, Sections.Count);
}
