using PmgBot.Core.Access;

namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// One entry of the menu: shown when the user's roles allow <paramref name="Action"/>. Its texts are the keys
/// <c>&lt;TextKey&gt;Title</c> and <c>&lt;TextKey&gt;Description</c> of <see cref="WelcomeTexts"/>, read in the turn's language.
/// </summary>
public sealed record MenuItem(BotAction Action, string TextKey, string Verb, bool DevelopmentOnly = false)
{
    public string Title => WelcomeTexts.Resources[TextKey + "Title"];

    public string Description => WelcomeTexts.Resources[TextKey + "Description"];
}
