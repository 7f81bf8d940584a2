using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// Reads a stored agenda with, per item, the organisations at the table and whom of each to invite. Organisations: the
/// youth's involved organisations, the casusregisseur's and those of the professionals who reported the youth onto this
/// meeting (for a group or location report: its reporter's). Invitees per organisation: the casusregisseur, the reporter
/// and the organisation's JPP participants (deelnemer JPP in this JPP); active professionals only.
/// </summary>
internal sealed class MeetingAgendaReader(PmgDbContext db, MeetingOptions options)
{
    public async Task<MeetingAgenda?> ReadAsync(long meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.JppMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return null;
        }

        var jppId = meeting.JppId;
        var items = await db.Set<MeetingAgendaItem>().AsNoTracking().Where(i => i.MeetingId == meetingId)
            .OrderBy(i => i.AddedAtUtc).ThenBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var youthIds = items.Where(i => i.YouthId is not null).Select(i => i.YouthId!.Value).Distinct().ToList();
        var reportIds = items.Where(i => i.YouthId is null && i.ReportId is not null).Select(i => i.ReportId!.Value).ToList();
        var youths = await db.Youths.AsNoTracking().Where(y => youthIds.Contains(y.Id))
            .Select(y => new { y.Id, y.Code, y.CasusregisseurId })
            .ToDictionaryAsync(y => y.Id, cancellationToken).ConfigureAwait(false);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => reportIds.Contains(r.Id)
                || (r.AgendaMeetingId == meetingId && r.Status == ReportStatus.OpAgendaJpp && r.YouthId != null && youthIds.Contains(r.YouthId.Value)))
            .Select(r => new ReportFacts(r.Id, r.Reference, r.YouthId, r.ReporterId, r.ReporterOrganisationId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var involvements = await db.YouthInvolvements.AsNoTracking().Where(i => youthIds.Contains(i.YouthId))
            .Select(i => new { i.YouthId, i.OrganisationId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var personIds = youths.Values.Where(y => y.CasusregisseurId is not null).Select(y => y.CasusregisseurId!)
            .Concat(reports.Select(r => r.ReporterId)).Distinct(StringComparer.Ordinal).ToList();
        var people = await db.Professionals.AsNoTracking()
            .Where(p => p.Active && (personIds.Contains(p.AadObjectId) || p.Jpps.Any(j => j.JppId == jppId)))
            .Select(p => new Person(p.AadObjectId, p.DisplayName, p.Email, p.OrganisationId, p.Roles, p.Jpps.Any(j => j.JppId == jppId)))
            .ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var organisationNames = await db.Organisations.AsNoTracking()
            .ToDictionaryAsync(o => o.Id, o => o.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        var views = new List<AgendaItemView>();
        foreach (var item in items)
        {
            var table = new Dictionary<string, Dictionary<string, InviteReasons>>(StringComparer.Ordinal);
            string subject;
            if (item.YouthId is { } youthId && youths.TryGetValue(youthId, out var youth))
            {
                subject = youth.Code;
                foreach (var involvement in involvements.Where(i => i.YouthId == youthId))
                {
                    At(table, involvement.OrganisationId);
                }

                if (youth.CasusregisseurId is { } casus && people.TryGetValue(casus, out var casusregisseur))
                {
                    Invite(table, casusregisseur.OrganisationId, casusregisseur.Id, InviteReasons.Casusregisseur);
                }

                foreach (var report in reports.Where(r => r.YouthId == youthId))
                {
                    Reporter(table, report, people);
                }
            }
            else if (reports.FirstOrDefault(r => r.Id == item.ReportId) is { } report)
            {
                subject = report.Reference;
                Reporter(table, report, people);
            }
            else
            {
                continue;
            }

            foreach (var (organisationId, invitees) in table)
            {
                foreach (var participant in people.Values.Where(p => p.InJpp && (p.Roles & Roles.DeelnemerJpp) != Roles.None
                    && string.Equals(p.OrganisationId, organisationId, StringComparison.Ordinal)))
                {
                    invitees[participant.Id] = invitees.GetValueOrDefault(participant.Id) | InviteReasons.JppDeelnemer;
                }
            }

            var organisations = table
                .Select(t => new AgendaOrganisation(
                    t.Key,
                    organisationNames.GetValueOrDefault(t.Key, t.Key),
                    [.. t.Value.Select(v => people[v.Key]).OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal)
                        .Select(p => new AgendaInvitee(p.Id, p.DisplayName, p.Email, t.Value[p.Id]))]))
                .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.OrganisationId, StringComparer.Ordinal)
                .ToList();
            views.Add(new AgendaItemView(
                item.Id, subject, item.YouthId, item.YouthId is null ? item.ReportId : null, item.Kind, item.Sources, item.Status,
                item.Minutes ?? AgendaRules.DefaultMinutes(item.Kind, options), item.Minutes is not null, item.Reason, item.MovedToMeetingId,
                organisations, item.Version));
        }

        return new MeetingAgenda(
            meeting.Id, jppId, meeting.StartsAtUtc, meeting.EndsAtUtc, meeting.OnDayOff, meeting.ProposedStartsAtUtc,
            [.. views.Where(v => v.Status == AgendaItemStatus.Active)],
            [.. views.Where(v => v.Status != AgendaItemStatus.Active)]);
    }

    private static void Reporter(Dictionary<string, Dictionary<string, InviteReasons>> table, ReportFacts report, Dictionary<string, Person> people)
    {
        // The organisation that reported sits at the table even when the reporter has since left it or the directory.
        if (people.TryGetValue(report.ReporterId, out var reporter))
        {
            Invite(table, report.ReporterOrganisationId, reporter.Id, InviteReasons.Melder);
        }
        else
        {
            At(table, report.ReporterOrganisationId);
        }
    }

    private static Dictionary<string, InviteReasons> At(Dictionary<string, Dictionary<string, InviteReasons>> table, string organisationId)
    {
        if (!table.TryGetValue(organisationId, out var invitees))
        {
            invitees = new Dictionary<string, InviteReasons>(StringComparer.Ordinal);
            table[organisationId] = invitees;
        }

        return invitees;
    }

    private static void Invite(Dictionary<string, Dictionary<string, InviteReasons>> table, string organisationId, string personId, InviteReasons reason)
    {
        var invitees = At(table, organisationId);
        invitees[personId] = invitees.GetValueOrDefault(personId) | reason;
    }

    private sealed record ReportFacts(long Id, string Reference, long? YouthId, string ReporterId, string ReporterOrganisationId);

    private sealed record Person(string Id, string DisplayName, string? Email, string OrganisationId, Roles Roles, bool InJpp);
}
