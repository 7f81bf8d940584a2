namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>One letter task as its casusregisseur sees it (after the access check), for the card.</summary>
public sealed record LetterTaskView(
    long Id,
    int Version,
    LetterKind Kind,
    string Code,
    string YouthName,
    DateOnly YouthDateOfBirth,
    string JppName,
    LetterTaskState State,
    LetterAddressee? Addressee,
    DateOnly? SentOn,
    string? Reason,
    string? RecordedByName,
    DateTime? RecordedAtUtc,
    IReadOnlyList<LetterAddressee> AllowedAddressees,
    DateOnly Today,
    string CasusregisseurId)
{
    public bool IsOpen => State == LetterTaskState.Open;
}
