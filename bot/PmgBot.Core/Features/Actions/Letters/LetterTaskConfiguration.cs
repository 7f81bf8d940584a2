using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Letters;

internal sealed class LetterTaskConfiguration : IEntityTypeConfiguration<LetterTask>
{
    public void Configure(EntityTypeBuilder<LetterTask> builder)
    {
        builder.ToTable("LetterTasks");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.JppId).HasMaxLength(64);
        builder.Property(x => x.AssignedToId).HasMaxLength(64);
        builder.Property(x => x.Reason).HasMaxLength(LetterTaskLimits.ReasonMaxLength);
        builder.Property(x => x.RecordedById).HasMaxLength(64);
        builder.Property(x => x.CreatedById).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JppMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Restrict);

        // Exactly one notificatiebrief per youth (round 1), also when two decisions about it are saved at once.
        builder.HasIndex(x => new { x.YouthId, x.Kind, x.Round }).IsUnique();
        builder.HasIndex(x => x.MeetingId);
    }
}
