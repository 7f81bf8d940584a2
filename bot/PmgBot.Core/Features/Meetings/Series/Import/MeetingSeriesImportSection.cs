using System.Globalization;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Meetings.Series.Import;

/// <summary>
/// The directory file's <c>meetingSeries</c> section (JSON): rows checked by <see cref="MeetingSeriesValidator"/>, stored
/// by <see cref="MeetingSeriesImport"/> in the importer's transaction. Registered by <c>AddMeetingSeriesImport</c>.
/// </summary>
internal sealed class MeetingSeriesImportSection : IDirectoryImportSection
{
    public string Name => MeetingSeriesImportCounts.SectionName;

    public Type ContentType => typeof(List<MeetingSeriesRow>);

    public ICheckedImportSection Check(object content, DirectoryAfterImport directory, DateTime nowUtc, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var series = MeetingSeriesValidator.Validate((List<MeetingSeriesRow?>)content, directory.JppIds, directory.Professionals, nowUtc, errors);
        return new Checked(series);
    }

    private sealed class Checked(List<MeetingSeries> series) : ICheckedImportSection
    {
        public async Task<ImportSectionCount> StoreAsync(PmgDbContext db, CancellationToken cancellationToken)
        {
            var count = await MeetingSeriesImport.ApplyAsync(db, series, cancellationToken).ConfigureAwait(false);
            return new ImportSectionCount(MeetingSeriesImportCounts.SectionName, count, "series",
                count.ToString(CultureInfo.InvariantCulture) + " vergaderreeks(en)");
        }
    }
}
