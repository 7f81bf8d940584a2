namespace PmgBot.Core.Directory;

/// <summary>
/// What one feature's import section stored: the section's JSON name, the number of rows, the key of that number in
/// the audit detail (<c>series</c>) and the Dutch phrase for the operator (<c>1 vergaderreeks(en)</c>).
/// </summary>
public sealed record ImportSectionCount(string Section, int Count, string AuditKey, string Summary);
