using System.Text.Json;
using PmgBot.Core.Protocol;

namespace PmgBot.Tests.Protocol;

/// <summary>Reading untrusted JSON never throws: text that is not valid and values of the wrong kind read as absent.</summary>
public sealed class UntrustedJsonTests
{
    /// <summary>JSON value (see <see cref="RawJson"/>) → the text read, or null when it must read as absent.</summary>
    private static readonly Dictionary<string, (string Json, string? Expected)> TextCases = new()
    {
        ["plain"] = ("\"menu\"", "menu"),
        ["empty"] = ("\"\"", ""),
        ["escaped pair (emoji)"] = ("\"\\ud83d\\ude00\"", "\U0001F600"),
        ["raw pair (emoji)"] = ("\"😀\"", "\U0001F600"),
        ["non-character U+FFFE (valid UTF-16)"] = ("\"a\\ufffeb\"", "a\uFFFEb"),
        ["lone high surrogate"] = ("\"\\ud800\"", null),
        ["lone low surrogate"] = ("\"\\udc00\"", null),
        ["high surrogate then letter"] = ("\"\\ud800\\u0041\"", null),
        ["swapped pair"] = ("\"\\ude00\\ud83d\"", null),
        ["invalid UTF-8 byte"] = ("\"a¤FFb\"", null),
        ["truncated UTF-8 sequence"] = ("\"¤C3\"", null),
        ["overlong UTF-8"] = ("\"¤C0¤80\"", null),
        ["UTF-8 encoded surrogate (CESU)"] = ("\"¤ED¤A0¤80\"", null),
        ["NUL (PostgreSQL cannot store it)"] = ("\"a\\u0000b\"", null),
        ["number"] = ("42", null),
        ["true"] = ("true", null),
        ["null"] = ("null", null),
        ["object"] = ("{\"a\":\"b\"}", null),
        ["array"] = ("[\"a\"]", null),
    };

    public static TheoryData<string> TextCaseNames => new(TextCases.Keys);

    [Theory]
    [MemberData(nameof(TextCaseNames))]
    public void TryGetText_Value_ValidTextOrFalse(string name)
    {
        var (json, expected) = TextCases[name];

        var read = RawJson.Element(json).TryGetText(out var text);

        Assert.Equal(expected is not null, read);
        Assert.Equal(expected, text);
    }

    /// <summary>An object (see <see cref="RawJson"/>) and the text of its property "a" (null: absent).</summary>
    private static readonly Dictionary<string, (string Json, string? Expected)> MemberCases = new()
    {
        ["present"] = ("{\"a\":\"x\"}", "x"),
        ["absent"] = ("{\"b\":\"x\"}", null),
        ["duplicate: the last wins"] = ("{\"a\":\"x\",\"a\":\"y\"}", "y"),
        ["unreadable name after it"] = ("{\"a\":\"x\",\"\\ud800\":1}", "x"),
        ["unreadable name before it"] = ("{\"\\ud800\":1,\"a\":\"x\"}", "x"),
        ["unreadable name, absent"] = ("{\"\\udc00\":1,\"b\":\"x\"}", null),
        ["invalid UTF-8 name"] = ("{\"¤FF\":1,\"a\":\"x\"}", "x"),
        ["escaped name"] = ("{\"\\u0061\":\"x\"}", "x"),
        ["unreadable value"] = ("{\"a\":\"\\ud800\"}", null),
        ["wrong kind"] = ("{\"a\":[\"x\"]}", null),
        ["null value"] = ("{\"a\":null}", null),
        ["not an object"] = ("[{\"a\":\"x\"}]", null),
        ["a string"] = ("\"a\"", null),
    };

    public static TheoryData<string> MemberCaseNames => new(MemberCases.Keys);

    [Theory]
    [MemberData(nameof(MemberCaseNames))]
    public void TextOf_Object_TextOfTheMemberOrNull(string name)
    {
        var (json, expected) = MemberCases[name];
        var element = RawJson.Element(json);

        Assert.Equal(expected, element.TextOf("a"));
        Assert.Equal(expected, ((JsonElement?)element).TextOf("a"));
    }

    [Fact]
    public void TryGetMember_UnreadableNameBeforeIt_FindsTheValue()
    {
        var element = RawJson.Element("{\"\\ud800\":1,\"a\":{\"b\":2}}");

        Assert.True(element.TryGetMember("a", out var value));
        Assert.Equal(JsonValueKind.Object, value.ValueKind);
    }

    [Fact]
    public void TryGetMember_NoElement_False()
    {
        JsonElement? none = null;

        Assert.False(none.TryGetMember("a", out _));
        Assert.Null(none.TextOf("a"));
    }
}
