using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Conversations;

internal sealed class StoredConversationReferenceConfiguration : IEntityTypeConfiguration<StoredConversationReference>
{
    public void Configure(EntityTypeBuilder<StoredConversationReference> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ConversationId).HasMaxLength(512);
        builder.Property(x => x.ServiceUrl).HasMaxLength(512);
        builder.Property(x => x.TenantId).HasMaxLength(64);
        builder.Property(x => x.UserId).HasMaxLength(256);
        builder.Property(x => x.UserAadObjectId).HasMaxLength(64);
        builder.Property(x => x.BotId).HasMaxLength(256);
        builder.Property(x => x.ChannelId).HasMaxLength(64);
        builder.Property(x => x.ConversationType).HasMaxLength(32);
        builder.Property(x => x.Locale).HasMaxLength(StoredConversationReference.LocaleMaxLength);
        builder.HasIndex(x => new { x.ConversationId, x.UserAadObjectId }).IsUnique();
        builder.HasIndex(x => x.UserAadObjectId);
    }
}
