using Bunit;
using KnowledgeBase.Components.Texts;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Site;

namespace KnowledgeBase.Tests.Components.Texts;

public sealed class ProvisionHistoryListTests : IDisposable
{
    private readonly BunitContext _context = UiContext.In();

    public void Dispose() => _context.Dispose();

    private static StoredProvision Article(string num, string heading) =>
        new() { EId = $"art_{num}", Kind = "article", Num = num, Heading = heading, Label = $"Article {num}. {heading}" };

    private IRenderedComponent<ProvisionHistoryList> Render() => _context.Render<ProvisionHistoryList>(p => p
        .Add(h => h.CurrentVersion, "2013-07-adopted")
        .Add(h => h.Entries, [
            new HistoryEntry(Samples.CabinetDraft, Article("44", "Temporary residence permit"), "en"),
            new HistoryEntry(Samples.Adopted, Article("45", "Temporary residence permit"), "az"),
            new HistoryEntry(Samples.Amended, Article("45", "Temporary residence permit"), "az"),
            new HistoryEntry(Samples.Later, null, "en"),
        ]));

    [Fact]
    public void Shows_each_version_with_the_label_the_provision_had_there()
    {
        var labels = Render().FindAll("li").Select(li => li.QuerySelector(".label")?.TextContent);

        Assert.Equal(["Article 44. Temporary residence permit", "Article 45. Temporary residence permit", "Article 45. Temporary residence permit", null], labels);
    }

    [Fact]
    public void Links_the_provision_in_every_other_version_in_the_language_it_was_read_in()
    {
        var links = Render().FindAll("li .version a").Select(a => a.GetAttribute("href"));

        Assert.Equal(["/instruments/migration-code/2011-cabinet-draft/art_44", "/instruments/migration-code/2014-10-amended/art_45?lang=az"], links);
    }

    [Fact]
    public void Marks_the_version_on_the_page_and_those_that_lack_the_provision()
    {
        var items = Render().FindAll("li");

        Assert.Equal("page", items[1].GetAttribute("aria-current"));
        Assert.Contains("(this version)", items[1].TextContent, StringComparison.Ordinal);
        Assert.True(items[3].ClassList.Contains("absent"));
        Assert.Equal("Not in this version", items[3].QuerySelector(".missing")!.TextContent);
        Assert.Equal("In force", items[3].QuerySelector(".status")!.TextContent);
    }
}
