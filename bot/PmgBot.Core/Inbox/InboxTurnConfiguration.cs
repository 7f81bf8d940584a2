using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Inbox;

internal sealed class InboxTurnConfiguration : IEntityTypeConfiguration<InboxTurn>
{
    public void Configure(EntityTypeBuilder<InboxTurn> builder)
    {
        builder.ToTable("InboxTurns");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.DedupKey).HasMaxLength(64);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.Property(x => x.CorrelationId).HasMaxLength(64);
        builder.Property(x => x.LeaseOwner).HasMaxLength(100);
        builder.HasIndex(x => x.DedupKey).IsUnique();
        builder.HasIndex(x => new { x.Status, x.LeaseUntilUtc });
    }
}
