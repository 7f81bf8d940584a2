namespace PmgBot.Core.Directory;

/// <summary>A professional as the directory will be after the import (the file's list when it has one, else the stored one).</summary>
public sealed record KnownProfessional(string Id, Roles Roles, bool Active, IReadOnlySet<string> JppIds);
