using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>A legal drafter compares two versions of the Migration Code: picks them, reads the summary, jumps between changes, switches to the redline and downloads the comparative table.</summary>
public sealed class CompareJourneyTests(BrowserSite site) : BrowserTest(site)
{
    private const string Code = "/instruments/migration-code";

    [BrowserFact]
    public async Task Picks_two_versions_reads_the_summary_jumps_to_the_third_change_switches_to_inline_and_downloads_the_table()
    {
        // From the instrument page: the adopted text compared with the draft before it.
        await Visit(Code);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Compare with previous (2013-04-parliament-draft)", Exact = true }).ClickAsync();
        await ExpectPath($"{Code}/compare?from=2013-04-parliament-draft&to=2013-07-adopted");

        // The drafter picks another pair in the form, without script needed: the cabinet draft against the adopted text.
        await Page.GetByLabel("Compare", new() { Exact = true }).SelectOptionAsync("2011-cabinet-draft");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("from=2011-cabinet-draft&to=2013-07-adopted"));
        var summary = Page.GetByRole(AriaRole.Region, new() { Name = "Summary" });
        await Assertions.Expect(summary.GetByRole(AriaRole.Table)).ToBeVisibleAsync();

        // The table's third row jumps to the third change.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Change 3", Exact = true }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#change-3$"));
        var third = Page.Locator("#change-3");
        await Assertions.Expect(third).ToBeInViewportAsync();

        // The key n goes on to the fourth, p back to the third.
        await Page.Keyboard.PressAsync("n");
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#change-4$"));
        await Page.Keyboard.PressAsync("p");
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#change-3$"));

        // Inline: one redline per change, deletions struck through.
        await Page.GetByLabel("Inline (redline)").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("view=inline"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Changes, inline" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#change-3 .redline")).ToBeAttachedAsync();
        await Assertions.Expect(Page.Locator("section.change .redline del").First).ToBeVisibleAsync();
        Assert.Equal(0, await Page.Locator("section.change .sides").CountAsync());

        // The comparative table to attach to the draft, as a Word document.
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "as a Word document (.docx)", Exact = true }).ClickAsync());
        Assert.Equal("migration-code-2011-cabinet-draft-to-2013-07-adopted.docx", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(saved);
        try
        {
            // A .docx is a zip package whose main part is the Word document.
            using var package = System.IO.Compression.ZipFile.OpenRead(saved);
            Assert.NotNull(package.GetEntry("word/document.xml"));
        }
        finally
        {
            File.Delete(saved);
        }
    }
}
