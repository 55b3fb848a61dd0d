using Bunit;
using KnowledgeBase.Components.Search;
using KnowledgeBase.Core.Search.Facets;
using KnowledgeBase.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Components.Search;

public sealed class FacetListTests : BunitContext
{
    private static readonly FacetValue[] Kinds = [new("procedure", 7), new("code", 3)];

    public FacetListTests() => Services.AddSingleton(new UiLanguage(new HttpContextAccessor()));

    private IRenderedComponent<FacetList> Render(string? selected = null, IReadOnlyList<FacetValue>? values = null, int limit = 12) =>
        Render<FacetList>(p => p
            .Add(f => f.Name, "kind")
            .Add(f => f.Title, "Kind")
            .Add(f => f.Values, values ?? Kinds)
            .Add(f => f.Selected, selected)
            .Add(f => f.Link, value => value is null ? "/search?q=x" : $"/search?q=x&kind={value}")
            .Add(f => f.Label, value => value.ToUpperInvariant())
            .Add(f => f.AnyLabel, "Any kind")
            .Add(f => f.Limit, limit));

    [Fact]
    public void Lists_each_value_with_its_count_as_a_link_that_sets_the_filter()
    {
        var facet = Render();

        var links = facet.FindAll("li a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal([("/search?q=x&kind=procedure", "PROCEDURE 7"), ("/search?q=x&kind=code", "CODE 3")], links);
        Assert.Equal("facet-kind", facet.Find("h3").Id);
    }

    [Fact]
    public void The_chosen_value_is_marked_and_offers_its_removal()
    {
        var facet = Render(selected: "code");

        Assert.Equal("CODE 3", facet.Find("strong[aria-current]").TextContent.Trim());
        Assert.Equal("/search?q=x", facet.Find("a.remove").GetAttribute("href"));
        Assert.Equal("/search?q=x", facet.Find(".facet-any a").GetAttribute("href"));
        Assert.DoesNotContain(facet.FindAll("li a"), a => a.GetAttribute("href") == "/search?q=x&kind=code");
    }

    [Fact]
    public void A_chosen_value_without_hits_is_still_shown_with_zero()
    {
        var facet = Render(selected: "law");

        Assert.Equal("LAW 0", facet.Find("strong[aria-current]").TextContent.Trim());
    }

    [Fact]
    public void Shows_at_most_the_limit_but_always_the_chosen_value()
    {
        var facet = Render(selected: "code", limit: 1);

        var shown = facet.FindAll("li:not(.facet-any)").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, shown.Count);
        Assert.Contains(shown, text => text.StartsWith("CODE", StringComparison.Ordinal));
    }
}
