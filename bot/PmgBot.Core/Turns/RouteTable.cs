using Microsoft.Extensions.DependencyInjection;

namespace PmgBot.Core.Turns;

/// <summary>
/// The bot's route table, by activity kind, command text and card verb (like the Agents SDK's AgentApplication):
/// every route names the flow class that handles it; the flow is resolved from the turn's DI scope.
/// Matching is exact on normalised text (lower case, trimmed, no trailing punctuation) or on the first words,
/// never on "contains", so the order of registration cannot change what matches.
/// </summary>
public sealed class RouteTable
{
    private readonly List<Route> _routes = [];

    public IReadOnlyList<Route> Routes => _routes;

    public RouteTable OnBotAdded<TFlow>(Func<TFlow, TurnContext, CancellationToken, Task> step, RouteScope scope = RouteScope.Personal)
        where TFlow : notnull => Add(RouteKind.BotAdded, "", scope, step);

    public RouteTable OnCommand<TFlow>(IEnumerable<string> commands, Func<TFlow, TurnContext, CancellationToken, Task> step, RouteScope scope = RouteScope.Personal)
        where TFlow : notnull
    {
        ArgumentNullException.ThrowIfNull(commands);
        foreach (var command in commands)
        {
            Add(RouteKind.Command, CommandText.Normalise(command), scope, step);
        }

        return this;
    }

    public RouteTable OnVerb<TFlow>(string verb, Func<TFlow, TurnContext, CancellationToken, Task> step, RouteScope scope = RouteScope.Personal)
        where TFlow : notnull => Add(RouteKind.Verb, verb, scope, step);

    public RouteTable OnFallback<TFlow>(Func<TFlow, TurnContext, CancellationToken, Task> step, RouteScope scope = RouteScope.Personal)
        where TFlow : notnull => Add(RouteKind.Fallback, "", scope, step);

    /// <summary>A message action (manifest <c>composeExtensions</c>, context message): opening and submitting its dialog.</summary>
    public RouteTable OnMessageAction<TFlow>(string commandId, Func<TFlow, TurnContext, CancellationToken, Task> fetch,
        Func<TFlow, TurnContext, CancellationToken, Task> submit)
        where TFlow : notnull => Add(RouteKind.MessageActionFetch, commandId, RouteScope.Dialog, fetch)
            .Add(RouteKind.MessageActionSubmit, commandId, RouteScope.Dialog, submit);

    /// <summary>Finds the route for a normalised message text: the longest command that is the text or a prefix of it (whole words).</summary>
    public Route? MatchCommand(string normalisedText, RouteScope scope)
    {
        Route? best = null;
        foreach (var route in _routes)
        {
            if (route.Kind != RouteKind.Command || route.Scope != scope)
            {
                continue;
            }

            var matches = normalisedText.Length == route.Key.Length
                ? string.Equals(normalisedText, route.Key, StringComparison.Ordinal)
                : normalisedText.StartsWith(route.Key + " ", StringComparison.Ordinal);
            if (matches && (best is null || route.Key.Length > best.Key.Length))
            {
                best = route;
            }
        }

        return best;
    }

    public Route? Match(RouteKind kind, string key, RouteScope scope) =>
        _routes.FirstOrDefault(r => r.Kind == kind && r.Scope == scope && string.Equals(r.Key, key, StringComparison.Ordinal));

    private RouteTable Add<TFlow>(RouteKind kind, string key, RouteScope scope, Func<TFlow, TurnContext, CancellationToken, Task> step)
        where TFlow : notnull
    {
        ArgumentNullException.ThrowIfNull(step);
        if (_routes.Any(r => r.Kind == kind && r.Scope == scope && string.Equals(r.Key, key, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Route {kind} '{key}' ({scope}) is registered twice.");
        }

        _routes.Add(new Route(kind, key, scope, (turn, ct) => step(turn.Services.GetRequiredService<TFlow>(), turn, ct)));
        return this;
    }
}
