namespace PmgBot.Core.Directory;

/// <summary>
/// The checked content of an import file as new (untracked) entities. <see cref="Professionals"/> is null when
/// the file had no professionals section (then no professional is touched). <see cref="Sections"/>: the features'
/// sections the file had, checked, in the order they are registered.
/// </summary>
internal sealed record ValidatedDirectory(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Jpp> Jpps,
    IReadOnlyList<Professional>? Professionals,
    IReadOnlyList<ICheckedImportSection> Sections);
