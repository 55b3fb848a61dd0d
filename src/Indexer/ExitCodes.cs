namespace KnowledgeBase.Indexer;

/// <summary>What the indexer's exit code means; scripts and CI rely on these.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;
}
