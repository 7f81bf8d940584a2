using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Features.Actions.Decisions;

namespace PmgBot.Core.Features.Actions.Updates;

internal sealed class ActionItemCardMessageConfiguration : IEntityTypeConfiguration<ActionItemCardMessage>
{
    public void Configure(EntityTypeBuilder<ActionItemCardMessage> builder)
    {
        builder.ToTable("ActionItemCardMessages");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ReceiverId).HasMaxLength(64);
        builder.HasOne<ActionItem>().WithMany().HasForeignKey(x => x.ActionItemId).OnDelete(DeleteBehavior.Cascade);

        // One row per outbox message (a dedup key queued again gives the same message); the cards of an item by receiver.
        builder.HasIndex(x => x.OutboxMessageId).IsUnique();
        builder.HasIndex(x => new { x.ActionItemId, x.ReceiverId });
    }
}
