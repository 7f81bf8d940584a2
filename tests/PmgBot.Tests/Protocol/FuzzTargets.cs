namespace PmgBot.Tests.Protocol;

/// <summary>
/// What the fuzzed activities aim at: the card verbs of the route table, every data field the flows read, users of
/// the test directory (and a stranger), the chair of the seeded records' JPP (half of the activities come from them,
/// so the screening and chair flows get past their access checks), and the codes of records that exist, so flows get
/// past their lookups.
/// </summary>
internal sealed record FuzzTargets(
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> DataFields,
    IReadOnlyList<string> Users,
    string Chair,
    IReadOnlyList<string> Codes);
