namespace PmgBot.Core.Directory;

/// <summary>
/// The directory as it will be once the import is stored, for checking a feature's section against it: the stored JPPs
/// plus the file's, and the file's professionals when it has that list (it replaces the stored one), else the stored ones.
/// </summary>
public sealed record DirectoryAfterImport(IReadOnlySet<string> JppIds, IReadOnlyDictionary<string, KnownProfessional> Professionals);
