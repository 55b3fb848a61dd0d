using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Drops internal versions from a public build before any of their text is parsed, stored or indexed.</summary>
public static class SelectAudience
{
    public static IReadOnlyList<InstrumentSource> Run(IReadOnlyList<InstrumentSource> instruments, Audience audience)
    {
        if (audience == Audience.Internal)
            return instruments;
        return [.. instruments
            .Select(i => i with { Versions = [.. i.Versions.Where(v => v.Version.Visibility == Visibility.Public)] })
            .Where(i => i.Versions.Count > 0)];
    }
}
