using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("ActionItems");
        builder.HasKey(x => x.Id);
        builder.Ignore(x => x.IsOpen);
        builder.Property(x => x.JppId).HasMaxLength(64);
        builder.Property(x => x.OwnerId).HasMaxLength(64);
        builder.Property(x => x.What).HasMaxLength(DecisionLimits.WhatMaxLength);
        builder.Property(x => x.StateNote).HasMaxLength(DecisionLimits.ReasonMaxLength);
        builder.Property(x => x.CreatedById).HasMaxLength(64);
        builder.Property(x => x.ChangedById).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);

        // "mijn acties" and the reminder sweep (open items by owner and due date); the chair's overview per JPP.
        builder.HasIndex(x => new { x.OwnerId, x.State, x.DueDate });
        builder.HasIndex(x => new { x.JppId, x.State, x.DueDate });
        builder.HasIndex(x => x.DecisionId);
        builder.HasIndex(x => x.YouthId);
    }
}
