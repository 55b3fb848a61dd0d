namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>One content file as a build saw it: its path under <c>content/</c> (forward slashes), size, last write time and hash.</summary>
/// <param name="ModifiedTicks">Last write time in UTC ticks: with the size, the cheap test that lets a file go unread when it has not changed.</param>
/// <param name="Hash">XxHash3 of the bytes, in hex: what decides whether a file whose size or time moved really changed.</param>
public sealed record ContentFileStamp(string Path, long Bytes, long ModifiedTicks, string Hash);
