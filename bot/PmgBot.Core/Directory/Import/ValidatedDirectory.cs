using PmgBot.Core.Features.Meetings.Series;

namespace PmgBot.Core.Directory.Import;

/// <summary>
/// The checked content of an import file as new (untracked) entities. <see cref="Professionals"/> is null when
/// the file had no professionals section (then no professional is touched).
/// </summary>
internal sealed record ValidatedDirectory(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Jpp> Jpps,
    IReadOnlyList<Professional>? Professionals,
    IReadOnlyList<MeetingSeries> MeetingSeries);
