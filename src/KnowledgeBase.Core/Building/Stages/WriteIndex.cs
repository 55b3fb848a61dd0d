using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Stage 9: writes the Lucene index: one document per article, division, preamble, section and chapter, per version and language.</summary>
/// <remarks>
/// An article's document carries the text of its parts too, so a search finds the article a part belongs to; parts are not
/// indexed apart, which would rank one article's parts against each other.
/// Each document also carries the days its version is in force (by <see cref="VersionInForce"/>'s rule, the one "as at"
/// pages use), so that a search as at a date is a range filter, and the provision's stable key, so that a search of all
/// versions can show one row per provision.
/// </remarks>
public static class WriteIndex
{
    public static int Run(LinkedCorpus corpus, string indexPath)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexPath);
        using var writer = new SearchIndexWriter(directory);
        var count = corpus.Instruments.Sum(i => Add(writer, i));
        writer.Commit();
        return count;
    }

    /// <summary>Writes one instrument's documents; returns how many.</summary>
    public static int Add(SearchIndexWriter writer, LinkedInstrument instrument)
    {
        var count = 0;
        var newest = instrument.Versions[^1].Version.Label;
        var newestPublic = instrument.Versions.LastOrDefault(v => v.Version.Visibility == Visibility.Public)?.Version.Label;
        var inForce = InForcePeriods.Of([.. instrument.Versions.Select(v => v.Version)]);
        foreach (var version in instrument.Versions)
        {
            var keys = KeysOf(version);
            foreach (var text in version.Texts)
                foreach (var entry in Entries(instrument.Instrument, version.Version, text, version.Version.Label == newest))
                {
                    writer.Add(entry with
                    {
                        InForce = inForce.GetValueOrDefault(version.Version.Label),
                        ProvisionKey = keys.GetValueOrDefault(entry.EId),
                        IsNewestPublicVersion = version.Version.Label == newestPublic,
                    });
                    count++;
                }
        }
        return count;
    }

    private static IEnumerable<SearchEntry> Entries(Instrument instrument, InstrumentVersion version, RenderedText text, bool newest)
    {
        var title = instrument.Title.In(text.Text.Language) ?? instrument.Slug;
        var children = text.Provisions.ToLookup(p => p.ParentEId);
        foreach (var provision in text.Provisions)
        {
            if (provision.Provision.Kind == ProvisionKind.Paragraph)
                continue;
            var body = provision.Provision.Kind is ProvisionKind.Section or ProvisionKind.Chapter
                ? provision.PlainText
                : string.Join("\n", Subtree(provision, children).Select(p => p.PlainText).Where(t => t.Length > 0));
            // A preamble has no heading of its own; the document's title stands in, so that a search for a procedure's
            // name ("work permit extension", "iş icazəsinin uzadılması") finds the procedure itself, shown under its title.
            var heading = provision.Provision.Kind == ProvisionKind.Preamble ? text.Text.Title ?? title : provision.Provision.Heading;
            yield return new SearchEntry(
                instrument.Slug, instrument.Kind, title, version.Label, version.Status, version.Visibility, version.Date, newest,
                text.Text.Language, provision.Provision.EId, provision.Provision.Num, heading, body)
            {
                Label = provision.Label,
            };
        }
    }

    /// <summary>The stable keys of a version's provisions by eId, from whichever text writes them (translations often do not).</summary>
    private static Dictionary<string, string> KeysOf(LinkedVersion version)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var provision in version.Texts.SelectMany(t => t.Provisions))
            if (provision.Provision.Key is { } key)
                keys.TryAdd(provision.Provision.EId, key);
        return keys;
    }

    private static IEnumerable<RenderedProvision> Subtree(RenderedProvision root, ILookup<string?, RenderedProvision> children)
    {
        var stack = new Stack<RenderedProvision>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var provision = stack.Pop();
            yield return provision;
            foreach (var child in children[provision.Provision.EId].Reverse())
                stack.Push(child);
        }
    }
}
