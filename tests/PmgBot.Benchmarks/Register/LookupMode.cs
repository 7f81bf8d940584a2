namespace PmgBot.Benchmarks.Register;

public enum LookupMode
{
    /// <summary>A chat message (<c>casusregisseur …</c>): acknowledged 202, answered through the connector.</summary>
    Message,

    /// <summary>The search card's <c>youth.lookup</c> action: answered in the invoke response.</summary>
    Invoke,
}
