namespace PmgBot.Core.Directory;

/// <summary>What a reader produced: the document, or the errors that kept it from being read.</summary>
internal sealed record ParsedDirectory(DirectoryFile? File, IReadOnlyList<ImportError> Errors);
