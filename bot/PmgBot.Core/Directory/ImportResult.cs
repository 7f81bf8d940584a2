namespace PmgBot.Core.Directory;

/// <summary>The outcome of one import: either everything was stored, or nothing and <see cref="Errors"/> says why.</summary>
public sealed record ImportResult(IReadOnlyList<ImportError> Errors, ImportCounts Counts)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Failed(IReadOnlyList<ImportError> errors) => new(errors, ImportCounts.None);

    /// <summary>A short Dutch summary for the operator (command line).</summary>
    public string Describe() => Succeeded
        ? $"Import gelukt: {Counts.Organisations} organisaties, {Counts.Municipalities} gemeenten, {Counts.Jpps} JPP's; "
          + $"professionals: {Counts.ProfessionalsAdded} nieuw, {Counts.ProfessionalsUpdated} gewijzigd, "
          + $"{Counts.ProfessionalsUnchanged} ongewijzigd, {Counts.ProfessionalsDeactivated} gedeactiveerd"
          + string.Concat(Counts.Sections.Select(s => "; " + s.Summary)) + "."
        : $"Import afgewezen, er is niets opgeslagen ({Errors.Count} fout(en)):{Environment.NewLine}"
          + string.Join(Environment.NewLine, Errors.Select(e => "- " + e));
}
