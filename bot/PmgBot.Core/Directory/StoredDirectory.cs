namespace PmgBot.Core.Directory;

/// <summary>The directory as stored before the import (tracked entities, keyed by id).</summary>
internal sealed record StoredDirectory(
    IReadOnlyDictionary<string, Organisation> Organisations,
    IReadOnlyDictionary<string, Municipality> Municipalities,
    IReadOnlyDictionary<string, Jpp> Jpps,
    IReadOnlyDictionary<string, Professional> Professionals);
