using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Building;

/// <summary>kb.yml's <c>links:</c>: a corpus's own links to other acts become cross-links, and the ones that lead nowhere are warnings.</summary>
public sealed class LinkRulesTests
{
    private const string Settings = """
        languages:
          fr:
            section: [Titre]
            chapter: [Chapitre]
            article: [Article, Art.]
        links:
          - pattern: '^/eli/etat/leg/(?<kind>loi|rgd)/(?<y>\d{4})/(?<m>\d{2})/(?<d>\d{2})/(?<n>n\d+)(?:/jo)?(?:/art_(?<article>[^/]+))?$'
            instrument: 'leg-${kind}-${y}-${m}-${d}-${n}'
          - pattern: '^/eli/etat/leg/code/exemple(?:/art_(?<article>[^/]+))?$'
            instrument: 'leg-loi-2001-05-02-n1'
        """;

    private const string CitingText = """
        # Règlement du 3 mars 2005

        ###### Art. 1er.

        Vu la [loi du 2 mai 2001](/eli/etat/leg/loi/2001/05/02/n1/jo), et notamment son
        [article 4](/eli/etat/leg/loi/2001/05/02/n1/art_4), l’[article II du code](/eli/etat/leg/code/exemple/art_ii)
        et les [articles 4 et 5](/eli/etat/leg/code/exemple/art_4_5).

        ###### Art. 2.

        La [loi abrogée](/eli/etat/leg/loi/1990/01/01/n9/jo) et l’[article 9](/eli/etat/leg/loi/2001/05/02/n1/art_9)
        ne mènent nulle part; un [site](https://example.org/eli/etat/leg/loi/2001/05/02/n1/jo) reste tel quel.

            Ligne indentée de quatre espaces, citant la [loi](/eli/etat/leg/loi/2001/05/02/n1/jo).
        """;

    private const string CitedText = """
        # Loi du 2 mai 2001

        ###### Art. 4.

        Texte.

        ###### Art. II.

        Texte.
        """;

    private static readonly Lazy<(LinkedCorpus Corpus, IReadOnlyList<Diagnostic> Diagnostics)> Built = new(() =>
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("kb.yml"), Settings);
        Write(folder, "leg-loi-2001-05-02-n1", "2001-05-02", "Loi du 2 mai 2001", CitedText);
        Write(folder, "leg-rgd-2005-03-03-n2", "2005-03-03", "Règlement du 3 mars 2005", CitingText);
        var (corpus, diagnostics) = BuildPipeline.Read(new BuildOptions(folder.Path, "", Audience.Public));
        return (corpus!, diagnostics.Sorted());
    });

    private static string Html(string eId) =>
        Built.Value.Corpus.Instruments.Single(i => i.Instrument.Slug == "leg-rgd-2005-03-03-n2")
            .Versions[0].Texts[0].Provisions.Single(p => p.Provision.EId == eId).Html;

    [Theory]
    [InlineData("/instruments/leg-loi-2001-05-02-n1/2001-05-02?lang=fr", "loi du 2 mai 2001")]
    [InlineData("/instruments/leg-loi-2001-05-02-n1/2001-05-02/art_4?lang=fr", "article 4")]
    [InlineData("/instruments/leg-loi-2001-05-02-n1/2001-05-02/art_2?lang=fr", "article II du code")]
    [InlineData("/instruments/leg-loi-2001-05-02-n1/2001-05-02/art_4?lang=fr\">articles 4 et 5", "articles 4 et 5")]
    public void Point_at_the_act_or_its_article_in_force_on_the_citing_date(string href, string text)
    {
        Assert.Contains($"href=\"{href}", Html("art_1er"), StringComparison.Ordinal);
        Assert.Contains(Built.Value.Corpus.Citations, c => c.Text == text && c.Target is not null);
    }

    [Fact]
    public void Leave_links_that_lead_nowhere_as_written_with_a_warning_each()
    {
        var warnings = Built.Value.Diagnostics.Select(d => $"{d.Line}: {d.Code}").ToList();

        // Line 17 of the file: six lines of front matter, then the body's eleventh.
        Assert.Equal(["17: KB101", "17: KB104"], warnings);
        Assert.Contains("href=\"/eli/etat/leg/loi/1990/01/01/n9/jo\"", Html("art_2"), StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/eli/etat/leg/loi/2001/05/02/n1/jo\"", Html("art_2"), StringComparison.Ordinal);
    }

    [Fact]
    public void Link_an_article_the_act_lacks_to_the_act()
    {
        Assert.Contains("href=\"/instruments/leg-loi-2001-05-02-n1/2001-05-02?lang=fr\">article 9", Html("art_2"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_a_line_indented_by_four_spaces_as_a_paragraph_with_its_links()
    {
        var html = Html("art_2");

        Assert.DoesNotContain("<pre", html, StringComparison.Ordinal);
        Assert.Contains("<p>Ligne indentée de quatre espaces, citant la <a href=\"/instruments/leg-loi-2001-05-02-n1/2001-05-02?lang=fr\">loi</a>.</p>", html, StringComparison.Ordinal);
    }

    private static void Write(TempFolder folder, string slug, string date, string title, string body)
    {
        Directory.CreateDirectory(folder.Combine(slug));
        File.WriteAllText(folder.Combine(slug, "instrument.yml"), $"title: {{ fr: \"{title}\" }}\nkind: law\nnumber: {slug}\n");
        File.WriteAllText(folder.Combine(slug, $"{date}.fr.md"), $"---\nversion: {date}\ndate: {date}\nstatus: in-force\nvisibility: public\n---\n{body}");
    }
}
