namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The input fields of a decision; also the input ids on the <c>decision</c> card and the keys of its submit.</summary>
public static class DecisionFields
{
    public const string Decision = "decision";
    public const string Level = "level";
    public const string Reason = "reason";
    public const string Procesregisseur = "procesregisseur";
    public const string ReferralTarget = "referralTarget";
    public const string Casusregisseur = "casusregisseur";
    public const string Interventions = "interventions";
    public const string InterventionsNote = "interventionsNote";
    public const string NextReview = "nextReview";

    /// <summary>"item2Owner": the owner of the second action item (1-based, as on the card).</summary>
    public static string ItemOwner(int number) => Item(number, "Owner");

    /// <summary>The free text of what to do (wins over the quick pick).</summary>
    public static string ItemWhat(int number) => Item(number, "What");

    /// <summary>The quick pick of what to do (a code of <see cref="ActionPicks"/>).</summary>
    public static string ItemWhatPick(int number) => Item(number, "WhatPick");

    /// <summary>The quick pick (a date computed on working days).</summary>
    public static string ItemDue(int number) => Item(number, "Due");

    /// <summary>Another date (Input.Date).</summary>
    public static string ItemDueDate(int number) => Item(number, "DueDate");

    private static string Item(int number, string part) => "item" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + part;
}
