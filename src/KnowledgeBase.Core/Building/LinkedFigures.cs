using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Core.Catalogue;

namespace KnowledgeBase.Core.Building;

/// <summary>What <see cref="LinkAndWrite"/> counted while the batches went by.</summary>
public sealed class LinkedFigures
{
    public int Provisions { get; private set; }
    public int Citations { get; private set; }
    public int ResolvedCitations { get; private set; }
    public int IndexedDocuments { get; set; }
    public List<InstrumentSuggestions> Suggestions { get; } = [];
    public List<CataloguedInstrument> Catalogue { get; } = [];

    internal void Count(LinkedCorpus batch)
    {
        Provisions += batch.Instruments.Sum(i => i.Versions.Sum(v => v.Texts.Sum(t => t.Provisions.Count)));
        Citations += batch.Citations.Count;
        ResolvedCitations += batch.Citations.Count(c => c.Resolved);
    }
}
