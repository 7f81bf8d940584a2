namespace PmgBot.Core.Directory;

/// <summary>The roles a professional can hold in the network. A professional may hold several.</summary>
[Flags]
public enum Roles
{
    None = 0,
    Melder = 1,
    DeelnemerJpp = 2,
    Casusregisseur = 4,
    Voorzitter = 8,
    Procesregisseur = 16,
    Programmamanager = 32,
    Beheerder = 64,
}
