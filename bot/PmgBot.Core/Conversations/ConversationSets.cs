using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Conversations;

/// <summary>The stored conversation references on the context (<c>db.ConversationReferences</c>): declared here, beside the entities, so the context names none of them.</summary>
public static class ConversationSets
{
    extension(PmgDbContext db)
    {
        public DbSet<StoredConversationReference> ConversationReferences => db.Set<StoredConversationReference>();
    }
}
