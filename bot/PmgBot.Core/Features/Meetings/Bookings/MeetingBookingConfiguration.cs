using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.Bookings;

internal sealed class MeetingBookingConfiguration : IEntityTypeConfiguration<MeetingBooking>
{
    public void Configure(EntityTypeBuilder<MeetingBooking> builder)
    {
        builder.ToTable("MeetingBookings");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Slot).HasMaxLength(64);
        builder.Property(x => x.Mailbox).HasMaxLength(320);
        builder.Property(x => x.EventId).HasMaxLength(1024);
        builder.Property(x => x.BodyText).HasMaxLength(4000);
        builder.Property(x => x.JoinUrl).HasMaxLength(2048);
        builder.HasOne<JppMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);

        // One event per meeting and organisation (or the meeting itself), also when two runs save at once.
        builder.HasIndex(x => new { x.MeetingId, x.Slot }).IsUnique();
    }
}
