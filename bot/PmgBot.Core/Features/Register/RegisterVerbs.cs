namespace PmgBot.Core.Features.Register;

/// <summary>The card verbs of the youth lookup: <see cref="LookupFlow"/> and <see cref="MyCasesFlow"/>. Data carries the case code (PMG-J-0017), never names.</summary>
public static class RegisterVerbs
{
    /// <summary>Open the search card (menu, youth-contact, my-cases). Data: <c>{}</c>.</summary>
    public const string OpenLookup = "youth.search";

    /// <summary>Search the register (youth-search). Data: inputs <c>name</c>, <c>dateOfBirth</c>.</summary>
    public const string Lookup = "youth.lookup";

    /// <summary>Open the youth card after the server-side access check (youth-choices, notices). Data: <c>{"code":"PMG-J-0017"}</c>.</summary>
    public const string OpenYouth = "youth.open";

    /// <summary>Show "mijn casussen" (menu). Data: <c>{}</c>.</summary>
    public const string MyCases = "youth.mine";
}
