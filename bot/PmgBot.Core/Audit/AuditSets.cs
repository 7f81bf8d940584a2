using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Audit;

/// <summary>The audit log on the context (<c>db.AuditEvents</c>): declared here, beside the entities, so the context names none of them.</summary>
public static class AuditSets
{
    extension(PmgDbContext db)
    {
        public DbSet<AuditEvent> AuditEvents => db.Set<AuditEvent>();
    }
}
