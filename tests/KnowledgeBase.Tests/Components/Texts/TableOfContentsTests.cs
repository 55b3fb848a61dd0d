using Bunit;
using KnowledgeBase.Components.Texts;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Components.Texts;

public sealed class TableOfContentsTests : IDisposable
{
    private readonly BunitContext _context = UiContext.In();

    public void Dispose() => _context.Dispose();

    private IRenderedComponent<TableOfContents> Render(IReadOnlyList<Core.Storage.StoredProvision> provisions) =>
        _context.Render<TableOfContents>(p => p
            .Add(t => t.Provisions, provisions)
            .Add(t => t.PageHref, "/instruments/migration-code/2013-07-adopted?lang=az")
            .Add(t => t.Language, "az"));

    [Fact]
    public void Nests_articles_in_chapters_in_sections_and_leaves_out_the_parts()
    {
        var toc = Render(StoredOutline.Parse(
            "preamble preamble",
            "section sec_5 [V] \"Bölmə V\"",
            "  chapter chp_10 [10] \"Fəsil 10\"",
            "    article art_45 [45] \"Maddə 45\"",
            "      paragraph art_45__para_1 [45.1]",
            "    article art_46 [46] \"Maddə 46\""));

        var section = toc.Find("nav.toc > details > .toc-list > ol > li");
        Assert.Equal("Bölmə V", section.QuerySelector("a")!.TextContent);
        var articles = section.QuerySelectorAll("li.chapter > ol > li.article > a").Select(a => a.TextContent);
        Assert.Equal(["Maddə 45", "Maddə 46"], articles);
        Assert.Equal(3 + 1, toc.FindAll("li").Count);
        Assert.Equal("az", toc.Find(".toc-list").GetAttribute("lang"));
    }

    [Fact]
    public void Links_each_entry_to_its_anchor_on_the_page_it_is_on()
    {
        var toc = Render(StoredOutline.Parse("division who-may-apply [] \"Who may apply\"", "division documents [] \"Documents required\""));

        Assert.Equal(["/instruments/migration-code/2013-07-adopted?lang=az#who-may-apply", "/instruments/migration-code/2013-07-adopted?lang=az#documents"],
            toc.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Is_left_out_for_a_text_without_structure()
    {
        var toc = Render(StoredOutline.Parse("preamble preamble"));

        Assert.Empty(toc.FindAll("nav"));
    }
}
