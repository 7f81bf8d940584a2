namespace PmgBot.Core.Access;

/// <summary>Everything a user can ask the bot to do; <see cref="AccessMatrix"/> says which roles, with which relation to a case, may.</summary>
public enum BotAction
{
    ViewMenu = 0,
    ViewOwnDetails = 1,
    ViewPrivacy = 2,
    ViewNetworkOverview = 3,

    /// <summary>Demo only: the caller also checks that the environment is Development.</summary>
    SwitchDemoRole = 4,

    // Reports (signals)
    SubmitReport = 10,
    ViewOwnReports = 11,

    /// <summary>Open the screening queue of the JPPs one chairs.</summary>
    ViewScreeningQueue = 12,

    /// <summary>Decide on one report (agenda, referral, no action); relation to the report's JPP.</summary>
    ScreenReport = 13,

    /// <summary>Merge a possible match or keep it apart; relation to the report's JPP.</summary>
    ResolveMatch = 14,

    // Youth register
    /// <summary>Search the register (the answer itself is filtered per youth).</summary>
    LookupYouth = 20,

    /// <summary>The full youth card: name, date of birth, level, casusregisseur, procesregisseur, next JPP.</summary>
    ViewYouthCard = 21,

    /// <summary>Only the casusregisseur's name, organisation and contact.</summary>
    ViewCasusregisseurContact = 22,

    AssignCasusregisseur = 23,
    SetYouthLevel = 24,
    AddInvolvedOrganisation = 25,
    ShareYouthWithJpp = 26,

    /// <summary>"Mijn casussen": the youths one is casusregisseur of.</summary>
    ViewOwnCases = 27,

    // After the meeting: decisions and action items (issue 15)
    /// <summary>Record the meeting's decision about a youth, with its action items; relation to the meeting's JPP.</summary>
    RecordDecision = 28,

    /// <summary>"Mijn acties": one's own action items (and their cards).</summary>
    ViewOwnActionItems = 29,

    /// <summary>Tick off, postpone or give up one's own action item (the owner fact is checked by the service).</summary>
    ChangeOwnActionItem = 30,

    /// <summary>The action items of a JPP ("acties"; any item's card); relation to the item's JPP.</summary>
    ViewJppActionItems = 31,

    /// <summary>Change any action item of a JPP one chairs; relation to the item's JPP.</summary>
    ChangeActionItem = 32,

    /// <summary>
    /// The letter tasks of a youth (notificatiebrief, complimentbrief): the draft, its download link, verstuurd / niet
    /// verstuurd; relation to the youth (its casusregisseur).
    /// </summary>
    WriteLetter = 33,
}
