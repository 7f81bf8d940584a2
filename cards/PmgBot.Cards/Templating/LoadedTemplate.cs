using System.Text.Json.Nodes;

namespace PmgBot.Cards.Templating;

/// <summary>A parsed template: its JSON tree (never mutated) and every string in it, pre-parsed.</summary>
internal sealed record LoadedTemplate(string Name, JsonObject Root, IReadOnlyDictionary<string, TemplateString> Strings);
