namespace KnowledgeBase.Core.Search.Collecting;

/// <summary>The matching documents of one provision across versions and languages: the best of them and the versions seen.</summary>
internal sealed class ProvisionGroup(int doc, float score, string date, string version)
{
    private HashSet<string>? _versions;

    /// <summary>The document shown for the group (index-wide doc id): the best score, the newest version among equals.</summary>
    public int BestDoc { get; private set; } = doc;

    public float BestScore { get; private set; } = score;

    public string BestDate { get; private set; } = date;

    private string FirstVersion { get; } = version;

    /// <summary>How many versions other than the best document's have matching text.</summary>
    public int OtherVersions => (_versions?.Count ?? 1) - 1;

    public void Add(int doc, float score, string date, string version)
    {
        if (version != FirstVersion)
            (_versions ??= new HashSet<string>(StringComparer.Ordinal) { FirstVersion }).Add(version);
        if (score > BestScore || (score == BestScore && string.CompareOrdinal(date, BestDate) > 0))
        {
            BestDoc = doc;
            BestScore = score;
            BestDate = date;
        }
    }
}
