namespace PmgBot.Core.Access;

public enum AccessOutcome
{
    /// <summary>The request came from a tenant that is not on the allow-list.</summary>
    UnknownTenant = 0,

    /// <summary>The tenant is allowed, but the user is not in the directory.</summary>
    UnknownUser = 1,

    /// <summary>The user is in the directory but deactivated.</summary>
    Inactive = 2,

    /// <summary>An active professional.</summary>
    Known = 3,
}
