using PmgBot.Core.Directory;

namespace PmgBot.Core.Access;

/// <summary>
/// One row of <see cref="AccessMatrix"/>: professionals holding any of <see cref="Roles"/> may perform
/// <see cref="Action"/>, provided they have any of the relations in <see cref="Relation"/> to the case
/// (<see cref="YouthRelation.None"/>: no relation needed).
/// </summary>
public sealed record AccessRule(BotAction Action, Roles Roles, YouthRelation Relation);
