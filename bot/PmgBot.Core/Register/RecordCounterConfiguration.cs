using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Register;

internal sealed class RecordCounterConfiguration : IEntityTypeConfiguration<RecordCounter>
{
    public void Configure(EntityTypeBuilder<RecordCounter> builder)
    {
        builder.ToTable("RecordCounters");
        builder.HasKey(x => x.Scope);
        builder.Property(x => x.Scope).HasMaxLength(40);
    }
}
