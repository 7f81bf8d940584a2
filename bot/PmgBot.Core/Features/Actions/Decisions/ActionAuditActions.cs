namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// Audit action names of decisions and action items. Decisions: record type <c>youth</c>, record id the youth code;
/// items: record type <see cref="ItemRecordType"/>, record id the item id. Details hold codes and ids only.
/// </summary>
public static class ActionAuditActions
{
    public const string YouthRecordType = "youth";
    public const string ItemRecordType = "action-item";

    public const string DecisionView = "decision.view";
    public const string DecisionRecord = "decision.record";

    public const string ItemView = "action-item.view";
    public const string ItemChange = "action-item.change";
    public const string ItemReassign = "action-item.reassign";
    public const string ItemNotice = "action-item.notice";
    public const string ItemReminder = "action-item.reminder";
    public const string ListOwn = "action-item.list-own";
    public const string ListJpp = "action-item.list-jpp";
}
