namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The inputs of the action item card; also the keys of its submit.</summary>
public static class ActionItemFields
{
    public const string DoneNote = "doneNote";
    public const string NewDueDate = "newDueDate";
    public const string PostponeReason = "postponeReason";
    public const string NotPossibleReason = "notPossibleReason";
    public const string NewOwner = "newOwner";
}
