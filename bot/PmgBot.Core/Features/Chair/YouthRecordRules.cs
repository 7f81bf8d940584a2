using PmgBot.Core.Access;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Chair;

/// <summary>Who may be appointed to a youth, beyond their organisation or JPP.</summary>
internal static class YouthRecordRules
{
    /// <summary>A casusregisseur must be able to open the card of their own youth: the matrix decides, not a second list of roles.</summary>
    public static bool MayBeCasusregisseur(IAccessService access, Roles roles) =>
        access.Allows(roles, YouthRelation.Casusregisseur, BotAction.ViewYouthCard);

    public static bool MayBeProcesregisseur(Roles roles) => (roles & Roles.Procesregisseur) != Roles.None;
}
