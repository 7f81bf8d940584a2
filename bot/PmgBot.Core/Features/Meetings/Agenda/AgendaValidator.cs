using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PmgBot.Core.Text;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// Turns untrusted <see cref="AgendaItem"/>s into an <see cref="AgendaProblem"/>, or into one Dutch message per problem.
/// A valid problem always has an order that respects every pin (checked here), so the planner never fails.
/// </summary>
internal static class AgendaValidator
{
    public static bool TryBuild(
        IReadOnlyList<AgendaItem?>? items,
        [NotNullWhen(true)] out AgendaProblem? problem,
        out IReadOnlyList<string> errors)
    {
        problem = null;
        if (items is null || items.Count == 0)
        {
            errors = [AgendaMessages.NoItems];
            return false;
        }

        if (items.Count > AgendaLimits.MaxItems)
        {
            errors = [AgendaMessages.TooManyItems(items.Count)];
            return false;
        }

        var n = items.Count;
        var messages = new List<string>();
        var labels = new string[n];
        var validIds = new string?[n];
        var minutes = new int[n];
        var notBefore = new int[n];
        var partners = new List<string>[n];
        var firsts = new List<int>();
        var lasts = new List<int>();
        var allMinutesValid = true;
        for (var i = 0; i < n; i++)
        {
            var position = i + 1;
            var item = items[i];
            labels[i] = position.ToString(CultureInfo.InvariantCulture);
            partners[i] = [];
            if (item is null)
            {
                messages.Add(AgendaMessages.EmptyItem(position));
                allMinutesValid = false;
                continue;
            }

            var id = Clean(item.Id);
            if (id is null)
            {
                messages.Add(AgendaMessages.NoId(position));
            }
            else if (id.Length > AgendaLimits.MaxIdLength)
            {
                messages.Add(AgendaMessages.IdTooLong(position));
            }
            else
            {
                labels[i] = id;
                validIds[i] = id;
            }

            var label = labels[i];
            if (item.Minutes is not { } m)
            {
                messages.Add(AgendaMessages.NoMinutes(label));
                allMinutesValid = false;
            }
            else if (m is < AgendaLimits.MinMinutes or > AgendaLimits.MaxMinutes)
            {
                messages.Add(AgendaMessages.WrongMinutes(label, m));
                allMinutesValid = false;
            }
            else
            {
                minutes[i] = m;
            }

            ReadPartners(item.Partners, label, partners[i], messages);

            switch (item.Pin)
            {
                case null:
                    break;
                case AgendaPins.First:
                    firsts.Add(i);
                    break;
                case AgendaPins.Last:
                    lasts.Add(i);
                    break;
                default:
                    messages.Add(AgendaMessages.UnknownPin(label, item.Pin));
                    break;
            }

            if (item.NotBefore is < 0)
            {
                messages.Add(AgendaMessages.NegativeNotBefore(label, item.NotBefore.Value));
            }
            else
            {
                notBefore[i] = item.NotBefore ?? 0;
            }
        }

        foreach (var duplicate in validIds.OfType<string>().GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            messages.Add(AgendaMessages.DuplicateId(duplicate.Key));
        }

        // In a list a bare position reads badly ("1 en X"): an item without a usable id is "item 1" there.
        string Named(int i) => validIds[i] ?? $"item {labels[i]}";
        if (firsts.Count > 1)
        {
            messages.Add(AgendaMessages.PinnedTwice([.. firsts.Select(Named)], first: true));
        }

        if (lasts.Count > 1)
        {
            messages.Add(AgendaMessages.PinnedTwice([.. lasts.Select(Named)], first: false));
        }

        var organisations = new List<string>();
        var organisationBits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var partner in partners.SelectMany(p => p))
        {
            if (organisationBits.TryAdd(partner, organisations.Count))
            {
                organisations.Add(partner);
            }
        }

        if (organisations.Count > AgendaLimits.MaxOrganisations)
        {
            messages.Add(AgendaMessages.TooManyOrganisations(organisations.Count));
        }

        var first = firsts.Count == 1 ? firsts[0] : -1;
        var last = lasts.Count == 1 ? lasts[0] : -1;
        if (allMinutesValid)
        {
            CheckStartTimes(minutes, notBefore, first, labels, messages);
        }

        if (messages.Count == 0)
        {
            CheckNoGapNeeded(minutes, notBefore, first, last, labels, messages);
        }

        if (messages.Count > 0)
        {
            errors = messages;
            return false;
        }

        var masks = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            foreach (var partner in partners[i])
            {
                masks[i] |= 1UL << organisationBits[partner];
            }
        }

        problem = new AgendaProblem(labels, minutes, masks, notBefore, first, last, organisations);
        errors = [];
        return true;
    }

    private static void ReadPartners(IReadOnlyList<string?>? raw, string label, List<string> partners, List<string> messages)
    {
        if (raw is null)
        {
            return;
        }

        bool empty = false, tooLong = false;
        foreach (var value in raw)
        {
            var partner = Clean(value);
            if (partner is null)
            {
                empty = true;
            }
            else if (partner.Length > AgendaLimits.MaxIdLength)
            {
                tooLong = true;
            }
            else if (!partners.Contains(partner, StringComparer.Ordinal))
            {
                partners.Add(partner);
            }
        }

        if (empty)
        {
            messages.Add(AgendaMessages.EmptyPartner(label));
        }

        if (tooLong)
        {
            messages.Add(AgendaMessages.PartnerTooLong(label));
        }

        if (partners.Count > AgendaLimits.MaxPartnersPerItem)
        {
            messages.Add(AgendaMessages.TooManyPartners(label, partners.Count));
        }
    }

    /// <summary>Each start-time pin on its own: it must leave room for the item before the end, and not clash with "first".</summary>
    private static void CheckStartTimes(int[] minutes, int[] notBefore, int first, string[] labels, List<string> messages)
    {
        var total = minutes.Sum();
        for (var i = 0; i < minutes.Length; i++)
        {
            var minute = notBefore[i];
            if (minute <= 0)
            {
                continue;
            }

            if (i == first)
            {
                messages.Add(AgendaMessages.FirstNotAtStart(labels[i], minute));
            }
            else if (minute >= total)
            {
                messages.Add(AgendaMessages.StartsAfterEnd(labels[i], minute, total));
            }
            else if (minute + minutes[i] > total)
            {
                messages.Add(AgendaMessages.EndsAfterEnd(labels[i], minute, minutes[i], total));
            }
        }
    }

    /// <summary>
    /// The start-time pins together. Items run back to back, so an order exists exactly when the free items taken by
    /// earliest start leave no gap (moving an earlier-start item forward never breaks a pin: exchange argument).
    /// </summary>
    private static void CheckNoGapNeeded(int[] minutes, int[] notBefore, int first, int last, string[] labels, List<string> messages)
    {
        var time = first >= 0 ? minutes[first] : 0;
        var middle = Enumerable.Range(0, minutes.Length).Where(i => i != first && i != last).OrderBy(i => notBefore[i]).ThenBy(i => i);
        foreach (var i in middle)
        {
            if (time < notBefore[i])
            {
                messages.Add(AgendaMessages.Gap(labels[i], notBefore[i], time));
                return;
            }

            time += minutes[i];
        }
    }

    /// <summary>Trimmed text, or null when blank or not valid text (a lone surrogate cannot be shown or stored).</summary>
    private static string? Clean(string? value)
    {
        if (value is null || !UnicodeText.IsWellFormed(value) || !StoredText.Fits(value, null))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
