using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Inbox;

/// <summary>The inbox table on the context (<c>db.InboxTurns</c>): declared here, beside the entities, so the context names none of them.</summary>
public static class InboxSets
{
    extension(PmgDbContext db)
    {
        public DbSet<InboxTurn> InboxTurns => db.Set<InboxTurn>();
    }
}
