namespace PmgBot.Core.Features.Register;

/// <summary>Limits of the register search.</summary>
public static class YouthSearch
{
    /// <summary>At most this many candidates come back from one search (before the access filter).</summary>
    public const int MaxCandidates = 20;

    /// <summary>At most this many youths are offered in a choice list.</summary>
    public const int MaxChoices = 5;
}
