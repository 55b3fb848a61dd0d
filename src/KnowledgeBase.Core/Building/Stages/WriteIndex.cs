using KnowledgeBase.Core.Corpus.Structure;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Writes the Lucene index: one document per article, section and chapter, and one per procedure, per version and language.</summary>
/// <remarks>
/// An article's document carries the text of its parts too, so a search finds the article a part belongs to; parts are not
/// indexed apart, which would rank one article's parts against each other.
/// "Newest" is per language: the newest version that has a text in the document's language (see <see cref="LinkedInstrument.NewestByLanguage"/>).
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
        writer.SetSynonyms(corpus.Synonyms);
        var count = corpus.Instruments.Sum(i => Add(writer, i));
        writer.Commit();
        return count;
    }

    /// <summary>Writes one instrument's documents (of the versions <paramref name="only"/> names, when given: the others then
    /// serve only to tell which version is newest and in force when); returns how many.</summary>
    public static int Add(SearchIndexWriter writer, LinkedInstrument instrument, IReadOnlySet<string>? only = null)
    {
        var count = 0;
        var newest = NewestByLanguage(instrument, publicOnly: false);
        var newestPublic = NewestByLanguage(instrument, publicOnly: true);
        var inForce = InForcePeriods.Of([.. instrument.Versions.Select(v => v.Version)]);
        foreach (var version in instrument.Versions.Where(v => only?.Contains(v.Version.Label) != false))
        {
            var keys = KeysOf(version);
            foreach (var text in version.Texts)
                foreach (var entry in Entries(instrument.Instrument, version.Version, text, newest[text.Text.Language] == version.Version.Label))
                {
                    writer.Add(entry with
                    {
                        InForce = inForce.GetValueOrDefault(version.Version.Label),
                        ProvisionKey = keys.GetValueOrDefault(entry.EId),
                        IsNewestPublicVersion = newestPublic.GetValueOrDefault(text.Text.Language) == version.Version.Label,
                    });
                    count++;
                }
        }
        return count;
    }

    private static IEnumerable<SearchEntry> Entries(Instrument instrument, InstrumentVersion version, RenderedText text, bool newest)
    {
        var title = instrument.Title.In(text.Text.Language) ?? instrument.Slug;
        if (instrument.Kind == InstrumentKind.Procedure)
        {
            yield return ProcedureEntry(instrument, version, text, title, newest);
            yield break;
        }
        var children = text.Provisions.ToLookup(p => p.ParentEId);
        foreach (var provision in text.Provisions)
        {
            if (provision.Provision.Kind == ProvisionKind.Paragraph)
                continue;
            var (body, parts) = provision.Provision.Kind is ProvisionKind.Section or ProvisionKind.Chapter
                ? (provision.PlainText, [])
                : Join(provision, Subtree(provision, children));
            // A preamble has no heading of its own; the document's title stands in, so that a search for a procedure's
            // name ("work permit extension", "iş icazəsinin uzadılması") finds the procedure itself, shown under its title.
            var heading = provision.Provision.Kind == ProvisionKind.Preamble ? text.Text.Title ?? title : provision.Provision.Heading;
            yield return new SearchEntry(
                instrument.Slug, instrument.Kind, title, version.Label, version.Status, version.Visibility, version.Date, newest,
                text.Text.Language, provision.Provision.EId, provision.Provision.Num, heading, body)
            {
                Label = provision.Label,
                Parts = parts,
            };
        }
    }

    /// <summary>
    /// A procedure as one document: officers look for the procedure, and its preamble and divisions as documents of their
    /// own filled several rows of the results with one procedure. Each division's heading and text are a part, so that a
    /// hit still opens at the division its words were found in, and a heading's words are searched and shown as well.
    /// </summary>
    private static SearchEntry ProcedureEntry(Instrument instrument, InstrumentVersion version, RenderedText text, string title, bool newest)
    {
        var body = new System.Text.StringBuilder();
        var parts = new List<ProvisionPart>();
        foreach (var provision in text.Provisions.Where(p => p.PlainText.Length > 0 || p.Provision.Heading is not null))
        {
            if (body.Length > 0)
                body.Append('\n');
            var start = body.Length;
            if (provision.Provision.Kind != ProvisionKind.Preamble && provision.Provision.Heading is { } heading)
                body.Append(heading).Append('\n');
            body.Append(provision.PlainText);
            parts.Add(new ProvisionPart(provision.Provision.EId, start, body.Length - start));
        }
        var first = text.Provisions.Count > 0 ? text.Provisions[0].Provision : null;
        return new SearchEntry(
            instrument.Slug, instrument.Kind, title, version.Label, version.Status, version.Visibility, version.Date, newest,
            text.Text.Language, first?.EId ?? ProvisionIds.Preamble, null, text.Text.Title ?? title, body.ToString().TrimEnd())
        {
            Label = text.Text.Title ?? title,
            Parts = parts,
        };
    }

    /// <summary>The texts of an article and its parts joined by line breaks, and where each part's text is in the whole.</summary>
    private static (string Body, IReadOnlyList<ProvisionPart> Parts) Join(RenderedProvision root, IEnumerable<RenderedProvision> subtree)
    {
        var body = new System.Text.StringBuilder();
        var parts = new List<ProvisionPart>();
        foreach (var provision in subtree.Where(p => p.PlainText.Length > 0))
        {
            if (body.Length > 0)
                body.Append('\n');
            if (!ReferenceEquals(provision, root))
                parts.Add(new ProvisionPart(provision.Provision.EId, body.Length, provision.PlainText.Length));
            body.Append(provision.PlainText);
        }
        return (body.ToString(), parts);
    }

    private static Dictionary<string, string> NewestByLanguage(LinkedInstrument instrument, bool publicOnly) =>
        instrument.NewestByLanguage(publicOnly).ToDictionary(n => n.Text.Text.Language, n => n.Version.Label, StringComparer.Ordinal);

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
