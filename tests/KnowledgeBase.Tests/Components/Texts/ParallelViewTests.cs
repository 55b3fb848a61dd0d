using Bunit;
using KnowledgeBase.Components.Texts;
using KnowledgeBase.Site;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Components.Texts;

public sealed class ParallelViewTests : IDisposable
{
    private readonly BunitContext _context = UiContext.In();

    public void Dispose() => _context.Dispose();

    [Fact]
    public void Puts_each_language_in_its_own_cell_of_a_row_anchored_at_the_provision()
    {
        var english = StoredOutline.Parse("article art_10 [10] \"Article 10\"", "article art_10-1 [10-1] \"Article 10-1\"");
        var russian = StoredOutline.Parse("article art_10 [10] \"Статья 10\"");

        var view = _context.Render<ParallelView>(p => p
            .Add(v => v.Rows, ParallelText.Align(english, russian))
            .Add(v => v.Left, "en")
            .Add(v => v.Right, "ru")
            .Add(v => v.Markup, _ => ProvisionHtml.Plain));

        var rows = view.FindAll(".parallel-row");
        Assert.Equal(["art_10", "art_10-1"], rows.Select(r => r.Id));
        Assert.Equal(["Article 10", "Статья 10"], rows[0].QuerySelectorAll(".cell h3").Select(h => h.TextContent));
        Assert.Equal(["en", "ru"], rows[0].QuerySelectorAll(".cell").Select(c => c.GetAttribute("lang")));
    }

    [Fact]
    public void Marks_the_side_that_lacks_a_provision_as_missing()
    {
        var english = StoredOutline.Parse("article art_10-1 [10-1] \"Article 10-1\"");

        var view = _context.Render<ParallelView>(p => p
            .Add(v => v.Rows, ParallelText.Align(english, []))
            .Add(v => v.Left, "en")
            .Add(v => v.Right, "ru")
            .Add(v => v.Markup, _ => ProvisionHtml.Plain));

        var missing = view.Find(".parallel-row .cell.missing");
        Assert.Equal("ru", missing.GetAttribute("lang"));
        Assert.Equal("Not in the Русский text", missing.TextContent.Trim());
        Assert.Equal("en", missing.QuerySelector(".missing-note")!.GetAttribute("lang"));
    }
}
