namespace PmgBot.Tests.Protocol;

/// <summary>
/// Faults found by the fuzz test in files this branch may not edit (ActivityEndpoint outside ReadBodyAsync,
/// TurnProcessor, TurnWorker, TurnQueue, TurnContext). A fuzz case that is expected to hit one is marked with it, so the
/// failure report says where the fix belongs. The test does not skip them: it fails until they are fixed.
/// </summary>
internal static class KnownFaults
{
    public const string BlankAddress =
        "TurnContext.SendAsync (lines 70-73) + TurnProcessor.TrySendErrorAsync (line 171): a blank (\"\" or whitespace) serviceUrl, "
        + "conversation.id or message id passes the null checks, ConnectorRequest throws ArgumentException, the error reply throws it "
        + "again and TrySendErrorAsync does not catch it: the exception leaves ProcessAsync and ends a TurnWorker loop for good";

    public const string NullMember =
        "TurnProcessor.ProcessCoreAsync (lines 72 and 74): membersAdded/membersRemoved holding null: m.Id throws NullReferenceException";

    public const string ActionNotText =
        "TurnProcessor.ReadAction (lines 141-161): TryGetProperty/GetString on the untrusted value: a verb, or a property name of value or "
        + "value.action, that is not valid text (lone surrogate, invalid UTF-8) throws";

    public const string RemoveWithoutConversation =
        "TurnProcessor.ProcessCoreAsync (lines 67 and 77): an uninstall (installationUpdate remove, or the bot in membersRemoved) "
        + "without conversation.id calls RemoveConversationAsync(\"\"), which throws ArgumentException";

    public const string UnusableAddress =
        "ActivityEndpoint.HandleAsync: a message or conversationUpdate whose serviceUrl is missing or not an absolute http(s) URL, or "
        + "without conversation.id, is accepted (202) but cannot be answered: TurnContext.SendAsync throws (TurnFailed, error log 1100) "
        + "or the connector refuses the URL (error log 3005)";

    public const string UnsupportedInvoke =
        "TurnProcessor.ProcessCoreAsync (lines 89-93): an invoke whose name is not adaptiveCard/action (also a missing or empty name) "
        + "is answered HTTP 501 (BotBuilder's answer per protocol.md, but a 5xx)";
}
