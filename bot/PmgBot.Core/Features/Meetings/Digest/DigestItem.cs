using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// One item in planned order: its code, kind, the youth's level (null for a group or location report), its start in
/// minutes from the start of the meeting, its minutes, the names of the organisations at the table and the agenda item's
/// number (what the card's remove and move buttons send back).
/// </summary>
public sealed record DigestItem(
    string Subject, AgendaItemKind Kind, YouthLevel? Level, int StartMinute, int Minutes, IReadOnlyList<string> Organisations, long ItemId = 0);
