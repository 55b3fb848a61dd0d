using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace KnowledgeBase.Tests.Site.Feed;

[Collection(ShippedSiteCollection.Name)]
public sealed class FeedEndpointTests(ShippedSiteFactory site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<(HttpResponseMessage Response, XDocument Feed)> GetFeed()
    {
        var response = await site.CreateClient().GetAsync(new Uri("/feed.atom", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Is_an_atom_document_with_the_atom_media_type()
    {
        var (response, feed) = await GetFeed();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.StartsWith("tag:", feed.Root.Element(Atom + "id")!.Value, StringComparison.Ordinal);
        Assert.NotEmpty(feed.Root.Element(Atom + "title")!.Value);
        Assert.NotNull(feed.Root.Element(Atom + "author")?.Element(Atom + "name"));
        DateTimeOffset.Parse(feed.Root.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture);
        Assert.EndsWith("/feed.atom", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Has_one_entry_per_public_version_newest_first()
    {
        var (_, feed) = await GetFeed();

        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(28, entries.Count);
        var dates = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.DoesNotContain(entries, e => e.Element(Atom + "id")!.Value.EndsWith("2011-working-draft", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_entry_has_a_stable_id_its_title_status_note_and_a_link_to_the_version()
    {
        var (_, feed) = await GetFeed();

        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        var amended = entries.Single(e => e.Element(Atom + "id")!.Value == "tag:migration-law-kb,2025:migration-code/2014-10-amended");
        Assert.Equal("Migration Code of the Republic of Azerbaijan — 2014-10-amended", amended.Element(Atom + "title")!.Value);
        Assert.Equal("2014-10-17T00:00:00Z", amended.Element(Atom + "updated")!.Value);
        Assert.Equal("in-force", amended.Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.Contains("from 3 to 10 days", amended.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        var link = new Uri(amended.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.True(link.IsAbsoluteUri);
        Assert.Equal("/instruments/migration-code/2014-10-amended", link.AbsolutePath);
    }
}
