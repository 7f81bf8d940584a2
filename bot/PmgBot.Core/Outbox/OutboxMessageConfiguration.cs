using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.DedupKey).HasMaxLength(200);
        builder.Property(x => x.ServiceUrl).HasMaxLength(512);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.Property(x => x.TenantId).HasMaxLength(64);
        builder.Property(x => x.LastError).HasMaxLength(1000);
        builder.Property(x => x.SentActivityId).HasMaxLength(256);
        builder.HasIndex(x => x.DedupKey).IsUnique();
        builder.HasIndex(x => new { x.Status, x.NextAttemptAtUtc });
    }
}
