using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Outbox;

/// <summary>The outbox table on the context (<c>db.OutboxMessages</c>): declared here, beside the entities, so the context names none of them.</summary>
public static class OutboxSets
{
    extension(PmgDbContext db)
    {
        public DbSet<OutboxMessage> OutboxMessages => db.Set<OutboxMessage>();
    }
}
