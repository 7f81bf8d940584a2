namespace PmgBot.Core.Directory;

/// <summary>
/// A section of the JSON import file that a feature owns (the meetings' <c>meetingSeries</c>). Features register theirs
/// in DI; the importer reads every registered section as strictly as the rest of the file, checks it after the
/// directory's own rows and stores it in the same transaction, so the base names no feature and stays all or nothing.
/// </summary>
public interface IDirectoryImportSection
{
    /// <summary>The section's JSON property (<c>meetingSeries</c>).</summary>
    string Name { get; }

    /// <summary>The type the section's JSON value is read into (unknown fields are errors, as elsewhere in the file).</summary>
    Type ContentType { get; }

    /// <summary>
    /// Checks the section's content (of <see cref="ContentType"/>, never null) against the directory as it will be after
    /// the import; adds one Dutch <see cref="ImportError"/> per problem with its row. The result is stored only when the
    /// whole file is valid.
    /// </summary>
    ICheckedImportSection Check(object content, DirectoryAfterImport directory, DateTime nowUtc, List<ImportError> errors);
}
