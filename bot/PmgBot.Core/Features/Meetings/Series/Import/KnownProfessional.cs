using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Meetings.Series.Import;

/// <summary>A professional as the directory will be after the import (the file's list when it has one, else the stored one).</summary>
internal sealed record KnownProfessional(string Id, Roles Roles, bool Active, IReadOnlySet<string> JppIds);
