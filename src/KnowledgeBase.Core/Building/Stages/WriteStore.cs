using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Stage 8: writes the LiteDB store of the build.</summary>
public static class WriteStore
{
    public static void Run(LinkedCorpus corpus, string databasePath) => StoreWriter.Write(corpus, databasePath);
}
