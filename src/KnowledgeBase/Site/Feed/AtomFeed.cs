using System.Globalization;
using System.Xml.Linq;
using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Site.Browsing;

namespace KnowledgeBase.Site.Feed;

/// <summary>The Atom 1.0 feed of new versions: one entry per version of every instrument, newest first.</summary>
/// <remarks>
/// Entry ids are <c>tag:</c> URIs made of the slug and the version label, which never change, so a reader never sees
/// an entry twice whatever host or port serves the site. Links are absolute, as feed readers need.
/// </remarks>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The tagging entity of every id: a name this site owns and the year the scheme was set.</summary>
    public const string TagAuthority = "migration-law-kb,2025";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <param name="siteRoot">The site's absolute root, such as <c>https://example.org</c>, without a trailing slash.</param>
    /// <param name="published">When the build was published: the feed changes only then.</param>
    /// <param name="catalogue">What the reader may see of the build: its catalogue holds every word of the feed, where the
    /// store took reading all 19,775 instruments and 19,868 versions of the national corpus.</param>
    public static XDocument Build(InstrumentCatalogue catalogue, string siteRoot, DateTimeOffset published)
    {
        var instruments = catalogue.Instruments.ToDictionary(i => i.Slug, StringComparer.Ordinal);
        var versions = catalogue.Instruments.SelectMany(i => i.Versions)
            .OrderByDescending(v => v.Date, StringComparer.Ordinal)
            .ThenBy(v => v.Slug, StringComparer.Ordinal)
            .ThenByDescending(v => v.Label, StringComparer.Ordinal);

        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "en"),
            new XElement(Atom + "id", $"tag:{TagAuthority}:feed"),
            new XElement(Atom + "title", "Migration law knowledge base: new versions"),
            new XElement(Atom + "subtitle", "Every version of every instrument and procedure, newest first."),
            new XElement(Atom + "updated", Timestamp(published)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Migration law knowledge base")),
            Link("self", siteRoot + "/feed.atom", "application/atom+xml"),
            Link("alternate", siteRoot + "/", "text/html"));
        foreach (var version in versions)
            feed.Add(Entry(version, instruments.GetValueOrDefault(version.Slug), siteRoot));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    private static XElement Entry(CataloguedVersion version, CataloguedInstrument? instrument, string siteRoot)
    {
        var title = instrument is null ? version.Slug : Titles.Of(instrument, "en");
        var date = Timestamp(DateOnly.ParseExact(version.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var status = StatusWord(version.Status);
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", $"tag:{TagAuthority}:{version.Slug}/{version.Label}"),
            new XElement(Atom + "title", $"{title} — {version.Label}"),
            new XElement(Atom + "updated", date),
            new XElement(Atom + "published", date),
            Link("alternate", siteRoot + SiteLinks.Version(version.Slug, version.Label), "text/html"),
            new XElement(Atom + "category", new XAttribute("term", version.Status), new XAttribute("label", status)),
            new XElement(Atom + "summary", version.Note is { } note ? $"{status}. {note}" : $"{status}."));
    }

    private static XElement Link(string rel, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href), new XAttribute("type", type));

    private static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Timestamp(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // The feed has no reader's interface language (feed readers send no cookie), so its words are English.
    private static string StatusWord(string status) => status switch
    {
        "in-force" => "In force",
        "" => "",
        _ => char.ToUpperInvariant(status[0]) + status[1..],
    };
}
