using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Benchmarks.Agenda;

/// <summary>
/// An agenda in plain arrays for the benchmark's own yardsticks, with its own waiting count (independent of the
/// planner's code): per organisation, end of its last item − start of its first − its own minutes.
/// </summary>
public sealed class ReferenceAgenda
{
    public ReferenceAgenda(IReadOnlyList<AgendaItem?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Ids = [.. items.Select(i => i!.Id!)];
        Minutes = [.. items.Select(i => i!.Minutes!.Value)];
        var organisations = items.SelectMany(i => i!.Partners!).Distinct().Select(p => p!).ToList();
        Partners = [.. items.Select(i => i!.Partners!.Select(p => organisations.IndexOf(p!)).ToArray())];
        OrganisationCount = organisations.Count;
    }

    public string[] Ids { get; }

    public int[] Minutes { get; }

    public int[][] Partners { get; }

    public int OrganisationCount { get; }

    public int Count => Minutes.Length;

    public int Waiting(ReadOnlySpan<int> order)
    {
        Span<int> first = stackalloc int[OrganisationCount];
        Span<int> last = stackalloc int[OrganisationCount];
        Span<int> own = stackalloc int[OrganisationCount];
        first.Fill(-1);
        last.Clear();
        own.Clear();
        var time = 0;
        foreach (var item in order)
        {
            foreach (var organisation in Partners[item])
            {
                if (first[organisation] < 0)
                {
                    first[organisation] = time;
                }

                last[organisation] = time + Minutes[item];
                own[organisation] += Minutes[item];
            }

            time += Minutes[item];
        }

        var waiting = 0;
        for (var organisation = 0; organisation < OrganisationCount; organisation++)
        {
            waiting += first[organisation] < 0 ? 0 : last[organisation] - first[organisation] - own[organisation];
        }

        return waiting;
    }

    public int Waiting(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Waiting(ids.Select(id => Array.IndexOf(Ids, id)).ToArray());
    }
}
