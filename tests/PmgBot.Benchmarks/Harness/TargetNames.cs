namespace PmgBot.Benchmarks.Harness;

/// <summary>The three endpoints measured side by side, in this order.</summary>
public static class TargetNames
{
    /// <summary>The least a C# endpoint can do: parse, post one reply, 200 (peers/csharp-floor).</summary>
    public const string Floor = "floor";

    /// <summary>The official Bot Framework JS SDK echo bot (peers/js-peer, botbuilder CloudAdapter, anonymous).</summary>
    public const string JsSdk = "js-sdk";

    /// <summary>PmgBot, Release build, JWT validation on.</summary>
    public const string Bot = "bot";
}
