using System.Diagnostics;
using System.Text;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Building;

/// <summary>Content built to be expensive: each ends with a clear content error or is handled, never a crash, a hang or an exhausted stack.</summary>
/// <remarks>Inputs are generated into a temporary folder (nothing big is committed). The time bound only catches a hang; figures are in bench/README.md.</remarks>
public sealed class BuildPipelineCostTests : IDisposable
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);
    private const string Head = "---\ndate: 2020-01-01\nstatus: adopted\n---\n# A law\n\n### Article 1\n\nFirst.\n\n### Article 2\n\n";

    private readonly TempFolder _temp = new();

    private string Content => _temp.Combine("content");

    public void Dispose() => _temp.Dispose();

    private void Write(string body, string? settings = null)
    {
        Directory.CreateDirectory(Path.Combine(Content, "law"));
        File.WriteAllText(Path.Combine(Content, "law", "instrument.yml"), "title: { en: A law }\nkind: law\n");
        File.WriteAllText(Path.Combine(Content, "law", "2020.en.md"), Head + body);
        if (settings is not null)
            File.WriteAllText(Path.Combine(Content, "kb.yml"), settings);
    }

    private (LinkedCorpus? Corpus, IReadOnlyList<Diagnostic> Diagnostics) Read()
    {
        var clock = Stopwatch.StartNew();
        var (corpus, diagnostics) = BuildPipeline.Read(new BuildOptions(Content, _temp.Combine("data"), Audience.Public, CheckOnly: true));
        Assert.True(clock.Elapsed < Hang, $"took {clock.Elapsed}");
        return (corpus, diagnostics.Sorted());
    }

    [Fact]
    public void A_twenty_megabyte_file_is_a_KB016_at_its_first_line_and_is_not_read()
    {
        Write(new StringBuilder(21 * 1024 * 1024).Insert(0, "Words of the law. ", 1_200_000).ToString());

        var (_, diagnostics) = Read();

        var error = Assert.Single(diagnostics);
        Assert.Equal("content/law/2020.en.md:1: error KB016", error.ToString()[..37]);
        Assert.Contains("limit of 8,192 KiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_is_set_in_kb_yml()
    {
        Write(new string('x', 3000), "limits:\n  max-file-kb: 2\n");

        var (_, diagnostics) = Read();

        Assert.Equal(["content/law/2020.en.md", DiagnosticCodes.FileTooLarge], [Assert.Single(diagnostics).Path, diagnostics[0].Code]);
    }

    [Theory]
    [InlineData("limits: 12\n", 1)]
    [InlineData("limits:\n  max-file-kb: -1\n", 2)]
    [InlineData("limits:\n  max-file-kb: lots\n", 2)]
    public void A_limit_that_is_not_a_positive_number_is_a_KB003_at_its_line(string settings, int line)
    {
        Write("Short.", settings);

        var (_, diagnostics) = Read();

        Assert.StartsWith($"content/kb.yml:{line}: error KB003", Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
    }

    // Ten thousand nested list items, ten thousand nested quotes, nested emphasis, brackets and links.
    public static TheoryData<string> Expensive() =>
    [
        string.Concat(Enumerable.Repeat("- ", 10_000)) + "text\n",
        string.Concat(Enumerable.Repeat("> ", 10_000)) + "text\n",
        new string('*', 20_000) + "text" + new string('*', 20_000) + "\n",
        new string('[', 100_000) + "text" + new string(']', 100_000) + "\n",
        string.Concat(Enumerable.Repeat("[a](", 20_000)) + "text\n",
    ];

    [Theory]
    [MemberData(nameof(Expensive))]
    public void Deep_nesting_is_handled_or_a_KB015_and_the_build_goes_on(string body)
    {
        Write(body);

        var (corpus, diagnostics) = Read();

        Assert.NotNull(corpus);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.UnreadableFile, Severity.Error), (d.Code, d.Severity)));
        Assert.All(diagnostics, d => Assert.StartsWith("content/law/2020.en.md:", d.ToString(), StringComparison.Ordinal));
        var text = Assert.Single(Assert.Single(Assert.Single(corpus.Instruments).Versions).Texts);
        Assert.Contains("text", string.Concat(text.Provisions.Select(p => p.PlainText)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_megabyte_line_is_read_as_one_paragraph()
    {
        Write(string.Concat(Enumerable.Repeat("word ", 200_000)) + "\n");

        var (corpus, diagnostics) = Read();

        Assert.Empty(diagnostics);
        var article = Assert.Single(corpus!.Instruments[0].Versions[0].Texts[0].Provisions, p => p.Provision.EId == "art_2");
        Assert.Equal(1_000_000 - 1, article.PlainText.Length);
    }

    [Theory]
    [InlineData("see Article 1, ")]
    [InlineData("see Article 1.\n\n")]
    public void A_hundred_thousand_citations_in_one_file_are_all_linked(string citation)
    {
        Write(string.Concat(Enumerable.Repeat(citation, 100_000)));

        var (corpus, diagnostics) = Read();

        Assert.Empty(diagnostics);
        Assert.Equal(100_000, corpus!.Citations.Count);
        Assert.All(corpus.Citations, c => Assert.True(c.Resolved));
        Assert.Equal(Head.Count(c => c == '\n') + 1 + (citation.EndsWith('\n') ? 2 * 99_999 : 0), corpus.Citations.Max(c => c.Line));
    }
}
