namespace PmgBot.Core.Data;

/// <summary>
/// The row of <c>PRAGMA wal_checkpoint</c>: whether it was kept from finishing (busy), the frames in the log, and how
/// many of them are in the database file now (-1 and -1 when the database is not in WAL mode).
/// </summary>
public sealed record SqliteCheckpointResult(bool Busy, long LogFrames, long CopiedFrames);
