using Bunit;
using KnowledgeBase.Components.Compare;
using KnowledgeBase.Site.Comparing;
using static KnowledgeBase.Tests.Components.Compare.ComparisonPairs;

namespace KnowledgeBase.Tests.Components.Compare;

public sealed class UnchangedRunTests
{
    private static readonly IReadOnlyList<ComparedPair> Run =
    [
        Unchanged(Article("22", "Temporary stay")),
        Unchanged(Part("22.1", "A foreigner may stay temporarily for up to 90 days.")),
        Unchanged(Part("22.2", "The period may be extended.")),
    ];

    [Fact]
    public void Folds_the_run_in_a_closed_details_element_that_says_how_many_provisions_it_holds()
    {
        using var context = UiContext.In();

        var details = context.Render<UnchangedRun>(p => p.Add(r => r.Pairs, Run)).Find("details.unchanged");

        Assert.False(details.HasAttribute("open"));
        Assert.Equal("3 unchanged provisions", details.QuerySelector("summary")!.TextContent);
    }

    [Fact]
    public void Holds_each_provision_with_its_label_and_text_in_the_content_language()
    {
        using var context = UiContext.In();

        var provisions = context.Render<UnchangedRun>(p => p.Add(r => r.Pairs, Run).Add(r => r.Language, "az")).FindAll("details .provision");

        Assert.Equal(["Article 22. Temporary stay", "22.1.", "22.2."], provisions.Select(p => p.QuerySelector(".label")!.TextContent));
        Assert.Equal("A foreigner may stay temporarily for up to 90 days.", provisions[1].QuerySelector(".text")!.TextContent);
        Assert.All(provisions, p => Assert.Equal("az", p.GetAttribute("lang")));
    }

    [Fact]
    public void Counts_one_provision_in_the_singular()
    {
        using var context = UiContext.In();

        Assert.Equal("1 unchanged provision", context.Render<UnchangedRun>(p => p.Add(r => r.Pairs, Run.Take(1).ToList())).Find("summary").TextContent);
    }

    [Fact]
    public void Counts_in_Azerbaijani_for_an_Azerbaijani_reader()
    {
        // One context per test: the interface language comes from an HttpContextAccessor, whose context is shared per flow.
        using var context = UiContext.In("az");

        Assert.Equal("3 dəyişməmiş müddəa", context.Render<UnchangedRun>(p => p.Add(r => r.Pairs, Run)).Find("summary").TextContent);
    }
}
