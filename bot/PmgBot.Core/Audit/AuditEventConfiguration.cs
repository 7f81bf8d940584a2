using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Actor).HasMaxLength(64);
        builder.Property(x => x.Action).HasMaxLength(100);
        builder.Property(x => x.RecordType).HasMaxLength(100);
        builder.Property(x => x.RecordId).HasMaxLength(100);
        builder.Property(x => x.Outcome).HasMaxLength(50);
        builder.Property(x => x.Detail).HasMaxLength(500);
        builder.HasIndex(x => x.AtUtc);
        builder.HasIndex(x => new { x.RecordType, x.RecordId });
    }
}
