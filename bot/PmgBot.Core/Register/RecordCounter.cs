namespace PmgBot.Core.Register;

/// <summary>
/// A named counter for human-readable references: scope <c>youth</c> gives PMG-J-0017, scope <c>report-2026</c>
/// gives PMG-2026-00042. Incremented inside the transaction that stores the record.
/// </summary>
public sealed class RecordCounter
{
    public required string Scope { get; set; }
    public long Value { get; set; }
}
