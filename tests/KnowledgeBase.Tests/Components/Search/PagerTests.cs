using Bunit;
using KnowledgeBase.Components.Search;
using KnowledgeBase.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Components.Search;

public sealed class PagerTests : BunitContext
{
    public PagerTests() => Services.AddSingleton(new UiLanguage(new HttpContextAccessor()));

    private IRenderedComponent<Pager> Render(int page, int pages) =>
        Render<Pager>(p => p.Add(c => c.Page, page).Add(c => c.Pages, pages).Add(c => c.Link, n => $"/search?q=x&page={n}"));

    private static List<string> Numbers(IRenderedComponent<Pager> pager) =>
        [.. pager.FindAll("li").Select(li => li.TextContent.Trim()).Where(t => t.Length > 0 && (char.IsDigit(t[0]) || t == "…"))];

    [Fact]
    public void One_page_needs_no_pager() => Assert.Empty(Render(1, 1).FindAll("nav"));

    [Fact]
    public void Marks_the_current_page_and_links_the_previous_and_next()
    {
        var pager = Render(2, 3);

        Assert.Equal("2", pager.Find("a[aria-current=page]").TextContent);
        Assert.Equal("/search?q=x&page=1", pager.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/search?q=x&page=3", pager.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void The_first_page_has_no_previous_and_the_last_no_next()
    {
        Assert.Empty(Render(1, 3).FindAll("a[rel=prev]"));
        Assert.Empty(Render(3, 3).FindAll("a[rel=next]"));
    }

    [Fact]
    public void Many_pages_show_the_ends_and_the_neighbourhood_with_gaps_between()
    {
        Assert.Equal(["1", "…", "7", "8", "9", "10", "11", "12", "13", "…", "40"], Numbers(Render(10, 40)));
        Assert.Equal(["1", "2", "3", "4", "…", "40"], Numbers(Render(1, 40)));
    }
}
