namespace PmgBot.Cards.Data;

/// <summary>
/// Data for <c>case-notice</c>: a proactive notice that carries no case content, only a code. <paramref name="Text"/>
/// must never hold a youth name or case facts (e.g. "Er is een nieuw signaal bij casus PMG-J-0017, waar jij bij
/// betrokken bent."). The button sends <paramref name="Verb"/> with <c>{"code": Code}</c>; the server checks access
/// before it shows anything.
/// </summary>
public sealed record CaseNoticeCardData(string Title, string Text, string ButtonTitle, string Verb, string Code);
