using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Linking;

/// <summary>What citations need to know of an instrument that was not parsed in this run: its versions and its provisions' ids and numbers.</summary>
/// <param name="Versions">In date order, as a build orders them.</param>
public sealed record CatalogedInstrument(IReadOnlyList<InstrumentVersion> Versions, IReadOnlyList<CatalogedText> Texts)
{
    /// <summary>When set, the provisions of one version in one language (null when it has no such text), read on first use
    /// instead of from <see cref="Texts"/>: citations into a code of 28 versions mostly need one of them.</summary>
    public Func<string, string, IReadOnlyList<CatalogedProvision>?>? ReadText { get; init; }
}

/// <summary>One language of one version: its provisions in document order.</summary>
public sealed record CatalogedText(string Version, string Language, IReadOnlyList<CatalogedProvision> Provisions);

/// <summary>A provision as far as citations see it.</summary>
public sealed record CatalogedProvision(string EId, ProvisionKind Kind, string Num, string? ParentEId);
