using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>The meetings' section of the directory import as the import's result shows it.</summary>
public static class MeetingSeriesImportCounts
{
    /// <summary>The section's JSON name in the directory file.</summary>
    public const string SectionName = "meetingSeries";

    extension(ImportCounts counts)
    {
        /// <summary>The meeting series the import stored (added or replaced).</summary>
        public int MeetingSeries => counts.Section(SectionName);
    }
}
