namespace PmgBot.Core.Turns;

/// <summary>One entry of the route table.</summary>
/// <param name="Kind">What the route matches on.</param>
/// <param name="Key">The activity type, normalised command word(s) or card verb.</param>
/// <param name="Scope">Personal chat or group chat/channel.</param>
/// <param name="Handler">Resolves the flow from the turn's scope and runs one of its steps.</param>
public sealed record Route(RouteKind Kind, string Key, RouteScope Scope, TurnHandler Handler);
