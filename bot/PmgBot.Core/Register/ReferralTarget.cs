namespace PmgBot.Core.Register;

/// <summary>Where the chair refers a report that does not go on the JPP agenda.</summary>
public enum ReferralTarget
{
    ZvhRegieteam = 0,
    SociaalTeam = 1,
    VeiligThuis = 2,
    Anders = 3,
}
