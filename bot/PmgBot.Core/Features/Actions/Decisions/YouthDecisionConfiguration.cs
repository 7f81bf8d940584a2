using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

internal sealed class YouthDecisionConfiguration : IEntityTypeConfiguration<YouthDecision>
{
    public void Configure(EntityTypeBuilder<YouthDecision> builder)
    {
        builder.ToTable("YouthDecisions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Reason).HasMaxLength(DecisionLimits.ReasonMaxLength);
        builder.Property(x => x.CasusregisseurId).HasMaxLength(64);
        builder.Property(x => x.Interventions).HasMaxLength(300);
        builder.Property(x => x.InterventionsNote).HasMaxLength(DecisionLimits.InterventionsNoteMaxLength);
        builder.Property(x => x.DecidedById).HasMaxLength(64);
        builder.HasOne<JppMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Cascade);

        // One decision per youth and meeting, also when two chairs (or a double click) record it at once.
        builder.HasIndex(x => new { x.MeetingId, x.YouthId }).IsUnique();
        builder.HasIndex(x => x.YouthId);
    }
}
