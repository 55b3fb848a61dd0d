using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>One row of a parallel view: a provision in two languages, either side null where that language lacks it.</summary>
/// <param name="Depth">How many headed provisions it sits in, for its heading's level.</param>
public sealed record ParallelRow(string EId, int Depth, StoredProvision? Left, StoredProvision? Right);
