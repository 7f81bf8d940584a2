using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Features.Actions.Decisions;

internal sealed class ActionItemChangeConfiguration : IEntityTypeConfiguration<ActionItemChange>
{
    public void Configure(EntityTypeBuilder<ActionItemChange> builder)
    {
        builder.ToTable("ActionItemChanges");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Note).HasMaxLength(DecisionLimits.ReasonMaxLength);
        builder.Property(x => x.ChangedById).HasMaxLength(64);
        builder.Property(x => x.NewOwnerId).HasMaxLength(64);
        builder.HasOne<ActionItem>().WithMany().HasForeignKey(x => x.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.ActionItemId);
    }
}
