using Bunit;
using KnowledgeBase.Components.Search;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Components.Search;

public sealed class SearchHitItemTests : BunitContext
{
    private static readonly SearchHit Hit = new("migration-code", "2014-10-amended", "az", "art_21", "Olduğu yer üzrə qeydiyyat",
        "Əcnəbi 10 gün ərzində <mark>qeydiyyata</mark> alınmalıdır &amp; …", 1.5f)
    {
        Label = "Maddə 21. Olduğu yer üzrə qeydiyyat",
        InstrumentTitle = "Azərbaycan Respublikasının Miqrasiya Məcəlləsi",
        Kind = "code",
        Status = "in-force",
        Date = "2014-10-17",
    };

    public SearchHitItemTests() => Services.AddSingleton(new UiLanguage(new HttpContextAccessor()));

    private IRenderedComponent<SearchHitItem> Render(SearchHit hit) =>
        Render<SearchHitItem>(p => p.Add(h => h.Hit, hit).Add(h => h.Href, "/instruments/migration-code/2014-10-amended/art_21?lang=az"));

    [Fact]
    public void Links_its_label_to_the_provision_in_the_hits_language()
    {
        var link = Render(Hit).Find("h3 a");

        Assert.Equal("Maddə 21. Olduğu yer üzrə qeydiyyat", link.TextContent);
        Assert.Equal("/instruments/migration-code/2014-10-amended/art_21?lang=az", link.GetAttribute("href"));
        Assert.Equal("az", link.GetAttribute("lang"));
    }

    [Fact]
    public void Shows_the_instrument_version_status_and_language()
    {
        var source = Render(Hit).Find(".source").TextContent;

        Assert.Contains("Azərbaycan Respublikasının Miqrasiya Məcəlləsi", source, StringComparison.Ordinal);
        Assert.Contains("2014-10-amended", source, StringComparison.Ordinal);
        Assert.Contains("In force", source, StringComparison.Ordinal);
        Assert.Contains("Azərbaycanca", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Emits_the_snippet_marks_as_markup_and_keeps_the_escaped_text_escaped()
    {
        var snippet = Render(Hit).Find(".snippet");

        Assert.Equal("qeydiyyata", snippet.QuerySelector("mark")!.TextContent);
        Assert.Contains("&", snippet.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, snippet.ChildElementCount);
    }

    [Fact]
    public void Says_how_many_other_versions_match_only_when_grouped()
    {
        Assert.Empty(Render(Hit).FindAll(".also"));
        Assert.Equal("Also in 3 other versions", Render(Hit with { OtherVersions = 3 }).Find(".also").TextContent.Trim());
        Assert.Equal("Also in 1 other version", Render(Hit with { OtherVersions = 1 }).Find(".also").TextContent.Trim());
    }

    [Fact]
    public void Falls_back_to_the_heading_when_there_is_no_label() =>
        Assert.Equal("Olduğu yer üzrə qeydiyyat", Render(Hit with { Label = null }).Find("h3 a").TextContent);
}
