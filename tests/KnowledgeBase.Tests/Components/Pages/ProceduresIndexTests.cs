namespace KnowledgeBase.Tests.Components.Pages;

[Collection(ShippedSiteCollection.Name)]
public sealed class ProceduresIndexTests(ShippedSiteFactory site)
{
    [Fact]
    public async Task Groups_the_procedures_by_topic_in_the_fixed_order()
    {
        var page = await site.GetDocument("/procedures");

        var topics = page.QuerySelectorAll("section.topic h2").Select(h => h.TextContent.Trim());
        Assert.Equal(["Residence", "Work", "Citizenship", "Refugees and asylum", "Registration", "Expulsion", "E-services"], topics);
    }

    [Fact]
    public async Task Lists_each_procedure_under_its_topic_with_a_one_line_summary()
    {
        var page = await site.GetDocument("/procedures");

        var work = page.QuerySelector("section.topic:has(#topic-work)")!;
        var titles = work.QuerySelectorAll(".procedure-title").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Extension of a work permit", "Issue of a work permit"], titles);
        var extension = work.QuerySelectorAll("li").Single(li => li.QuerySelector(".procedure-title")!.TextContent.Contains("Extension", StringComparison.Ordinal));
        Assert.Equal("/procedures/work-permit-extension", extension.QuerySelector("a")!.GetAttribute("href"));
        var summary = extension.QuerySelector(".summary")!.TextContent;
        Assert.StartsWith("A work permit is issued for up to 1 year.", summary, StringComparison.Ordinal);
        Assert.True(summary.Length <= 180, summary);
        Assert.DoesNotContain("<", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_every_shipped_procedure_once()
    {
        var page = await site.GetDocument("/procedures");

        Assert.Equal(14, page.QuerySelectorAll(".procedure-title").Length);
    }

    [Fact]
    public async Task Speaks_the_interface_language_in_titles_topics_and_summaries()
    {
        var page = await site.GetDocument("/procedures", uiLanguage: "az");

        Assert.Equal("Prosedurlar", page.QuerySelector("h1")!.TextContent.Trim());
        var work = page.QuerySelector("section.topic:has(#topic-work)")!;
        Assert.Equal("Əmək fəaliyyəti", work.QuerySelector("h2")!.TextContent.Trim());
        var extension = work.QuerySelectorAll(".procedure-title").Single(a => a.GetAttribute("href")!.Contains("work-permit-extension", StringComparison.Ordinal));
        Assert.Equal("İş icazəsinin müddətinin uzadılması", extension.TextContent.Trim());
        Assert.Equal("az", extension.GetAttribute("lang"));
        Assert.Equal("/procedures/work-permit-extension?lang=az", extension.GetAttribute("href"));
    }
}
