namespace KnowledgeBase.Core.Catalogue;

/// <summary>A build's <see cref="CatalogueFile"/> is not as the indexer wrote it (its checksum does not match, or its records
/// do not read): a reader falls back to the store, as for a build without one.</summary>
public sealed class DamagedCatalogueException : IOException
{
    public DamagedCatalogueException()
    {
    }

    public DamagedCatalogueException(string message)
        : base(message)
    {
    }

    public DamagedCatalogueException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
