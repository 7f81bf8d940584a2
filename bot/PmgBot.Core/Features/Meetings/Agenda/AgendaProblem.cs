using System.Numerics;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// A validated agenda in the planner's terms: items 0..n-1 in arrival order, each with its minutes, its organisations
/// as a bit mask (bit k = <see cref="Organisations"/>[k]) and its earliest start; at most one item pinned first and one last.
/// </summary>
internal sealed class AgendaProblem
{
    public AgendaProblem(
        IReadOnlyList<string> ids,
        int[] minutes,
        ulong[] organisationMasks,
        int[] notBefore,
        int first,
        int last,
        IReadOnlyList<string> organisations)
    {
        Ids = ids;
        Minutes = minutes;
        OrganisationMasks = organisationMasks;
        NotBefore = notBefore;
        First = first;
        Last = last;
        Organisations = organisations;
        for (var i = 0; i < minutes.Length; i++)
        {
            TotalMinutes += minutes[i];
            BusyMinutes += minutes[i] * BitOperations.PopCount(organisationMasks[i]);
            HasStartTimes |= notBefore[i] > 0;
        }
    }

    public IReadOnlyList<string> Ids { get; }

    public int[] Minutes { get; }

    public ulong[] OrganisationMasks { get; }

    /// <summary>Earliest start minute per item (0: none).</summary>
    public int[] NotBefore { get; }

    /// <summary>The item pinned first, or -1.</summary>
    public int First { get; }

    /// <summary>The item pinned last, or -1.</summary>
    public int Last { get; }

    public IReadOnlyList<string> Organisations { get; }

    public int Count => Minutes.Length;

    public int TotalMinutes { get; }

    /// <summary>Minutes organisations spend on their own items, the same in every order: waiting = sum of windows − this.</summary>
    public int BusyMinutes { get; }

    public bool HasStartTimes { get; }

    /// <summary>First position an item may be moved to (after the item pinned first).</summary>
    public int MovableFrom => First >= 0 ? 1 : 0;

    /// <summary>One past the last position an item may be moved to (before the item pinned last).</summary>
    public int MovableTo => Last >= 0 ? Count - 1 : Count;
}
